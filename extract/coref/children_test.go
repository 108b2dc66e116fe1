package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestAChildNounIsNoAdultNamedBefore(t *testing.T) {
	d := doctest.Parsed(t, "A lorry driven by Gerald Finch, 52, struck a bicycle on Tuesday. The boy was taken to a clinic.",
		map[string]doc.EntityType{"Gerald Finch": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Gerald Finch", doctest.EntityOf(d, "The boy", 0), "a man of 52 is no boy")
	d = doctest.Parsed(t, "Ruth Dunmore spoke to the crowd on Friday. The girl waved a flag.",
		map[string]doc.EntityType{"Ruth Dunmore": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Ruth Dunmore", doctest.EntityOf(d, "The girl", 0), "a woman of no stated age is no girl")
}

func TestAChildNounTakesAChildNamedBefore(t *testing.T) {
	d := doctest.Parsed(t, "Owen Pratt, 8, fell through the ice on Sunday. The boy was rescued by a neighbour.",
		map[string]doc.EntityType{"Owen Pratt": doc.Person})
	resolve(d)
	assert.Equal(t, "Owen Pratt", doctest.EntityOf(d, "The boy", 0), "a child of eight is the boy")
}
