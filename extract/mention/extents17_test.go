package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestNounPhraseEndsBeforeAParticipleThatReports(t *testing.T) {
	// "Critics cited a memo released Monday saying that the plant would close."
	d := doctest.Tree(t, "Critics/NOUN/NNS/2/nsubj cited/VERB/VBD/0/root a/DET/DT/4/det memo/NOUN/NN/2/obj "+
		"released/VERB/VBN/4/acl Monday/PROPN/NNP/5/obl:unmarked saying/VERB/VBG/4/acl that/SCONJ/IN/13/mark "+
		"the/DET/DT/10/det plant/NOUN/NN/13/nsubj would/AUX/MD/13/aux close/VERB/VB/7/ccomp ./PUNCT/./2/punct")
	assert.Equal(t, "a memo released Monday", phraseOf(t, d, "memo", 0), "what the memo says is not which memo it is")

	// a participle that reports nothing stays
	d = doctest.Tree(t, "Critics/NOUN/NNS/2/nsubj cited/VERB/VBD/0/root a/DET/DT/4/det memo/NOUN/NN/2/obj "+
		"released/VERB/VBN/4/acl Monday/PROPN/NNP/5/obl:unmarked ./PUNCT/./2/punct")
	assert.Equal(t, "a memo released Monday", phraseOf(t, d, "memo", 0))
}
