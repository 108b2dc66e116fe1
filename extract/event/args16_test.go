package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestTwoObjectsOfAGivingVerbReadAsOnePhrase(t *testing.T) {
	// "the money" taken for an apposition to the aides: Kim Lund and the
	// aides receive it
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat gave/VERB/VBD/0/root Kim/PROPN/NNP/3/obj Lund/PROPN/NNP/4/flat "+
		"and/CCONJ/CC/8/cc her/PRON/PRP$/8/nmod:poss aides/NOUN/NNS/4/conj the/DET/DT/10/det money/NOUN/NN/8/appos "+
		"./PUNCT/./3/punct", "gave=give aides=aide", people)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "gave"))["Kim Lund"])

	// the second object hung as an object of the first
	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat sent/VERB/VBD/0/root Kim/PROPN/NNP/3/obj Lund/PROPN/NNP/4/flat "+
		"a/DET/DT/7/det letter/NOUN/NN/4/obj ./PUNCT/./3/punct", "sent=send", people)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "sent"))["Kim Lund"])

	// a comma sets off a true apposition: no second object
	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat paid/VERB/VBD/0/root Kim/PROPN/NNP/3/obj Lund/PROPN/NNP/4/flat "+
		",/PUNCT/,/8/punct the/DET/DT/8/det lawyer/NOUN/NN/4/appos ./PUNCT/./3/punct", "paid=pay", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "paid"))["Kim Lund"])
}

func TestVerbHungOnTheLastNounOfItsSubject(t *testing.T) {
	// "dropped" hung on "Depot": the number of buses dropped, the depot takes no part
	d := tree(t, "The/DET/DT/2/det number/NOUN/NN/0/root of/ADP/IN/4/case buses/NOUN/NNS/2/nmod leaving/VERB/VBG/4/acl "+
		"Vega/PROPN/NNP/7/compound Depot/PROPN/NNP/5/obj dropped/VERB/VBD/7/acl:relcl ./PUNCT/./2/punct",
		"leaving=leave dropped=drop", map[string]doc.EntityType{"Vega Depot": doc.Place})
	assert.Equal(t, map[string]string{"buses leaving Vega Depot": "Arg1"}, roles(d, event(t, d, "dropped")))

	// a relative clause with its own subject is one: "the depot they closed"
	d = tree(t, "The/DET/DT/2/det number/NOUN/NN/0/root of/ADP/IN/4/case buses/NOUN/NNS/2/nmod leaving/VERB/VBG/4/acl "+
		"Vega/PROPN/NNP/7/compound Depot/PROPN/NNP/5/obj Kim/PROPN/NNP/10/nsubj Lund/PROPN/NNP/8/flat "+
		"closed/VERB/VBD/7/acl:relcl ./PUNCT/./2/punct", "leaving=leave closed=close",
		map[string]doc.EntityType{"Vega Depot": doc.Place, "Kim Lund": doc.Person})
	assert.NotEmpty(t, roles(d, event(t, d, "closed"))["Kim Lund"])
}

func TestPlaceAndTimeOfAnEventNounHungOnItsParties(t *testing.T) {
	// "in Oslo" and "in May" hung on the second party: the talks were there and then
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat recalled/VERB/VBD/0/root the/DET/DT/5/det talks/NOUN/NNS/3/obj "+
		"with/ADP/IN/7/case Ola/PROPN/NNP/5/nmod Berg/PROPN/NNP/7/flat and/CCONJ/CC/11/cc Eva/PROPN/NNP/11/compound "+
		"Stone/PROPN/NNP/7/conj in/ADP/IN/13/case Oslo/PROPN/NNP/11/nmod in/ADP/IN/15/case May/PROPN/NNP/11/nmod "+
		"2019/NUM/CD/15/nmod:unmarked ./PUNCT/./3/punct", "recalled=recall talks=talk", people, "May 2019=2019-05")
	ev := event(t, d, "talks")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Oslo", d.Mentions[ev.Place].Text)
	assert.Equal(t, "2019-05", ev.Time)
}
