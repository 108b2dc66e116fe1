package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShopNamedForItsOwnerIsAPlace(t *testing.T) {
	d := doc.NewDocument("s1", "A woman was struck outside Nick's Diner in Dayton on Friday. Police said she died at the scene.", time.Time{})
	Process(d)
	e := entityOf(d, "Nick's Diner")
	require.GreaterOrEqual(t, e, 0, "the shop's name is one name")
	assert.NotEqual(t, doc.Person, d.Entities[e].Type)
	for _, m := range d.Mentions {
		assert.NotEqual(t, "Nick", m.Text, "no person Nick, whom \"she\" could be")
	}
}
