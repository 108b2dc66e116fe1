package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A part of acts or events cannot speak, as they cannot: "many of the
// races" favour no one the way a person does.
func TestPartOfThingsIsNoSpeaker(t *testing.T) {
	d := quoteDoc(t, "Many of the coming races favor the governor.")
	FindQuotes(d)
	assert.Empty(t, reportedClaims(d))
}

// A cue capitalised inside a sentence, which the tagger takes for a name,
// is still read as one.
func TestCapitalisedCueInsideSentence(t *testing.T) {
	d := quoteDoc(t, "Mayor Ruiz, in a post on Friday, Tweeted that the bridge would reopen in March.")
	m := addTestMention(t, d, "Mayor Ruiz", doc.Name)
	d.Mentions[m].Type = doc.Person
	FindQuotes(d)
	assert.Equal(t, []claim{{"Tweeted", "Mayor Ruiz", "the bridge would reopen in March"}}, reportedClaims(d))
}

// A capitalised word that is no inflected cue stays a name.
func TestCapitalisedNameIsNoCue(t *testing.T) {
	d := quoteDoc(t, "The station, in a report on Friday, Post noted that the bridge would reopen in March.")
	FindQuotes(d)
	for _, c := range reportedClaims(d) {
		assert.NotEqual(t, "Post", c.cue)
	}
}

// A coordinated subject speaks as one group: every member is a speaker.
func TestCoordinatedSpeakers(t *testing.T) {
	d := quoteDoc(t, "Okafor and Lindqvist said the budget was too small.")
	a := addTestMention(t, d, "Okafor", doc.Name)
	b := addTestMention(t, d, "Lindqvist", doc.Name)
	d.Mentions[a].Type, d.Mentions[b].Type = doc.Person, doc.Person
	FindQuotes(d)
	if assert.Len(t, d.Quotes, 1) {
		assert.Equal(t, a, d.Quotes[0].Speaker)
		assert.Equal(t, []int{b}, d.Quotes[0].CoSpeakers)
	}
}
