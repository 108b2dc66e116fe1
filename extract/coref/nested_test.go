package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// nestedMentions lists the nested mentions of d as "text -> entity name".
func nestedMentions(d *doc.Document) []string {
	var out []string
	for _, m := range d.Mentions {
		if m.Nested {
			out = append(out, m.Text+" -> "+d.Entities[m.Entity].Name)
		}
	}
	return out
}

// A country or city named inside a body's name is a mention of that place:
// of the place the article names elsewhere, else of a new one; the body's
// name keeps its extent and its entity.
func TestAPlaceNamedInsideABodysNameIsAMentionOfThePlace(t *testing.T) {
	d := doctest.Parsed(t, "The Canadian Wheat Board met the Bank of Norway in Oslo. Norway's central bank cut its rate.",
		map[string]doc.EntityType{"Canadian Wheat Board": doc.Organization, "Bank of Norway": doc.Organization,
			"Oslo": doc.Place, "Norway": doc.Place})
	resolve(d)
	NestedNames(d)
	assert.Equal(t, []string{"Norway -> Norway"}, nestedMentions(d))
	assert.Equal(t, "Norway", doctest.EntityOf(d, "Norway", 1), "the later Norway is the same entity")
	assert.Equal(t, "Bank of Norway", doctest.EntityOf(d, "Bank of Norway", 0), "the outer name keeps its entity")

	d = doctest.Parsed(t, "A spokesman for the U.S. Forest Service said the fire was contained.",
		map[string]doc.EntityType{"U.S. Forest Service": doc.Organization})
	resolve(d)
	NestedNames(d)
	require.Equal(t, []string{"U.S. -> U.S."}, nestedMentions(d), "a listed country, named nowhere else")
	for _, m := range d.Mentions {
		if m.Nested {
			assert.Equal(t, doc.Place, d.Entities[m.Entity].Type)
		}
	}
}

// Only a place or the maker of a work is read inside a name: a person's or
// a place's name holds no other name, a place name after another word
// ("Dynamo Kiev") is the team's, a lexicon noun names nothing ("Union"),
// and a body's short name at the head of its longer name is itself.
func TestNoNestedMentionWhereTheNameIsOneThing(t *testing.T) {
	d := doctest.Parsed(t, "Paris Hilton flew to Mexico City with Dynamo Kiev. The Union Pacific Railroad and the Supreme Court of Appeal were closed. The Supreme Court ruled.",
		map[string]doc.EntityType{"Paris Hilton": doc.Person, "Mexico City": doc.Place, "Dynamo Kiev": doc.Organization,
			"Union Pacific Railroad": doc.Organization, "Supreme Court of Appeal": doc.Organization, "Supreme Court": doc.Organization})
	resolve(d)
	NestedNames(d)
	assert.Empty(t, nestedMentions(d))
}

// A firm named inside the name of a work or an event is its maker or host,
// and a place's initials are the place ("NY" after "New York").
func TestAFirmInsideAWorksNameAndAPlacesInitials(t *testing.T) {
	d := doctest.Parsed(t, "Vantor released Vantor Atlas, a mapping tool. Vantor is based in New York and owns the NY Courier.",
		map[string]doc.EntityType{"Vantor": doc.Organization, "Vantor Atlas": doc.Work, "New York": doc.Place, "NY Courier": doc.Organization})
	resolve(d)
	NestedNames(d)
	assert.Equal(t, []string{"Vantor -> Vantor", "NY -> New York"}, nestedMentions(d))
}
