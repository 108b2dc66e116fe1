package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnresolvedPronounIsTheAgent(t *testing.T) {
	// no antecedent: "They" still says it, a person of its own
	d := tree(t, "They/PRON/PRP/2/nsubj claim/VERB/VBP/0/root the/DET/DT/4/det count/NOUN/NN/6/nsubj:pass "+
		"was/AUX/VBD/6/aux:pass rigged/VERB/VBN/2/ccomp ./PUNCT/./2/punct", "rigged=rig", nil)
	assert.Equal(t, map[string]string{"They": "Arg0"}, roles(d, event(t, d, "claim")))

	// "them" undergoing an event may be things: left out
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat repaired/VERB/VBD/0/root them/PRON/PRP/3/obj ./PUNCT/./3/punct",
		"repaired=repair", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "repaired")))
}
