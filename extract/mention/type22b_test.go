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

// An ally is of the kind of whom it is tied to: a person's allies are
// people, a country's ally a country; without a possessor, a name or an
// "of" complement the noun keeps the type it had.
func TestAlliesTypedByWhomTheyAreTiedTo(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Norland": doc.Place}
	for _, c := range []struct {
		text, phrase string
		want         doc.EntityType
	}{
		{"Kim Lund and his allies in the council opposed the port tax.", "his allies in the council", doc.Person},
		{"Several Ola Berg allies voted against the port tax.", "Several Ola Berg allies", doc.Person},
		{"The closest ally of Norland sent troops to the border.", "The closest ally of Norland", doc.Place},
		{"Allies of Kim Lund on the council voted against the port tax.", "Allies of Kim Lund on the council", doc.Person},
	} {
		got := candidates(doctest.Parsed(t, c.text, names))
		m, ok := got[c.phrase]
		if assert.True(t, ok, "%q in %q: no mention among %v", c.phrase, c.text, got) {
			assert.Equal(t, c.want, m.Type, "%q in %q", c.phrase, c.text)
		}
	}
}

// A body's ally may be a country or a person: the tagger's type stands.
func TestAllyOfABodyKeepsItsType(t *testing.T) {
	names := map[string]doc.EntityType{"Nordpakt": doc.Organization}
	got := candidates(doctest.Parsed(t, "The ally of Nordpakt closed its border.", names))
	m, ok := got["The ally of Nordpakt"]
	if assert.True(t, ok, "no mention among %v", got) {
		assert.NotEqual(t, doc.Organization, m.Type, "a body's ally typed as the body")
	}
}
