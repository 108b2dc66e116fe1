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

// A title and a first name the tagger kept without the surname after them,
// a plural noun the parse made the first name a compound of, take the
// surname: "Senator Jeff Sessions", not "Senator Jeff".
func TestTitledFirstNameTakesItsNounSurname(t *testing.T) {
	d := doctest.Tree(t, "said/VERB/VBD/0/root Senator/PROPN/NNP/4/compound Tim/PROPN/NNP/4/compound Sessions/NOUN/NNS/1/nsubj "+
		"of/ADP/IN/6/case Utah/PROPN/NNP/4/nmod")
	ts := []int{0, 1, 2, 0, 0, 5} // B-PER I-PER for "Senator Tim", B-LOC for "Utah"
	first, j, typ, ok := mendName(d, 0, ts, 1, 3, "PER")
	assert.True(t, ok)
	assert.Equal(t, [3]any{1, 4, "PER"}, [3]any{first, j, typ})
}

// A capitalised word between a person's title and the surname the tagger
// found is the first name ("Sen. Rand Paul"); in a headline it is not.
func TestFirstNameBetweenTitleAndSurname(t *testing.T) {
	d := doctest.Parsed(t, "The vote was close. Voters cheered Sen. Rand Paul on Monday.", nil)
	base := d.Sentences[1].First
	ts := []int{0, 0, 0, 0, 1, 0, 0, 0} // B-PER for "Paul"
	first, j, _, _ := mendName(d, base, ts, 4, 5, "PER")
	assert.Equal(t, [2]int{3, 5}, [2]int{first, j}, "Rand Paul")

	d = doctest.Parsed(t, "Group Chief Praises Ana Ruiz For Her Work.", nil)
	ts = []int{0, 0, 0, 1, 2, 0, 0, 0, 0}
	first, _, _, _ = mendName(d, 0, ts, 3, 5, "PER")
	assert.Equal(t, 3, first, "a headline's verb after a title")
}
