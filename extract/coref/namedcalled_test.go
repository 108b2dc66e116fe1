package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A noun followed by "named", "called" or "known as" and a name is the
// one the name names, whatever type its noun suggested.
func TestDescriptionANamingParticipleNamesIsTheName(t *testing.T) {
	for _, tc := range []struct{ text, desc, name string }{
		{"A small choir founded by a teacher named Omar Yavuz toured abroad. Yavuz still sings.", "a teacher named Omar Yavuz", "Omar Yavuz"},
		{"The bank hired a small firm called Dornfeld Partners. Dornfeld Partners declined to comment.", "a small firm called Dornfeld Partners", "Dornfeld Partners"},
		{"A hacking group known as Grey Owl stole the files. Grey Owl denied it.", "A hacking group known as Grey Owl", "Grey Owl"},
	} {
		names := map[string]doc.EntityType{"Omar Yavuz": doc.Person, "Yavuz": doc.Person, "Dornfeld Partners": doc.Organization, "Grey Owl": doc.Organization}
		d := resolvePredicates(t, tc.text, names)
		assert.Equal(t, tc.name, doctest.EntityOf(d, tc.desc, 0), tc.text)
	}
}

// The one who does the naming ("named by Omar Yavuz") is not the one
// named: the description stays apart from him.
func TestNamingParticipleAgentIsNotTheName(t *testing.T) {
	d := resolvePredicates(t, "The board praised a report on the cleric named by Omar Yavuz as his heir.",
		map[string]doc.EntityType{"Omar Yavuz": doc.Person})
	got := doctest.EntityOf(d, "the cleric named by Omar Yavuz as his heir", 0)
	assert.NotContains(t, got, "<no mention")
	assert.NotEqual(t, "Omar Yavuz", got)
}

// The organisation noun says what the name is when the tagger took it for
// a person's.
func TestOrganisationNounRetypesTheNameItGives(t *testing.T) {
	d := resolvePredicates(t, "The bank hired a small firm called Vestra Lund. Vestra Lund declined to comment.",
		map[string]doc.EntityType{"Vestra Lund": doc.Person})
	seen := 0
	for _, m := range d.Mentions {
		if m.Text == "Vestra Lund" {
			seen++
			assert.Equal(t, doc.Organization, d.Entities[m.Entity].Type)
			assert.Equal(t, doc.Organization, m.Type)
		}
	}
	assert.Equal(t, 2, seen)
}
