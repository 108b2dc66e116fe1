package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// openOf runs coreference, events and open relations over hand-marked names
// and returns "holder lemma relative" strings.
func openOf(t *testing.T, text string, names map[string]doc.EntityType) []string {
	t.Helper()
	d := eventsOf(t, text, names)
	FindOpenRelations(d)
	var out []string
	for _, r := range d.Relations {
		if r.Kind == "open" {
			assert.Equal(t, OpenConfidence, r.Confidence)
			out = append(out, d.Entities[d.Mentions[r.Holder].Entity].Name+" "+r.Type+" "+
				d.Entities[d.Mentions[r.Relative].Entity].Name)
		}
	}
	return out
}

func TestOpenRelationsReadSubjectVerbObject(t *testing.T) {
	orgs := map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Marlow Freight": doc.Organization,
		"Pavel Dunn": doc.Person, "Oslo": doc.Place}
	assert.Equal(t, []string{"Halvard Steel supply Marlow Freight"},
		openOf(t, "Halvard Steel supplies Marlow Freight with rolled coils.", orgs))
	assert.Equal(t, []string{"Halvard Steel sponsor Pavel Dunn"},
		openOf(t, "Pavel Dunn, sponsored by Halvard Steel, won.", orgs), "a passive reads agent first")
	assert.Equal(t, []string{"Pavel Dunn work for Halvard Steel"},
		openOf(t, "Pavel Dunn works for Halvard Steel.", orgs))
	assert.Equal(t, []string{"Marlow Freight sponsor Pavel Dunn"},
		openOf(t, "Marlow Freight quietly sponsored Pavel Dunn last season.", orgs))
}

func TestOpenRelationsStateNothingUncertain(t *testing.T) {
	names := map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Marlow Freight": doc.Organization,
		"Pavel Dunn": doc.Person, "Oslo": doc.Place}
	assert.Empty(t, openOf(t, "Marlow Freight did not renew Halvard Steel.", names), "negated")
	assert.Empty(t, openOf(t, "Halvard Steel acquired Marlow Freight.", names), "an event frame has it")
	assert.Empty(t, openOf(t, "Pavel Dunn lived in Oslo.", names), "a place after a preposition is where, not whom")
	assert.Empty(t, openOf(t, "Pavel Dunn praised Marlow Freight's drivers.", names), "the possessor is not the object")
	assert.Empty(t, openOf(t, "The chairman praised Marlow Freight.", names), "an unnamed holder is no graph node")
	assert.Empty(t, openOf(t, "Pavel Dunn agreed to serve Marlow Freight.", names), "an infinitive is no object")
	assert.Empty(t, openOf(t, "Pavel Dunn was profiled in Marlow Freight.", names), "a passive without its agent")
	assert.Empty(t, openOf(t, "Oslo retailers Halvard Steel and Marlow Freight merged.", names), "a noun phrase")
	assert.Empty(t, openOf(t, "Halvard Steel officials Pavel Dunn and others left.", names), "a plural noun, not a verb")
}
