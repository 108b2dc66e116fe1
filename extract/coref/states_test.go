package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// An AP state abbreviation after a city and a comma is the state: the
// same entity as the state named in full, and named in full when the
// article never spells it out.
func TestAStateAbbreviationAfterACityIsTheState(t *testing.T) {
	d := doctest.Parsed(t, "Farmers near Millbrook, Ga., lost their crops. Georgia sent aid, and a crew came from Lindale, Ore., too.",
		map[string]doc.EntityType{"Millbrook": doc.Place, "Ga": doc.Place, "Georgia": doc.Place, "Lindale": doc.Place, "Ore": doc.Organization})
	resolve(d)
	assert.Equal(t, "Georgia", doctest.EntityOf(d, "Ga", 0))
	assert.Equal(t, "Oregon", doctest.EntityOf(d, "Ore", 0))
	for _, e := range d.Entities {
		if e.Name == "Oregon" {
			assert.Equal(t, doc.Place, e.Type, "a state, whatever the tagger said")
		}
	}
}

// Not after a person's name, nor without its dot, nor alone.
func TestAStateAbbreviationNeedsACityAndItsDot(t *testing.T) {
	d := doctest.Parsed(t, "Senator Jane Holloway, Del., spoke. Miss Ward met Ms. Ford in Fairview, Miss. Wash said nothing.",
		map[string]doc.EntityType{"Jane Holloway": doc.Person, "Del": doc.Place, "Ward": doc.Person, "Ford": doc.Person,
			"Fairview": doc.Place, "Miss": doc.Place, "Wash": doc.Person})
	resolve(d)
	assert.Equal(t, "Del", doctest.EntityOf(d, "Del", 0), "after a person's name it is left as the tagger read it")
	assert.Equal(t, "Mississippi", doctest.EntityOf(d, "Miss", 1))
	assert.Equal(t, "Wash", doctest.EntityOf(d, "Wash", 0))
}

// A state's nickname is the state: one entity with the state named, and
// named for the state where the article never names it.
func TestAStateNicknameIsTheState(t *testing.T) {
	d := doctest.Parsed(t, "Farmers in Idaho cheered. The Gem State sold more potatoes, and the Beehive State bought them.",
		map[string]doc.EntityType{"Idaho": doc.Place, "Gem State": doc.Organization, "Beehive State": doc.Place})
	resolve(d)
	assert.Equal(t, "Idaho", doctest.EntityOf(d, "Gem State", 0))
	assert.Equal(t, "Utah", doctest.EntityOf(d, "Beehive State", 0), "named for the state, not by the longer nickname")
	for _, e := range d.Entities {
		if e.Name == "Idaho" {
			assert.Equal(t, doc.Place, e.Type, "a state, whatever the tagger said")
		}
	}
}

// A nickname the tagger gave as a name of another kind, with no "the" or
// place's preposition before it, is a team's or a firm's name.
func TestATeamNamedLikeANicknameIsNoState(t *testing.T) {
	d := doctest.Parsed(t, "Golden State beat Denver 101-99 on Sunday.",
		map[string]doc.EntityType{"Golden State": doc.Organization, "Denver": doc.Organization})
	resolve(d)
	assert.Equal(t, "Golden State", doctest.EntityOf(d, "Golden State", 0), "the team keeps its name")
	d = doctest.Parsed(t, "Voters across the Golden State went to the polls.",
		map[string]doc.EntityType{"Golden State": doc.Place})
	resolve(d)
	assert.Equal(t, "California", doctest.EntityOf(d, "Golden State", 0), "after the, a nickname is the state")
}
