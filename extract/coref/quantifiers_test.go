package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quantifierEntity returns the entity text of the mention at the n-th
// token with text w, "" when no mention stands there.
func quantifierEntity(d *doc.Document, w string, n int) string {
	for _, m := range d.Mentions {
		if m.Text != w || m.LastTok != m.FirstTok+1 {
			continue
		}
		if n > 0 {
			n--
			continue
		}
		if m.Entity < 0 {
			return ""
		}
		return d.Mentions[d.Entities[m.Entity].Mentions[0]].Text
	}
	return ""
}

func TestFloatingQuantifierStandsForTheSubjectGroup(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel and Holm have both agreed to cut prices. The miners all left the site on Monday.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Holm": doc.Organization})
	resolve(d)
	assert.Equal(t, "Kestrel and Holm", quantifierEntity(d, "both", 0))
	assert.Equal(t, "The miners", quantifierEntity(d, "all", 0))
}

func TestStandingBothCountsTheLastCoordination(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel and Holm met in Oslo on Friday. Both will pay the fine.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Holm": doc.Organization, "Oslo": doc.Place})
	resolve(d)
	assert.Equal(t, "Kestrel and Holm", quantifierEntity(d, "Both", 0))

	// no quantifier phrase of its own: before a noun, before a coordination, "at all"
	d = doctest.Parsed(t, "Kestrel and Holm met. Both sides agreed. Both Kestrel and Holm paid. They did not object at all. "+
		"The voters are not all that interested in it.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Holm": doc.Organization})
	resolve(d)
	assert.Equal(t, "", quantifierEntity(d, "Both", 0))
	assert.Equal(t, "", quantifierEntity(d, "Both", 1))
	assert.Equal(t, "", quantifierEntity(d, "all", 0))
	assert.Equal(t, "", quantifierEntity(d, "all", 1), "a degree adverb, no group")

	// two people named apart make no group that "both" could count
	d = doctest.Parsed(t, "Ana Ruiz hired Bo Lind in May. Both served jail sentences.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Bo Lind": doc.Person})
	resolve(d)
	assert.Equal(t, "", quantifierEntity(d, "Both", 0))
}

func TestAGroupWithAShortFormInBracketsIsTheSameGroup(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel Bakeries (KB) and Holm Foods said on Monday that they would cut prices. "+
		"KB and Holm Foods have both lost money this year.",
		map[string]doc.EntityType{"Kestrel Bakeries": doc.Organization, "KB": doc.Organization, "Holm Foods": doc.Organization})
	resolve(d)
	var groups []int
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Entity >= 0 && d.Entities[m.Entity].Gender == doc.Plural {
			groups = append(groups, m.Entity)
		}
	}
	require.Len(t, groups, 2)
	assert.Equal(t, groups[0], groups[1], "the same two firms, one with its short form")
	assert.Equal(t, "Kestrel Bakeries (KB) and Holm Foods", quantifierEntity(d, "both", 0))
}
