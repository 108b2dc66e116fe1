package mention

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
)

// The tagger drops first names it never saw in training, most of all in a
// title-case headline; a listed first name right before the surname it
// kept belongs to the name.
func TestListedFirstNameJoinsTheSurname(t *testing.T) {
	d := doc.NewDocument("t", "Hillary Clinton Visits Ohio Plant.\n\nCLEVELAND — Hillary Clinton toured a steel plant on Friday.",
		time.Date(2016, 3, 4, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	FindNames(d)
	var persons []string
	for _, m := range d.Mentions {
		if m.Type == doc.Person {
			persons = append(persons, m.Text)
		}
	}
	assert.Equal(t, []string{"Hillary Clinton", "Hillary Clinton"}, persons)
}

func TestListedFirstName(t *testing.T) {
	assert.True(t, isListedFirstName("Hillary"))
	assert.False(t, isListedFirstName("hillary"), "lower case is a word, not a name")
	assert.False(t, isListedFirstName("HILLARY"), "all capitals say nothing")
	assert.False(t, isListedFirstName("Friday"))
}

func TestHeadlinePersonTypedAsPerson(t *testing.T) {
	d := doc.NewDocument("t", "Marisol Okafor Leads Talks.\n\nMarisol Okafor led the talks in Geneva.",
		time.Date(2016, 3, 4, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	FindNames(d)
	n := 0
	for _, m := range d.Mentions {
		if m.Text == "Marisol Okafor" {
			n++
			assert.Equal(t, doc.Person, m.Type)
		}
	}
	assert.Equal(t, 2, n)
}

func TestPersonShaped(t *testing.T) {
	for text, want := range map[string]bool{
		"Marisol Okafor":       true,
		"Linda Airways":        false, // an airline's name
		"Linda Park":           false, // a place's word
		"Marisol":              false, // one word: maybe a surname
		"MARISOL OKAFOR":       false, // capitals hide the first name
		"Marisol Okafor Group": false,
	} {
		d := doc.NewDocument("t", text, time.Time{})
		tokenize.Tokenize(d)
		assert.Equal(t, want, personShaped(d, 0, len(d.Tokens)), text)
	}
}

func TestKnownNameTypesAnOtherName(t *testing.T) {
	d := doc.NewDocument("t", "She posted the clip on her YouTube channel.", time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	addName(d, 6, 7, doc.Other) // as the tagger reads a name used as a modifier
	assert.Equal(t, "YouTube", d.Mentions[0].Text)
	assert.Equal(t, doc.Organization, d.Mentions[0].Type, "the names list knows YouTube as an organisation")
	addName(d, 6, 7, doc.Place)
	assert.Equal(t, doc.Place, d.Mentions[1].Type, "a type the tagger chose from context stands")
}
