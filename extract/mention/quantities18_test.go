package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnApproximatorBeforeAQuantityIsInItsPhrase(t *testing.T) {
	// "Almost half of the nurses quit."
	d := doctest.Tree(t, "Almost/ADV/RB/2/advmod half/NOUN/NN/6/nsubj of/ADP/IN/5/case the/DET/DT/5/det "+
		"nurses/NOUN/NNS/2/nmod quit/VERB/VBD/0/root ./PUNCT/./6/punct")
	assert.Equal(t, "Almost half of the nurses", phraseOf(t, d, "half", 0))

	// "Nearly a third of the nurses quit.": before the determiner too
	d = doctest.Tree(t, "Nearly/ADV/RB/3/advmod a/DET/DT/3/det third/NOUN/NN/7/nsubj of/ADP/IN/6/case the/DET/DT/6/det "+
		"nurses/NOUN/NNS/3/nmod quit/VERB/VBD/0/root ./PUNCT/./7/punct")
	assert.Equal(t, "Nearly a third of the nurses", phraseOf(t, d, "third", 0))

	// an adverb of the clause before a noun stays out
	d = doctest.Tree(t, "Also/ADV/RB/3/advmod the/DET/DT/3/det mayor/NOUN/NN/4/nsubj quit/VERB/VBD/0/root ./PUNCT/./4/punct")
	assert.Equal(t, "the mayor", phraseOf(t, d, "mayor", 0))
}

func TestAFractionIsAPartitive(t *testing.T) {
	d := doctest.Tree(t, "A/DET/DT/2/det third/NOUN/NN/6/nsubj of/ADP/IN/5/case the/DET/DT/5/det "+
		"nurses/NOUN/NNS/2/nmod quit/VERB/VBD/0/root ./PUNCT/./6/punct")
	got := candidates(d)
	require.Contains(t, got, "A third of the nurses", "a third of the nurses are nurses")
	assert.Equal(t, doc.Person, got["A third of the nurses"].Type)

	// a third of a firm is a stake in it, not the firm
	d = doctest.Tree(t, "Kestrel/PROPN/NNP/2/nsubj sold/VERB/VBD/0/root a/DET/DT/4/det third/NOUN/NN/2/obj of/ADP/IN/7/case "+
		"the/DET/DT/7/det firm/NOUN/NN/4/nmod ./PUNCT/./2/punct")
	assert.NotContains(t, candidates(d), "a third of the firm")
}
