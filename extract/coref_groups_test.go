package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func groupMentions(d *Document) map[string]Mention {
	out := map[string]Mention{}
	for _, m := range d.Mentions {
		if m.Kind == Nominal && m.Entity >= 0 && d.Entities[m.Entity].Gender == Plural {
			out[m.Text] = m
		}
	}
	return out
}

func TestNamesJoinedByAndFormAGroup(t *testing.T) {
	d := docWithNames(t, "Kestrel, Ardent Labs and Holm signed the deal in Oslo. "+
		"Kestrel or Holm will pay. Kestrel and Holm workers went on strike. Ana Ruiz and Kestrel met.",
		map[string]EntityType{"Kestrel": Organization, "Ardent Labs": Organization, "Holm": Organization,
			"Oslo": Place, "Ana Ruiz": Person})
	Resolve(d)
	got := groupMentions(d)
	require.Contains(t, got, "Kestrel, Ardent Labs and Holm")
	g := got["Kestrel, Ardent Labs and Holm"]
	assert.Equal(t, Organization, d.Entities[g.Entity].Type)
	assert.Equal(t, "Kestrel", entityOf(d, "Kestrel", 0), "each name keeps its own mention")
	assert.NotContains(t, got, "Kestrel or Holm", "a disjunction is no group")
	assert.NotContains(t, got, "Kestrel and Holm", "names before a noun modify it")
	assert.Contains(t, got, "Ana Ruiz and Kestrel", "a person and an organisation may mix")
}

func TestGroupTakesAPluralDescriptionBeforeIt(t *testing.T) {
	d := docWithNames(t, "Prices fell at the two banks Kestrel and Holm on Monday.",
		map[string]EntityType{"Kestrel": Organization, "Holm": Organization})
	Resolve(d)
	assert.Contains(t, groupMentions(d), "the two banks Kestrel and Holm")
}
