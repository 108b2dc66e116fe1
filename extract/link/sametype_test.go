package link

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// An article that names a person in full and, typed otherwise, by the
// surname alone has one entity of one type, whichever comes first; where
// other articles are split, the full name decides.
func TestOneEntityOfAnArticleHasOneType(t *testing.T) {
	for _, order := range [][]int{{0, 1}, {1, 0}} {
		names := []string{"Ingrid Haldor", "Haldor"}
		types := []doc.EntityType{doc.Person, doc.Organization}
		a := article("a", names[order[0]], types[order[0]], names[order[1]], types[order[1]])
		// two other articles join the two names, and type them one each
		b := article("b", "Ingrid Haldor|Haldor", doc.Person)
		c := article("c", "Ingrid Haldor|Haldor", doc.Organization)
		got := resolve(a, b, c)["a"]
		assert.Equal(t, got["Ingrid Haldor"].ID, got["Haldor"].ID)
		assert.Equal(t, doc.Person, got["Haldor"].Type, "the full name's type, in order %v", order)
		assert.Equal(t, doc.Person, got["Ingrid Haldor"].Type)
	}
}

// Other articles' types decide between the types one article gives an
// entity; "other" only says the tagger did not know.
func TestOneEntityOfAnArticleTakesTheTypeOtherArticlesGive(t *testing.T) {
	got := resolve(
		article("a", "Tarsk Mobil", doc.Organization, "Tarsk", doc.Person),
		article("b", "Tarsk Mobil|Tarsk", doc.Organization),
		article("c", "Pellan Survey", doc.Other, "Pellan Survey|Pellan", doc.Organization))
	if assert.Equal(t, got["a"]["Tarsk Mobil"].ID, got["a"]["Tarsk"].ID) {
		assert.Equal(t, doc.Organization, got["a"]["Tarsk"].Type)
	}
	if assert.Equal(t, got["c"]["Pellan Survey"].ID, got["c"]["Pellan Survey|Pellan"].ID) {
		assert.Equal(t, doc.Organization, got["c"]["Pellan Survey"].Type)
	}
}

// A body's name spelt the British way in one report and the American way
// in another is one body; other head words stay apart.
func TestANamesBritishAndAmericanSpellingsAreOneBody(t *testing.T) {
	a := article("a", "Harwell Arts Centre", doc.Organization)
	b := article("b", "Harwell Arts Center", doc.Organization)
	c := article("c", "Harwell Arts Council", doc.Organization)
	got := resolve(a, b, c)
	assert.Equal(t, got["a"]["Harwell Arts Centre"].ID, got["b"]["Harwell Arts Center"].ID)
	assert.NotEqual(t, got["a"]["Harwell Arts Centre"].ID, got["c"]["Harwell Arts Council"].ID)
}
