package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The tagger drops first names it never saw in training, most of all in a
// title-case headline; a listed first name right before the surname it
// kept belongs to the name.
func TestListedFirstNameJoinsTheSurname(t *testing.T) {
	d := NewDocument("t", "Hillary Clinton Visits Ohio Plant.\n\nCLEVELAND — Hillary Clinton toured a steel plant on Friday.",
		time.Date(2016, 3, 4, 0, 0, 0, 0, time.UTC))
	Tokenize(d)
	FindNames(d)
	var persons []string
	for _, m := range d.Mentions {
		if m.Type == Person {
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
