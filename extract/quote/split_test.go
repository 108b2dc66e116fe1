package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A parser that takes the reported clause's subject for the cue's object
// and hangs the clause's predicate on the cue still gives the whole clause.
func TestObjectClauseTakesItsPredicate(t *testing.T) {
	d := quoteDoc(t, "The neighbours agreed the noise from the new bar probably does not bother most tenants.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"agreed", "The neighbours",
		"the noise from the new bar probably does not bother most tenants"}}, reportedClaims(d))
}

// A ", saying ..." participle the parser hangs inside a judged object is
// a claim of its own, not the object's tail.
func TestSayingInsideObjectIsItsOwnClaim(t *testing.T) {
	d := quoteDoc(t, "The ministry has denied a reporter's appeal to release the details of an old contract for the bridge, saying such papers are kept secret for thirty years.")
	FindQuotes(d)
	assert.Equal(t, []claim{
		{"denied", "The ministry", "a reporter's appeal to release the details of an old contract for the bridge"},
		{"saying", "The ministry", "such papers are kept secret for thirty years"},
	}, reportedClaims(d))
}

// A place named before a document's head says where the records are
// from; the records, not the place, are the source.
func TestPlaceBeforeDocumentIsNoSpeaker(t *testing.T) {
	d := quoteDoc(t, "Ohio court filings suggest the two farms were sold last spring to a builder.")
	m := addTestMention(t, d, "Ohio", doc.Name)
	d.Mentions[m].Type = doc.Place
	FindQuotes(d)
	assert.Equal(t, []claim{{"suggest", "Ohio court filings",
		"the two farms were sold last spring to a builder"}}, reportedClaims(d))
}

// A person named before a document's head wrote it: the post is hers.
func TestPersonBeforeDocumentSpeaks(t *testing.T) {
	d := quoteDoc(t, "Ms. Adeyemi's post said, “We are closing the plant in May.”")
	m := addTestMention(t, d, "Adeyemi", doc.Name)
	d.Mentions[m].Type = doc.Person
	FindQuotes(d)
	dq := directQuotes(d)
	if assert.Len(t, dq, 1) {
		assert.Equal(t, "Adeyemi", speakerText(d, dq[0]))
	}
}

// A cue's form that the parse reads as a subject noun heads the speaker
// of the quotation after it.
func TestCueFormAsSubjectNounSpeaks(t *testing.T) {
	d := quoteDoc(t, "The report said, “We are closing the plant in May.”")
	FindQuotes(d)
	dq := directQuotes(d)
	if assert.Len(t, dq, 1) {
		assert.Equal(t, "The report", speakerText(d, dq[0]))
	}
}

// An inverting cue followed by "that" reports its own clause: the quoted
// title before it is nobody's quotation.
func TestInvertedCueWithThatClauseIsNoAttribution(t *testing.T) {
	d := quoteDoc(t, "The film, titled “Homecoming?”, argues that the town never recovered from the flood.")
	FindQuotes(d)
	assert.Empty(t, directQuotes(d))
	assert.Equal(t, []claim{{"argues", "The film", "that the town never recovered from the flood"}}, reportedClaims(d))
}

// Asking or answering a bare question says nothing.
func TestBareQuestionIsNoClaim(t *testing.T) {
	for _, s := range []string{"Okafor asked him a question.", "The minister answered questions."} {
		d := quoteDoc(t, s)
		FindQuotes(d)
		assert.Empty(t, reportedClaims(d), s)
	}
}

// "both" before a cue's participle is a floating quantifier of its
// subject, not the determiner of a noun the participle modifies.
func TestFloatingBothBeforeCue(t *testing.T) {
	d := quoteDoc(t, "Okafor and Lund both stressed that the vote was not lost.", "Okafor", "Lund")
	FindQuotes(d)
	assert.Equal(t, []claim{{"stressed", "Okafor", "that the vote was not lost"}}, reportedClaims(d))
}

// A verb with its particle is a cue the verb alone is not.
func TestParticleCue(t *testing.T) {
	d := quoteDoc(t, "Lund pointed out that the depot was closed.", "Lund")
	FindQuotes(d)
	assert.Equal(t, []claim{{"pointed out", "Lund", "that the depot was closed"}}, reportedClaims(d))
}

// The conjunction that links a sentence to the one before is the
// narrator's, not part of what an "as X said" clause reports.
func TestAsSaidClauseWithoutOpeningConjunction(t *testing.T) {
	d := quoteDoc(t, "But as Lund said, the depot is gone.", "Lund")
	FindQuotes(d)
	assert.Equal(t, []claim{{"said", "Lund", "the depot is gone"}}, reportedClaims(d))
}

// The person or body a document comes from speaks for it; a place it
// comes from does not.
func TestAuthorAfterDocumentSpeaks(t *testing.T) {
	d := quoteDoc(t, "The dam will hold, according to a count by the Harbor Board.")
	m := addTestMention(t, d, "Harbor Board", doc.Name)
	d.Mentions[m].Type = doc.Organization
	FindQuotes(d)
	assert.Equal(t, []claim{{"according to", "Harbor Board", "The dam will hold"}}, reportedClaims(d))

	d = quoteDoc(t, "The dam will hold, according to a report from Ohio.")
	m = addTestMention(t, d, "Ohio", doc.Name)
	d.Mentions[m].Type = doc.Place
	FindQuotes(d)
	assert.Equal(t, []claim{{"according to", "a report from Ohio", "The dam will hold"}}, reportedClaims(d))
}
