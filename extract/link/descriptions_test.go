package link

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

func TestACollectiveNounHasNoNumber(t *testing.T) {
	// the tagger reads "police" as NNS here; in another report, as NN
	d := doctest.Tree(t, "police/NOUN/NNS/4/nsubj and/CCONJ/CC/3/cc officials/NOUN/NNS/1/conj searched/VERB/VBD/0/root")
	d.Words[2].Lemma = "official"
	assert.False(t, inflectedPlural(d, 0), "police: the form is its lemma")
	assert.True(t, inflectedPlural(d, 2), "officials: an inflected plural")
}
