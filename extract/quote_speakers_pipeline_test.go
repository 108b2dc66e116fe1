package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/quote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A "...," he said after a claim about someone else is the reporter's:
// the one who spoke, not the one spoken of, even when the one spoken of is
// the article's most mentioned person (whom coreference alone prefers).
func TestPronounSpeakerIsWhoSpokeNotWhoWasSpokenOf(t *testing.T) {
	text := "Peter Lund won the debate. Lund was calm, and Lund was sharp.\n\n" +
		"“I thought that Peter Lund did everything right that Mark Hale did wrong,” said radio host Omar Diaz. “His answers were sharp.”\n\n" +
		"Diaz said Lund’s performance should lift Hale’s poll numbers.\n\n" +
		"“I thought he was very effective at defending Hale’s record,” he said."
	d := doctest.Parsed(t, text, map[string]doc.EntityType{"Omar Diaz": doc.Person, "Diaz": doc.Person, "Peter Lund": doc.Person, "Lund": doc.Person, "Mark Hale": doc.Person, "Hale": doc.Person})
	Resolve(d)
	quote.FindQuotes(d)
	quote.ResumeSpeakers(d)
	var direct []doc.Quote
	for _, q := range d.Quotes {
		if q.Direct {
			direct = append(direct, q)
		}
	}
	require.Len(t, direct, 2)
	require.GreaterOrEqual(t, direct[1].Speaker, 0)
	m := d.Mentions[direct[1].Speaker]
	assert.Equal(t, "he", m.Text)
	require.GreaterOrEqual(t, m.Entity, 0)
	assert.Equal(t, "Omar Diaz", d.Entities[m.Entity].Name)
}

// The "he" inside a speaker's own quote is someone the speaker speaks of:
// it is taken off the speaker, whatever coreference made of it.
func TestTheHeInsideASpeakersQuoteIsNotTheSpeaker(t *testing.T) {
	text := "Ivo Marsh lost the bout to Sam Otieno on Sunday.\n\n" +
		"Marsh was tired after the fight. “He is strong and he kept coming,” Marsh said."
	d := doctest.Parsed(t, text, map[string]doc.EntityType{"Ivo Marsh": doc.Person, "Marsh": doc.Person, "Sam Otieno": doc.Person})
	Resolve(d)
	quote.FindQuotes(d)
	quote.ResumeSpeakers(d)
	quote.LinkQuotedSpeakers(d)
	marsh := -1
	for e := range d.Entities {
		if d.Entities[e].Name == "Ivo Marsh" {
			marsh = e
		}
	}
	require.GreaterOrEqual(t, marsh, 0)
	for _, mi := range d.Entities[marsh].Mentions {
		assert.NotEqual(t, "He", d.Mentions[mi].Text, "the quote's He is not its speaker")
		assert.NotEqual(t, "he", d.Mentions[mi].Text)
	}
}

// "“...,” said head of security Peter Holm. “...,” he added":
// the parse makes the title the subject, but the named man after it
// speaks, and "he added" goes on with him, not with the paragraph's
// earlier subject.
func TestPronounSpeakerAfterTitledSpeakerIsTheName(t *testing.T) {
	text := "Senator Mark Ellison has criticized the festival for months, and he called its organizers reckless.\n\n" +
		"\"Thanks, Dayton, for hosting these musicians,\" said head of security Peter Holm. \"No thanks to Gary Wells,\" he added."
	d := doc.NewDocument("t", text, time.Time{})
	Process(d)
	var last doc.Quote
	for _, q := range d.Quotes {
		if q.Direct {
			last = q
		}
	}
	require.GreaterOrEqual(t, last.Speaker, 0)
	m := d.Mentions[last.Speaker]
	assert.Equal(t, "he", m.Text)
	require.GreaterOrEqual(t, m.Entity, 0)
	assert.Equal(t, "Peter Holm", d.Entities[m.Entity].Name)
}
