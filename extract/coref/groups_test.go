package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func groupMentions(d *doc.Document) map[string]doc.Mention {
	out := map[string]doc.Mention{}
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Entity >= 0 && d.Entities[m.Entity].Gender == doc.Plural {
			out[m.Text] = m
		}
	}
	return out
}

func TestNamesJoinedByAndFormAGroup(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel, Ardent Labs and Holm signed the deal in Oslo. "+
		"Kestrel or Holm will pay. Kestrel and Holm workers went on strike. Ana Ruiz and Kestrel met.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Ardent Labs": doc.Organization, "Holm": doc.Organization,
			"Oslo": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	got := groupMentions(d)
	require.Contains(t, got, "Kestrel, Ardent Labs and Holm")
	g := got["Kestrel, Ardent Labs and Holm"]
	assert.Equal(t, doc.Organization, d.Entities[g.Entity].Type)
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "Kestrel", 0), "each name keeps its own mention")
	assert.NotContains(t, got, "Kestrel or Holm", "a disjunction is no group")
	assert.NotContains(t, got, "Kestrel and Holm", "names before a noun modify it")
	assert.Contains(t, got, "Ana Ruiz and Kestrel", "a person and an organisation may mix")
}

func TestGroupTakesAPluralDescriptionBeforeIt(t *testing.T) {
	d := doctest.Parsed(t, "Prices fell at the two banks Kestrel and Holm on Monday.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Holm": doc.Organization})
	resolve(d)
	assert.Contains(t, groupMentions(d), "the two banks Kestrel and Holm")
}

func TestTheSameNamesJoinedAgainAreTheSameGroup(t *testing.T) {
	d := doctest.Parsed(t, "Norland, Vestia and Holm signed the pact in May. Aid to Norland, Vestia and Holm rose. "+
		"Norland and Holm disagreed.",
		map[string]doc.EntityType{"Norland": doc.Place, "Vestia": doc.Place, "Holm": doc.Place})
	resolve(d)
	var groups []int
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Entity >= 0 && d.Entities[m.Entity].Gender == doc.Plural {
			groups = append(groups, m.Entity)
		}
	}
	require.Len(t, groups, 3)
	assert.Equal(t, groups[0], groups[1], "the same three places")
	assert.NotEqual(t, groups[0], groups[2], "two of them are another group")
}
