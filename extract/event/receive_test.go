package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// the union that gives its support is no prize won.
func TestOfPhraseOfWhatIsWonGivesIt(t *testing.T) {
	names := map[string]doc.EntityType{"Eva Stone": doc.Person, "Vega Labs": doc.Organization}
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat won/VERB/VBD/0/root the/DET/DT/5/det backing/NOUN/NN/3/obj "+
		"of/ADP/IN/8/case Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/5/nmod ./PUNCT/./3/punct", "won=win backing=backing", names)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg2"}, roles(d, event(t, d, "won")))
}
