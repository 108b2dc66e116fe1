package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestExclamationWithMyIsNoName(t *testing.T) {
	d := doctest.Parsed(t, "Everyone at the depot said, oh, my God, the roof is gone.", map[string]doc.EntityType{})
	k := tokenOf(d, "God")
	assert.True(t, exclamation(d, k), "'oh, my God' calls on no one")
	d = doctest.Parsed(t, "Thanks, Maria, for the flowers.", map[string]doc.EntityType{})
	assert.False(t, exclamation(d, tokenOf(d, "Maria")), "a vocative without 'my' addresses a person")
}

// tokenOf is the index of the first token with text s, -1 if none.
func tokenOf(d *doc.Document, s string) int {
	for k, t := range d.Tokens {
		if t.Text == s {
			return k
		}
	}
	return -1
}
