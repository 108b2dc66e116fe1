package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A gerund on the object of "have" or "spend" is done by the verb's
// subject, not by the noun it hangs on.
func TestLightObjectLendsItsSubject(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat had/VERB/VBD/0/root no/DET/DT/5/det business/NOUN/NN/3/obj "+
		"judging/VERB/VBG/5/acl Ola/PROPN/NNP/6/obj Berg/PROPN/NNP/7/flat ./PUNCT/./3/punct",
		"had=have judging=judge", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, event(t, d, "judging")))

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat had/VERB/VBD/0/root two/NUM/CD/5/nummod advantages/NOUN/NNS/3/obj "+
		"working/VERB/VBG/5/acl against/ADP/IN/8/case Ola/PROPN/NNP/6/obl Berg/PROPN/NNP/8/flat ./PUNCT/./3/punct",
		"had=have advantages=advantage working=work", people)
	for _, ev := range d.Events {
		assert.NotEqual(t, "Arg0", roles(d, ev)["Kim Lund"], "the advantages work, not she")
	}
}

// "The charges facing X": X faces them.
func TestFacingObjectIsTheOneFacing(t *testing.T) {
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat listed/VERB/VBD/0/root the/DET/DT/5/det charges/NOUN/NNS/3/obj "+
		"facing/VERB/VBG/5/acl Kim/PROPN/NNP/6/obj Lund/PROPN/NNP/7/flat ./PUNCT/./3/punct",
		"listed=list charges=charge facing=face", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "facing"))["Kim Lund"])
}

// The outer subject of "is to" + infinitive names the act; its owner
// does it, or no one named.
func TestOuterSubjectNamesTheAct(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det trend/NOUN/NN/6/nsubj:outer has/AUX/VBZ/6/aux been/AUX/VBN/6/cop to/PART/TO/6/mark "+
		"shift/VERB/VB/0/root the/DET/DT/8/det costs/NOUN/NNS/6/obj to/ADP/IN/10/case Vega/PROPN/NNP/6/obl "+
		"Labs/PROPN/NNPS/10/flat ./PUNCT/./6/punct", "has=have been=be costs=cost", people)
	ev := event(t, d, "shift")
	assert.NotContains(t, argRoles(ev), "Arg0", "no trend shifts anything")

	d = tree(t, "Kim/PROPN/NNP/4/nmod:poss Lund/PROPN/NNP/1/flat 's/PART/POS/1/case aim/NOUN/NN/7/nsubj:outer is/AUX/VBZ/7/cop "+
		"to/PART/TO/7/mark shift/VERB/VB/0/root the/DET/DT/9/det costs/NOUN/NNS/7/obj ./PUNCT/./7/punct", "is=be costs=cost", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "shift"))["Kim Lund"], "her aim: she shifts them")
}
