package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A role the text gave one named person, said again as a definite
// description further on, is that person.
func TestHeldRoleSaidAgainJoinsItsHolder(t *testing.T) {
	names := map[string]doc.EntityType{"Maria Lopez": doc.Person, "Lopez": doc.Person, "Tom Hale": doc.Person, "Hale": doc.Person, "Ohio": doc.Place}
	d := resolvePredicates(t, "Maria Lopez has chosen Tom Hale as her running mate. The choice surprised donors in Ohio. "+
		"On Monday her running mate visited a steel plant in Toledo.", names)
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "her running mate", 1))
}

// When two named people hold the role, the description stays apart.
func TestRoleOfTwoOrAPlainNounStaysApart(t *testing.T) {
	names := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Ruiz": doc.Person, "Tom Hale": doc.Person, "Hale": doc.Person}
	d := resolvePredicates(t, "Ana Ruiz is the Green nominee for mayor. Tom Hale is the Labour nominee. Crowds gathered on Sunday. Reporters later followed the nominee to the harbour.", names)
	assert.NotContains(t, []string{"Ana Ruiz", "Tom Hale"}, doctest.EntityOf(d, "the nominee", 0))
}
