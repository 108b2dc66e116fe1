package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// entityOf is the name and type of the entity of the NAME mention text.
func entityOf(d *doc.Document, text string) (string, doc.EntityType) {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Text == text && m.Entity >= 0 {
			return d.Entities[m.Entity].Name, d.Entities[m.Entity].Type
		}
	}
	return "", ""
}

// A first name (and initials) coordinated with a full name shares its
// surname: two people of one family named once.
func TestAFirstNameBeforeAndSharesTheSurnameAfter(t *testing.T) {
	d := doctest.Parsed(t, "The gift came from Marta and Tomas Brandl, who own a mill. Marta Brandl spoke first.",
		map[string]doc.EntityType{"Marta": doc.Place, "Tomas Brandl": doc.Person, "Marta Brandl": doc.Person})
	resolve(d)
	name, typ := entityOf(d, "Marta")
	assert.Equal(t, "Marta Brandl", name)
	assert.Equal(t, doc.Person, typ)
	d = doctest.Parsed(t, "The study was paid for by Anna B. and Carl D. Holm of Denver.",
		map[string]doc.EntityType{"Anna B.": doc.Person, "Carl D. Holm": doc.Person, "Denver": doc.Place})
	resolve(d)
	name, _ = entityOf(d, "Anna B.")
	assert.Equal(t, "Anna B. Holm", name)
}

// Not a surname of a person named in full, nor a first name that does
// not stand coordinated with the full name.
func TestASurnameBeforeAndKeepsItsPerson(t *testing.T) {
	d := doctest.Parsed(t, "Elizabeth Warren spoke. Later Warren and Bernard Sanders left the hall.",
		map[string]doc.EntityType{"Elizabeth Warren": doc.Person, "Warren": doc.Person, "Bernard Sanders": doc.Person})
	resolve(d)
	name, _ := entityOf(d, "Warren")
	assert.Equal(t, "Elizabeth Warren", name)
}
