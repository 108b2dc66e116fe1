package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// relationsOf resolves hand-marked names and returns "holder type relative" strings.
func relationsOf(t *testing.T, text string, names map[string]EntityType) []string {
	t.Helper()
	d := docWithNames(t, text, names)
	Resolve(d)
	FindRelations(d)
	var out []string
	for _, r := range d.Relations {
		h := d.Entities[d.Mentions[r.Holder].Entity].Name
		rel := d.Entities[d.Mentions[r.Relative].Entity].Name
		out = append(out, h+" "+r.Type+" "+rel)
	}
	return out
}

func TestPossessiveRoleBeforeName(t *testing.T) {
	rels := relationsOf(t, "Nadia Petrova visited her father, Igor Petrov, in Kazan.",
		map[string]EntityType{"Nadia Petrova": Person, "Igor Petrov": Person, "Kazan": Place})
	assert.Equal(t, []string{"Igor Petrov father Nadia Petrova"}, rels)
}

func TestNamePossessiveRole(t *testing.T) {
	rels := relationsOf(t, "Omar Reyes arrived with Lucia Reyes. Omar's ex-wife, Maria Soto, stayed home.",
		map[string]EntityType{"Omar Reyes": Person, "Lucia Reyes": Person, "Omar": Person, "Maria Soto": Person})
	assert.Contains(t, rels, "Maria Soto wife Omar Reyes")
}

func TestAppositionAfterName(t *testing.T) {
	rels := relationsOf(t, "Tom Akers thanked Jill Bryce, his girlfriend, on stage.",
		map[string]EntityType{"Tom Akers": Person, "Jill Bryce": Person})
	assert.Equal(t, []string{"Jill Bryce girlfriend Tom Akers"}, rels)
}

func TestRoleOfOrganization(t *testing.T) {
	rels := relationsOf(t, "Ravi Menon, the founder of Brightloom, spoke first. Brightloom CEO Ana Diaz followed.",
		map[string]EntityType{"Ravi Menon": Person, "Brightloom": Organization, "Ana Diaz": Person})
	assert.Contains(t, rels, "Ana Diaz ceo Brightloom")
}

func TestNoRelationWithoutARelative(t *testing.T) {
	rels := relationsOf(t, "The mother of three, Ella Stone, won the race.", map[string]EntityType{"Ella Stone": Person})
	assert.Empty(t, rels)
}

func TestLocationRelations(t *testing.T) {
	rels := relationsOf(t, "Amara Obi was born in Lagos. Vantor Labs is based in Austin. Amara Obi, who lives in Oslo, spoke.",
		map[string]EntityType{"Amara Obi": Person, "Lagos": Place, "Vantor Labs": Organization, "Austin": Place, "Oslo": Place})
	assert.Contains(t, rels, "Amara Obi birthplace Lagos")
	assert.Contains(t, rels, "Vantor Labs base Austin")
	assert.Contains(t, rels, "Amara Obi residence Oslo")
}
