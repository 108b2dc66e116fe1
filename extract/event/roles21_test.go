package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

var roles21Names = map[string]doc.EntityType{"Ana Diaz": doc.Person, "Rui Costa": doc.Person}

// Whom one pays to do something does it; what one pays does nothing.
func TestThePaidPartyDoesWhatItIsPaidFor(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat paid/VERB/VBD/0/root Rui/PROPN/NNP/3/obj Costa/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark open/VERB/VB/3/advcl the/DET/DT/9/det gate/NOUN/NN/7/obj ./PUNCT/./3/punct",
		"paid=pay", roles21Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "open"))["Rui Costa"], "the one paid opens the gate")

	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat paid/VERB/VBD/0/root twenty/NUM/CD/5/nummod dollars/NOUN/NNS/3/obj "+
		"to/PART/TO/7/mark enter/VERB/VB/3/advcl the/DET/DT/9/det park/NOUN/NN/7/obj ./PUNCT/./3/punct",
		"paid=pay dollars=dollar", roles21Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "enter"))["Ana Diaz"], "money enters nothing: the payer does")
}

// The "with" phrase of agreeing is the other party when it can act
// (agree.01 Arg2), the proposition when it cannot (Arg1).
func TestWhoOneAgreesWithIsTheOtherParty(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det mayor/NOUN/NN/3/nsubj agreed/VERB/VBD/0/root with/ADP/IN/5/case Rui/PROPN/NNP/3/obl "+
		"Costa/PROPN/NNP/5/flat about/ADP/IN/9/case the/DET/DT/9/det fee/NOUN/NN/3/obl ./PUNCT/./3/punct",
		"agreed=agree", roles21Names)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "agreed"))["Rui Costa"])

	d = tree(t, "Rui/PROPN/NNP/3/nsubj Costa/PROPN/NNP/1/flat agreed/VERB/VBD/0/root with/ADP/IN/6/case the/DET/DT/6/det "+
		"ruling/NOUN/NN/3/obl ./PUNCT/./3/punct",
		"agreed=agree", roles21Names)
	assert.NotEqual(t, "Arg2", roles(d, event(t, d, "agreed"))["the ruling"], "a ruling is what is agreed with")
}
