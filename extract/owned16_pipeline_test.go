package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The body a phrase names by its owner is one body wherever the owner is
// the same ("her campaign" twice), another for another owner.
func TestOwnedPhrasesOfOneOwnerAreOneBody(t *testing.T) {
	d := processed("Maria Lopez said her campaign raised money. Later her campaign declined to comment. " +
		"Tom Hale said his campaign would grow.")
	entity := func(trigger, role string) int {
		ev := eventAt(t, d, trigger)
		for _, a := range ev.Args {
			if a.Role == role {
				return d.Mentions[a.Mention].Entity
			}
		}
		require.Failf(t, "no participant", "%s %s", trigger, role)
		return -1
	}
	assert.Equal(t, entity("raised", "Arg0"), entity("declined", "Arg0"), "her campaign, twice")
	assert.NotEqual(t, entity("raised", "Arg0"), entity("grow", "Arg1"), "another owner, another campaign")
}
