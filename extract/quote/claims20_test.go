package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/timex"
	"github.com/stretchr/testify/assert"
)

// A bare verb coordinated after a verb with a modal or "to" shares them:
// it goes on with the reported verb phrase, even a verb of saying, and is
// no second claim of the narrator's.
func TestSharedAuxiliaryConjunctStaysInContent(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"The council agreed that opening the files could hurt the case and suggest they favored the mayor.",
			"agreed", "that opening the files could hurt the case and suggest they favored the mayor"},
		{"The mayor says she would sit the builders down and tell them the delays must end.",
			"says", "she would sit the builders down and tell them the delays must end"},
		{"The director said the museum would close the wing and say nothing more about the loans.",
			"said", "the museum would close the wing and say nothing more about the loans"},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		cls := reportedClaims(d)
		if assert.Len(t, cls, 1, tc.text) {
			assert.Equal(t, tc.cue, cls[0].cue, tc.text)
			assert.Equal(t, tc.content, cls[0].content, tc.text)
		}
	}
}

// A gerund or infinitive of saying under a predicate with an expletive
// "it" is the writer's framing: no claim, and "it" no speaker. A verb over
// the cue keeps its subject's claim.
func TestExpletiveFrameIsNoClaim(t *testing.T) {
	for _, text := range []string{
		"It is worth noting that the mayor never answered the letter.",
		"It's worth pointing out that the bridge was built in 1950.",
		"It is too soon to say whether the plan will work.",
	} {
		d := quoteDoc(t, text)
		FindQuotes(d)
		assert.Empty(t, reportedClaims(d), text)
	}
	d := quoteDoc(t, "It also notes that the bridge is old.")
	FindQuotes(d)
	assert.Len(t, reportedClaims(d), 1)
}

// A cleft's "it" frames the time, not the claim: the cue's own subject
// speaks.
func TestCleftKeepsItsSpeaker(t *testing.T) {
	d := quoteDoc(t, "It was only a year ago that the mayor was saying the opposite.")
	FindQuotes(d)
	cls := reportedClaims(d)
	if assert.Len(t, cls, 1) {
		assert.Equal(t, "the mayor", cls[0].speaker)
	}
}

// A name that possesses or is compounded before the head of the speaker's
// phrase holds what speaks: the campaign, the brief or the poll is the
// speaker, not the person or firm named in it.
func TestHolderIsNotTheSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, name, speaker string
		typ                 doc.EntityType
	}{
		{"Dana Lund's campaign said the mayor had lied about the budget.", "Dana Lund", "Dana Lund's campaign", doc.Person},
		{"The Lund campaign said the mayor had lied about the budget.", "Lund", "The Lund campaign", doc.Person},
		{"Ivana Ruiz's brief said that the claim was false.", "Ivana Ruiz", "Ivana Ruiz's brief", doc.Person},
		{"A Gallup poll shows that the mayor is popular.", "Gallup", "A Gallup poll", doc.Organization},
		{"The Federal Reserve's Beige Book survey said that prices rose.", "Federal Reserve", "The Federal Reserve's Beige Book survey", doc.Organization},
	} {
		d := quoteDoc(t, tc.text, tc.name)
		d.Mentions[0].Type = tc.typ
		FindQuotes(d)
		cls := reportedClaims(d)
		if assert.Len(t, cls, 1, tc.text) {
			assert.Equal(t, tc.speaker, cls[0].speaker, tc.text)
		}
	}
}

// A date the parser hangs on the speaker's noun is the time of the saying,
// no part of who speaks.
func TestSpeakerPhraseWithoutDate(t *testing.T) {
	d := quoteDoc(t, "The Lund campaign on Tuesday said that the mayor had lied about the budget.", "Lund")
	d.Mentions[0].Type = doc.Person
	timex.FindTimexes(d)
	FindQuotes(d)
	cls := reportedClaims(d)
	if assert.Len(t, cls, 1) {
		assert.Equal(t, "The Lund campaign", cls[0].speaker)
	}
}

// The speaker's title that a parser hangs on the clause before the comma
// is no part of what is said.
func TestSpeakerTitleIsNoContent(t *testing.T) {
	d := quoteDoc(t, "The bridge will close for a month, council leader Ana Ruiz told reporters.", "Ana Ruiz")
	d.Mentions[0].Type = doc.Person
	FindQuotes(d)
	cls := reportedClaims(d)
	if assert.Len(t, cls, 1) {
		assert.Equal(t, "The bridge will close for a month", cls[0].content)
	}
}

// A plural's possessive apostrophe in a clause between the speaker and
// the cue is no quotation mark: the speaker before it still speaks.
func TestPossessiveApostropheBeforeCue(t *testing.T) {
	text := `Tavi Orlan, who leads the drive for the nurses' union, said, "We will strike on Monday."`
	d := quoteDoc(t, text)
	FindQuotes(d)
	qs := directQuotes(d)
	if assert.Len(t, qs, 1) {
		assert.Equal(t, "Tavi Orlan", speakerText(d, qs[0]))
	}
}
