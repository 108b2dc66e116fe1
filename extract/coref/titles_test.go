package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// entityNamed returns the entity of the first mention with this text.
func entityOfMention(t *testing.T, d *doc.Document, text string) doc.Entity {
	t.Helper()
	for _, m := range d.Mentions {
		if m.Text == text {
			require.GreaterOrEqual(t, m.Entity, 0, "%q is linked", text)
			return d.Entities[m.Entity]
		}
	}
	t.Fatalf("no mention %q", text)
	return doc.Entity{}
}

func TestTitlesJoinThePersonTheyName(t *testing.T) {
	d := doctest.WithNames(t, "Sen. Elena Varga opened the hearing. Mr. Tobin Reyes answered. "+
		"Later Senator Varga left the room, and Mr. Reyes stayed behind.",
		map[string]doc.EntityType{"Sen. Elena Varga": doc.Person, "Mr. Tobin Reyes": doc.Person,
			"Senator Varga": doc.Person, "Mr. Reyes": doc.Person})
	resolve(d)
	varga := entityOfMention(t, d, "Sen. Elena Varga")
	assert.Equal(t, "Elena Varga", varga.Name, "the title is not part of the name")
	assert.Equal(t, "elena-varga", varga.ID)
	assert.Equal(t, varga.ID, entityOfMention(t, d, "Senator Varga").ID)
	reyes := entityOfMention(t, d, "Mr. Tobin Reyes")
	assert.Equal(t, "tobin-reyes", reyes.ID)
	assert.Equal(t, doc.Male, reyes.Gender, "Mr. says so")
	assert.Equal(t, reyes.ID, entityOfMention(t, d, "Mr. Reyes").ID)
	persons := 0
	for _, e := range d.Entities {
		if e.Type == doc.Person {
			persons++
		}
	}
	assert.Equal(t, 2, persons, "no person for a title")
}

// "Chair" is a title like "Chairman": "Chair Dana Holm" is Dana Holm, and
// "Chair Holm" the same person.
func TestChairIsATitle(t *testing.T) {
	d := doctest.WithNames(t, "Chair Dana Holm opened the hearing. Critics asked the board to remove Chair Holm.",
		map[string]doc.EntityType{"Chair Dana Holm": doc.Person, "Chair Holm": doc.Person})
	resolve(d)
	holm := entityOfMention(t, d, "Chair Dana Holm")
	assert.Equal(t, "Dana Holm", holm.Name)
	assert.Equal(t, holm.ID, entityOfMention(t, d, "Chair Holm").ID)
}

func TestAnHonorificMakesAPerson(t *testing.T) {
	d := doctest.WithNames(t, "Maeve Halloran spoke in Dublin. Governor Halloran said the plan was sound. Mr. Okonkwo disagreed.",
		map[string]doc.EntityType{"Maeve Halloran": doc.Person, "Governor Halloran": doc.Organization, "Mr. Okonkwo": doc.Place})
	resolve(d)
	assert.Equal(t, "maeve-halloran", entityOfMention(t, d, "Governor Halloran").ID, "a governor tagged an organisation is still the person")
	okonkwo := entityOfMention(t, d, "Mr. Okonkwo")
	assert.Equal(t, doc.Person, okonkwo.Type, "tagged a place, but Mr. names a person")
	assert.Equal(t, "Okonkwo", okonkwo.Name)
}

func TestTitlePrefixesAndNamesThatOnlyLookTitled(t *testing.T) {
	d := doctest.WithNames(t, "Vice President Ana Duarte met workers of General Dynamics. Duarte praised General Dynamics.",
		map[string]doc.EntityType{"Vice President Ana Duarte": doc.Person, "Duarte": doc.Person, "General Dynamics": doc.Organization})
	resolve(d)
	duarte := entityOfMention(t, d, "Vice President Ana Duarte")
	assert.Equal(t, "Ana Duarte", duarte.Name)
	assert.Equal(t, duarte.ID, entityOfMention(t, d, "Duarte").ID)
	gd := entityOfMention(t, d, "General Dynamics")
	assert.Equal(t, "General Dynamics", gd.Name, "a firm's first word is not a title")
	assert.Equal(t, doc.Organization, gd.Type)
}

func TestAnAdjectiveIsNoEntity(t *testing.T) {
	d := doctest.WithNames(t, "Republican candidates met Philippine officials in Manila. The Republicans said Corvane helped.",
		map[string]doc.EntityType{"Republican": doc.Other, "Philippine": doc.Other, "Manila": doc.Place,
			"Republicans": doc.Other, "Corvane": doc.Other})
	resolve(d)
	for _, text := range []string{"Republican", "Philippine"} {
		for _, m := range d.Mentions {
			if m.Text == text {
				assert.Negative(t, m.Entity, "%q before a noun is an adjective: no entity, so no id", text)
			}
		}
	}
	assert.Equal(t, "republicans", entityOfMention(t, d, "Republicans").ID, "the plural noun names the party's members")
	assert.Equal(t, "corvane", entityOfMention(t, d, "Corvane").ID, "before a verb it is a name")
	for _, e := range d.Entities {
		assert.NotContains(t, e.ID, "philippine")
	}
}

// An adjective before other adjectives and its noun is no entity either.
func TestAnAdjectiveBeforeAdjectivesIsNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "The Liberal parliamentary leader resigned in Ottawa.",
		map[string]doc.EntityType{"Liberal": doc.Other, "Ottawa": doc.Place})
	resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "Liberal" {
			assert.Negative(t, m.Entity, "an adjective of the noun leader")
		}
	}
}

func TestATitlesGenderTellsApartPeopleWhoShareASurname(t *testing.T) {
	d := doctest.WithNames(t, "Tomas Lindgren and his wife, Karin Lindgren, voted early. Mr. Lindgren said the line was long. Lindgren smiled.",
		map[string]doc.EntityType{"Tomas Lindgren": doc.Person, "Karin Lindgren": doc.Person, "Mr. Lindgren": doc.Person, "Lindgren": doc.Person})
	resolve(d)
	assert.Equal(t, "tomas-lindgren", entityOfMention(t, d, "Mr. Lindgren").ID, "Mr. is the man of the two")
	bare := entityOfMention(t, d, "Lindgren")
	assert.True(t, bare.Ambiguous(), "the bare surname still fits both")
}
