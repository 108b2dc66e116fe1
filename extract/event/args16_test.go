package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestYearInTheNameOfALaw(t *testing.T) {
	// "of 1968" names the act: the suing was not in 1968
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj sued/VERB/VBD/0/root under/ADP/IN/8/case "+
		"the/DET/DT/8/det Fair/ADJ/NNP/8/amod Housing/PROPN/NNP/8/compound Act/PROPN/NNP/3/obl of/ADP/IN/10/case "+
		"1968/NUM/CD/8/nmod ./PUNCT/./3/punct", "sued=sue", people, "1968=1968")
	assert.Equal(t, "", event(t, d, "sued").Time)

	// but a month's year dates it
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj sued/VERB/VBD/0/root in/ADP/IN/5/case "+
		"March/PROPN/NNP/3/obl of/ADP/IN/7/case 2019/NUM/CD/5/nmod ./PUNCT/./3/punct", "sued=sue", people, "March of 2019=2019-03")
	assert.Equal(t, "2019-03", event(t, d, "sued").Time)
}
