package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Counties are places, whatever type the tagger gives the phrase after a
// possessor; a number's of-phrase place is what a verb acts on.
func TestCountiesArePlacesAndCounted(t *testing.T) {
	d := processed("The governor has toured all 40 of the state's counties since May.")
	var found bool
	for _, m := range d.Mentions {
		if m.Text == "all 40 of the state's counties" {
			found = true
			assert.Equal(t, doc.Place, d.Entities[m.Entity].Type)
		}
	}
	require.True(t, found, "no mention of the counties")
	ev := eventAt(t, d, "toured")
	var theme string
	for _, a := range ev.Args {
		if a.Role == "Arg1" {
			theme = d.Mentions[a.Mention].Text
		}
	}
	assert.Equal(t, "all 40 of the state's counties", theme)
}

// Ages are spans of life, no body of people.
func TestAgesAreNoBody(t *testing.T) {
	d := processed("The fair drew visitors of all ages.")
	assert.Less(t, entityOf(d, "all ages"), 0, "a mention of the ages")
}
