package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The of-phrase of an event noun is the theme it acts on even when its
// noun is abstract, as a verb's direct object is (nounargs.go).

func TestTheAbstractOfPhraseOfAnEventNounIsItsTheme(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/2/compound Lund/PROPN/NNP/3/nsubj repeated/VERB/VBD/0/root her/PRON/PRP$/5/nmod:poss "+
		"criticism/NOUN/NN/3/obj of/ADP/IN/8/case the/DET/DT/8/det requirement/NOUN/NN/5/nmod ./PUNCT/./3/punct",
		"repeated=repeat", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "criticism"))["the requirement"],
		"what is criticized is the requirement, though the noun names a thought")
}

func TestABareSingularOfPhraseIsAQualityNoTheme(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/2/compound Lund/PROPN/NNP/3/nsubj repeated/VERB/VBD/0/root her/PRON/PRP$/5/nmod:poss "+
		"criticism/NOUN/NN/3/obj of/ADP/IN/8/case great/ADJ/JJ/8/amod importance/NOUN/NN/5/nmod ./PUNCT/./3/punct",
		"repeated=repeat", people)
	assert.NotContains(t, roles(d, event(t, d, "criticism")), "great importance",
		"a bare singular after \"of\" says what kind the criticism is, nothing criticized")
}
