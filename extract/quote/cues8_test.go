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

// "while" with no clause after it says when, and stays in the claim; with
// a clause it sets another fact against the claim and ends it.
func TestVerblessContrastStaysInClaim(t *testing.T) {
	d := quoteDoc(t, "Ana Ruiz noted that she had raised the state tax on tobacco while mayor.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"noted", "Ana Ruiz", "that she had raised the state tax on tobacco while mayor"}}, reportedClaims(d))
	d = quoteDoc(t, "Ana Ruiz noted that she had raised the state tax on tobacco, while her rival cut it.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"noted", "Ana Ruiz", "that she had raised the state tax on tobacco"}}, reportedClaims(d))
}

// Two names before a headline's colon name its topic; one name speaks.
func TestNamesBeforeColonAreTopic(t *testing.T) {
	d := quoteDoc(t, "Lund and Ruiz: A rivalry of twenty years over the harbour")
	for _, n := range []string{"Lund", "Ruiz"} {
		m := addTestMention(t, d, n, doc.Name)
		d.Mentions[m].Type = doc.Person
	}
	FindQuotes(d)
	assert.Empty(t, d.Quotes)
	d = quoteDoc(t, "Ruiz: The harbour must stay open to ferries")
	m := addTestMention(t, d, "Ruiz", doc.Name)
	d.Mentions[m].Type = doc.Person
	FindQuotes(d)
	assert.Len(t, d.Quotes, 1)
}

// An adjective of belief with a clause frames what its subject holds; a
// question after it, or no one to hold it, frames nothing.
func TestAdjectiveOfBeliefIsCue(t *testing.T) {
	d := quoteDoc(t, "The mayor has long been aware that the depot loses money.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"aware", "The mayor", "that the depot loses money"}}, reportedClaims(d))
	for _, s := range []string{
		"It is certain that the depot loses money.",
		"The mayor is sure where the depot stands.",
		"The mayor is not sure that the depot loses money.",
	} {
		d := quoteDoc(t, s)
		FindQuotes(d)
		assert.Empty(t, reportedClaims(d), s)
	}
}
