package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A noun in a prepositional phrase before a comma and the subject's name
// is no apposition to the name: the name opens the main clause.
func TestPrepositionalNounBeforeANameIsNoApposition(t *testing.T) {
	d := resolvePredicates(t, "While Ana Ruiz has pledged to support Tom Hale as the nominee, Lena Berg said the vote would be close.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Hale": doc.Person, "Lena Berg": doc.Person})
	assert.NotEqual(t, "Lena Berg", doctest.EntityOf(d, "the nominee", 0))
}

// The noun of a prepositional phrase keeps the name after it as its
// apposition when the name is no subject of its own.
func TestPrepositionalNounKeepsItsAppositiveName(t *testing.T) {
	d := resolvePredicates(t, "Ana Ruiz squeaked out a win over the far more experienced sitting mayor, Tom Hale ― who famously refused to debate her.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Hale": doc.Person})
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "the far more experienced sitting mayor", 0))
}
