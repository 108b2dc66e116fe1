package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A surname the tagger cut before a hyphenated given name gets it back.

func TestASurnameTakesTheHyphenatedGivenNameAfterIt(t *testing.T) {
	d := doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj backed/VERB/VBD/0/root Tam/PROPN/NNP/2/obj Wing-kei/PROPN/NNP/3/flat "+
		"yesterday/NOUN/NN/2/obl:tmod ./PUNCT/./2/punct")
	ts := []int{0, 0, 1, 0, 0, 0} // "Tam" alone tagged B-PER
	assert.Equal(t, 4, givenNameAfter(d, ts, 0, 2, 3, "PER"))
}

func TestASurnameAndGivenNameTypedMiscIsAPerson(t *testing.T) {
	d := doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj backed/VERB/VBD/0/root Tam/PROPN/NNP/2/obj Wing-kei/PROPN/NNP/3/flat "+
		"yesterday/NOUN/NN/2/obl:tmod ./PUNCT/./2/punct")
	ts := []int{0, 0, 7, 8, 0, 0}
	assert.Equal(t, 4, givenNameAfter(d, ts, 0, 2, 4, "MISC"))
}

func TestHyphenatedWordsOfEnglishAreNoGivenName(t *testing.T) {
	assert.True(t, hyphenatedGivenName("Min-seo"))
	assert.True(t, hyphenatedGivenName("Siu-ting"))
	for _, w := range []string{"Saudi-led", "Oslo-born", "Anti-war", "Ex-wife", "Film-making", "NATO-led", "Wing-Kei"} {
		assert.False(t, hyphenatedGivenName(w), w)
	}
}

func TestANameOfAPlaceTakesNoGivenName(t *testing.T) {
	d := doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj in/ADP/IN/3/case Lyon/PROPN/NNP/1/nmod Ville-est/PROPN/NNP/3/flat")
	assert.Equal(t, 0, givenNameAfter(d, []int{0, 0, 5, 0}, 0, 2, 3, "LOC"))
}
