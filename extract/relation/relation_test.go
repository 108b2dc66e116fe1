package relation

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/coref"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/stretchr/testify/assert"
)

func TestPossessiveRoleBeforeName(t *testing.T) {
	rels := relationsOf(t, "Nadia Petrova visited her father, Igor Petrov, in Kazan.",
		map[string]doc.EntityType{"Nadia Petrova": doc.Person, "Igor Petrov": doc.Person, "Kazan": doc.Place})
	assert.Equal(t, []string{"Igor Petrov father Nadia Petrova"}, rels)
}

func TestNamePossessiveRole(t *testing.T) {
	rels := relationsOf(t, "Omar Reyes arrived with Lucia Reyes. Omar's ex-wife, Maria Soto, stayed home.",
		map[string]doc.EntityType{"Omar Reyes": doc.Person, "Lucia Reyes": doc.Person, "Omar": doc.Person, "Maria Soto": doc.Person})
	assert.Contains(t, rels, "Maria Soto wife Omar Reyes")
}

func TestAppositionAfterName(t *testing.T) {
	rels := relationsOf(t, "Tom Akers thanked Jill Bryce, his girlfriend, on stage.",
		map[string]doc.EntityType{"Tom Akers": doc.Person, "Jill Bryce": doc.Person})
	assert.Equal(t, []string{"Jill Bryce girlfriend Tom Akers"}, rels)
}

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

// relationsOf resolves hand-marked names and returns "holder type relative" strings.
func relationsOf(t *testing.T, text string, names map[string]doc.EntityType) []string {
	t.Helper()
	d := doctest.WithNames(t, text, names)
	resolve(d)
	FindRelations(d)
	var out []string
	for _, r := range d.Relations {
		h := d.Entities[d.Mentions[r.Holder].Entity].Name
		rel := d.Entities[d.Mentions[r.Relative].Entity].Name
		out = append(out, h+" "+r.Type+" "+rel)
	}
	return out
}

func TestWorkShownOnAPlatform(t *testing.T) {
	rels := relationsOf(t, "Harbor Lights is in its fourth season on Peakflix, and Ana Cruz still stars.",
		map[string]doc.EntityType{"Harbor Lights": doc.Place, "Peakflix": doc.Place, "Ana Cruz": doc.Person})
	assert.Equal(t, []string{"Peakflix platform Harbor Lights"}, rels)
	rels = relationsOf(t, "The sitcom Quiet Street airs on Channel Nine.",
		map[string]doc.EntityType{"Quiet Street": doc.Other, "Channel Nine": doc.Organization})
	assert.Equal(t, []string{"Channel Nine platform Quiet Street"}, rels)
	// a name after "on" that is no work is shown on nothing
	rels = relationsOf(t, "Tom Reed was on Channel Nine on Monday.",
		map[string]doc.EntityType{"Tom Reed": doc.Person, "Channel Nine": doc.Organization})
	assert.Empty(t, rels)
}

// resolve runs coreference the way the pipeline does: names, nominal
// candidates, then the rest.
func resolve(d *doc.Document) {
	coref.ResolveNames(d)
	mention.FindNominalMentions(d)
	coref.LinkMentions(d)
}
