package relation

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestRoleOfOrganization(t *testing.T) {
	rels := relationsOf(t, "Ravi Menon, the founder of Brightloom, spoke first. Brightloom CEO Ana Diaz followed.",
		map[string]doc.EntityType{"Ravi Menon": doc.Person, "Brightloom": doc.Organization, "Ana Diaz": doc.Person})
	assert.Contains(t, rels, "Ana Diaz ceo Brightloom")
}

func TestNoRelationWithoutARelative(t *testing.T) {
	rels := relationsOf(t, "The mother of three, Ella Stone, won the race.", map[string]doc.EntityType{"Ella Stone": doc.Person})
	assert.Empty(t, rels)
}

func TestLocationRelations(t *testing.T) {
	rels := relationsOf(t, "Amara Obi was born in Lagos. Vantor Labs is based in Austin. Amara Obi, who lives in Oslo, spoke.",
		map[string]doc.EntityType{"Amara Obi": doc.Person, "Lagos": doc.Place, "Vantor Labs": doc.Organization, "Austin": doc.Place, "Oslo": doc.Place})
	assert.Contains(t, rels, "Amara Obi birthplace Lagos")
	assert.Contains(t, rels, "Vantor Labs base Austin")
	assert.Contains(t, rels, "Amara Obi residence Oslo")
}

// relationsOf reads the relations of hand-marked names, one entity per
// name (no coreference), and returns "holder type relative" strings.
func relationsOf(t *testing.T, text string, names map[string]doc.EntityType) []string {
	t.Helper()
	d := doctest.WithEntities(t, text, names)
	FindRelations(d)
	return doctest.Relations(d)
}
