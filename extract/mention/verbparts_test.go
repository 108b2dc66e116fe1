package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A headline's verb the tagger ran a name into splits the name; the verb
// is no part of either side.
func TestVerbPartsSplitAHeadlineName(t *testing.T) {
	d := doctest.Tree(t, "Ana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat Scolds/VERB/VBZ/0/root Tom/PROPN/NNP/3/obj Hale/PROPN/NNP/4/flat")
	assert.Equal(t, [][2]int{{0, 2}, {3, 5}}, verbParts(d, [][2]int{{0, 5}}))
}

// A name whose first word the parse reads as a verb without a subject
// inside the name stays whole ("Hope Hicks"), as does a verb that modifies
// a noun of the name.
func TestVerbPartsKeepNamesWithVerbWords(t *testing.T) {
	d := doctest.Tree(t, "Hope/VERB/VBP/0/root Hicks/PROPN/NNP/1/obj declined/VERB/VBD/1/conj")
	assert.Equal(t, [][2]int{{0, 2}}, verbParts(d, [][2]int{{0, 2}}))
	d = doctest.Tree(t, "Planned/VERB/VBN/2/amod Parenthood/PROPN/NNP/3/nsubj sued/VERB/VBD/0/root")
	assert.Equal(t, [][2]int{{0, 2}}, verbParts(d, [][2]int{{0, 2}}))
}
