package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Banks and news outlets are firms, not places (the GUM counts type them
// places).
func TestBanksAndOutletsAreBodies(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         doc.EntityType
	}{
		{"Kim Lund borrowed heavily from the big banks.", "the big banks", doc.Organization},
		{"The bank refused to lend Ola Berg more money.", "The bank", doc.Organization},
		{"Several other news outlets reported the story about Kim Lund.", "Several other news outlets", doc.Organization},
	} {
		got := candidates(doctest.Parsed(t, c.text, nonentNames))
		m, ok := got[c.phrase]
		if assert.True(t, ok, "%q in %q: no mention among %v", c.phrase, c.text, got) {
			assert.Equal(t, c.want, m.Type, "%q in %q", c.phrase, c.text)
		}
	}
}
