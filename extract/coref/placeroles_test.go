package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// "The Maine governor" is the governor the text ties to Maine, not the
// governor of Ohio, whom the chain of "the governor" would take.
func TestARoleWithAPlaceIsThePersonTiedToThatPlace(t *testing.T) {
	names := map[string]doc.EntityType{"Ivar Berg": doc.Person, "Ana Ruiz": doc.Person, "Ohio": doc.Place, "Maine": doc.Place, "Toledo": doc.Place}
	d := doctest.Parsed(t, "Ivar Berg, the former governor of Ohio, spoke in Toledo on Tuesday. Crowds cheered. "+
		"The former governor said he would run. Maine Gov. Ana Ruiz toured a mill. Workers waved. "+
		"The Maine governor said she was proud.", names)
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "The Maine governor", 0))
	d = doctest.Parsed(t, "Ivar Berg, the former governor of Ohio, spoke in Toledo on Tuesday. Crowds cheered. "+
		"Maine Gov. Ana Ruiz toured a mill. Workers waved. The Ohio governor said he was proud.", names)
	resolve(d)
	assert.Equal(t, "Ivar Berg", doctest.EntityOf(d, "The Ohio governor", 0), "the place after the name ties it too")
}
