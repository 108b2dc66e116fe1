package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

func TestGenericEvents(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat avoids/VERB/VBZ/0/root such/ADJ/JJ/6/amod a/DET/DT/6/det "+
		"meeting/NOUN/NN/3/obj ./PUNCT/./3/punct", "avoids=avoid", people)
	assert.Equal(t, "GEN", event(t, d, "meeting").Factuality.SpecialCases, "a kind of meeting")
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat praised/VERB/VBD/0/root such/ADJ/JJ/7/amod a/DET/DT/7/det "+
		"long/ADJ/JJ/7/amod meeting/NOUN/NN/3/obj ./PUNCT/./3/punct", "praised=praise", people)
	assert.True(t, event(t, d, "meeting").Factuality.Asserted(), "'such' grades 'long': one meeting")
	d = tree(t, "Kim/PROPN/NNP/2/nsubj praised/VERB/VBD/0/root her/PRON/PRP$/6/nmod:poss second/ADJ/JJ/6/amod such/ADJ/JJ/6/amod "+
		"meeting/NOUN/NN/2/obj ./PUNCT/./2/punct", "praised=praise", map[string]doc.EntityType{"Kim": doc.Person})
	assert.True(t, event(t, d, "meeting").Factuality.Asserted(), "one meeting of the kind")

	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat often/ADV/RB/4/advmod meets/VERB/VBZ/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat ./PUNCT/./4/punct", "meets=meet", people)
	assert.Equal(t, "GEN", event(t, d, "meets").Factuality.SpecialCases, "a habit")

	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat often/ADV/RB/4/advmod met/VERB/VBD/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat ./PUNCT/./4/punct", "met=meet", people)
	assert.True(t, event(t, d, "met").Factuality.Asserted(), "a habit of the past is told as done")

	// an event noun in a habitual clause: "Usually, talks during summits are short."
	d = tree(t, "Usually/ADV/RB/7/advmod ,/PUNCT/,/1/punct talks/NOUN/NNS/7/nsubj during/ADP/IN/5/case summits/NOUN/NNS/3/nmod "+
		"are/AUX/VBP/7/cop short/ADJ/JJ/0/root ./PUNCT/./7/punct", "talks=talks summits=summit", people)
	assert.Equal(t, "GEN", event(t, d, "summits").Factuality.SpecialCases)
}

func TestPressureToPledge(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat faces/VERB/VBZ/0/root pressure/NOUN/NN/3/obj to/PART/TO/6/mark "+
		"pledge/VERB/VB/4/acl that/SCONJ/IN/10/mark she/PRON/PRP/10/nsubj would/AUX/MD/10/aux meet/VERB/VB/6/ccomp "+
		"Ola/PROPN/NNP/10/obj Berg/PROPN/NNP/11/flat ./PUNCT/./3/punct", "faces=face", people)
	assert.Equal(t, "POSSIBLE", event(t, d, "meet").Factuality.Certainty, "no surer than the pledge pressed for")
}
