package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// quoteByCue returns the first quote of d whose cue reads cue.
func quoteByCue(t *testing.T, d *doc.Document, cue string) doc.Quote {
	t.Helper()
	for _, q := range d.Quotes {
		if q.Cue != nil && d.Slice(*q.Cue) == cue {
			return q
		}
	}
	require.Failf(t, "no quote", "cue %q", cue)
	return doc.Quote{}
}

// A speaker's mention that holds the participle clause of its own cue,
// and names no one else, gives the noun phrase before the clause, not the
// phrase with the claim in it. A relative clause keeps its pronoun, the
// word that speaks.
func TestSpeakerPhraseEndsBeforeItsCue(t *testing.T) {
	for _, tc := range []struct{ text, mention, cue, speaker string }{
		{"Farmers demanding the repeal of the tariff blocked the road.",
			"Farmers demanding the repeal of the tariff", "demanding", "Farmers"},
		{"The board met two retailers seeking to open stores downtown.",
			"two retailers seeking to open stores downtown", "seeking", "two retailers"},
		{"Several unions that oppose the merger met on Friday.",
			"Several unions that oppose the merger", "oppose", "Several unions that oppose the merger"},
	} {
		d := quoteDoc(t, tc.text)
		addTestMention(t, d, tc.mention, doc.Nominal)
		FindQuotes(d)
		assert.Equal(t, tc.speaker, speakerText(d, quoteByCue(t, d, tc.cue)), tc.text)
	}
}

// A mention of an entity named elsewhere keeps its link: the words are
// long, but the node is the right one.
func TestLinkedSpeakerMentionKept(t *testing.T) {
	text := "Farmers demanding the repeal of the tariff blocked the road. The farmers left at noon."
	d := quoteDoc(t, text)
	a := addTestMention(t, d, "Farmers demanding the repeal of the tariff", doc.Nominal)
	b := addTestMention(t, d, "The farmers", doc.Nominal)
	d.Entities = []doc.Entity{{Name: "farmers", Mentions: []int{a, b}}}
	d.Mentions[a].Entity, d.Mentions[b].Entity = 0, 0
	FindQuotes(d)
	assert.Equal(t, a, quoteByCue(t, d, "demanding").Speaker)
}

// A participle on a predicate with a preposition that names a place or
// state ("is on firm ground criticizing") is said by the clause's
// subject, not by the place; an author's "from" and a plain "with" phrase
// keep their noun.
func TestParticipleOnPlaceIsNoSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, cue, speaker string }{
		{"The coach is on firm ground criticizing the referees, Ortiz said.", "criticizing", "The coach"},
		{"A letter from groups demanding a recount arrived on Monday.", "demanding", "groups"},
		{"The panel came prepared with questions, along with full-screen charts showing that the plan would not work.",
			"showing", "charts"},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Contains(t, speakerText(d, quoteByCue(t, d, tc.cue)), tc.speaker, tc.text)
	}
}

// A condition that opens the sentence before the speaker and cue is part
// of what the speaker states; a time clause ("When asked") is not.
func TestLeadingConditionIsContent(t *testing.T) {
	for _, tc := range []struct {
		text, cue string
		content   []string
	}{
		{"If the vote fails, she said she would back the rival plan.", "said",
			[]string{"If the vote fails", "she would back the rival plan"}},
		{"Unless the court acts, Mr. Ortiz warned, the plant will close.", "warned",
			[]string{"Unless the court acts", "the plant will close"}},
		{"When asked about the plan, the mayor said it was sound.", "said",
			[]string{"it was sound"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.content, contentTexts(d, quoteByCue(t, d, tc.cue)), tc.text)
	}
}
