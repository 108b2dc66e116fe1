package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestPronounThatSpeaksAQuoteGoesOnWithTheLastSpeaker(t *testing.T) {
	people := map[string]doc.EntityType{"Mark Ellison": doc.Person, "Peter Holm": doc.Person, "Gary Wells": doc.Person}
	// the speaker stands after a title; the man before him is the
	// salient subject of the paragraph above
	d := doctest.Parsed(t, "Senator Mark Ellison has criticized the festival for months, and he called its organizers reckless.\n\n"+
		"\"Thanks, Dayton, for hosting these musicians,\" said announcer Peter Holm. \"No thanks to Gary Wells,\" he added.", people)
	resolve(d)
	assert.Equal(t, "Peter Holm", doctest.EntityOf(d, "he", 1))

	// the speaker goes on speaking after a quote that names someone else
	d = doctest.Parsed(t, "Senator Mark Ellison has criticized the festival for months, and he called its organizers reckless. "+
		"Peter Holm said the festival \"owes nothing to Gary Wells.\" He went on to say, \"we will be back next year.\"", people)
	resolve(d)
	assert.Equal(t, "Peter Holm", doctest.EntityOf(d, "He", 0))
}

func TestLastQuoteSpeakerOnlyForAPronounThatSpeaks(t *testing.T) {
	d := doctest.Parsed(t, "\"The rules are unfair,\" said Peter Holm. He left the hall early.",
		map[string]doc.EntityType{"Peter Holm": doc.Person})
	q := quotedTokens(d)
	he := -1
	for k, tk := range d.Tokens {
		if tk.Text == "He" {
			he = k
		}
	}
	assert.Equal(t, -1, lastQuoteSpeaker(d, he, q), "a pronoun that speaks no quote is left to salience")
}
