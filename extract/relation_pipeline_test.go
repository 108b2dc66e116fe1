package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/relation"
	"github.com/stretchr/testify/assert"
)

// The relation tests that need coreference first: a possessive pronoun
// resolved to its name, a work typed as one.

// resolvedRelations resolves hand-marked names, reads their relations and
// returns "holder type relative" strings.
func resolvedRelations(t *testing.T, text string, names map[string]doc.EntityType) []string {
	t.Helper()
	d := doctest.Parsed(t, text, names)
	Resolve(d)
	relation.FindRelations(d)
	return doctest.Relations(d)
}

func TestPossessiveRoleBeforeName(t *testing.T) {
	rels := resolvedRelations(t, "Nadia Petrova visited her father, Igor Petrov, in Kazan.",
		map[string]doc.EntityType{"Nadia Petrova": doc.Person, "Igor Petrov": doc.Person, "Kazan": doc.Place})
	assert.Equal(t, []string{"Igor Petrov father Nadia Petrova"}, rels)
}
func TestNamePossessiveRole(t *testing.T) {
	rels := resolvedRelations(t, "Omar Reyes arrived with Lucia Reyes. Omar's ex-wife, Maria Soto, stayed home.",
		map[string]doc.EntityType{"Omar Reyes": doc.Person, "Lucia Reyes": doc.Person, "Omar": doc.Person, "Maria Soto": doc.Person})
	assert.Contains(t, rels, "Maria Soto wife Omar Reyes")
}
func TestAppositionAfterName(t *testing.T) {
	rels := resolvedRelations(t, "Tom Akers thanked Jill Bryce, his girlfriend, on stage.",
		map[string]doc.EntityType{"Tom Akers": doc.Person, "Jill Bryce": doc.Person})
	assert.Equal(t, []string{"Jill Bryce girlfriend Tom Akers"}, rels)
}
func TestWorkShownOnAPlatform(t *testing.T) {
	rels := resolvedRelations(t, "Harbor Lights is in its fourth season on Peakflix, and Ana Cruz still stars.",
		map[string]doc.EntityType{"Harbor Lights": doc.Place, "Peakflix": doc.Place, "Ana Cruz": doc.Person})
	assert.Equal(t, []string{"Peakflix platform Harbor Lights"}, rels)
	rels = resolvedRelations(t, "The sitcom Quiet Street airs on Channel Nine.",
		map[string]doc.EntityType{"Quiet Street": doc.Other, "Channel Nine": doc.Organization})
	assert.Equal(t, []string{"Channel Nine platform Quiet Street"}, rels)
	// a name after "on" that is no work is shown on nothing
	rels = resolvedRelations(t, "Tom Reed was on Channel Nine on Monday.",
		map[string]doc.EntityType{"Tom Reed": doc.Person, "Channel Nine": doc.Organization})
	assert.Empty(t, rels)
}
