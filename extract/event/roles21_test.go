package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

var roles21Names = map[string]doc.EntityType{"Ana Diaz": doc.Person, "Rui Costa": doc.Person, "Eva Lind": doc.Person}

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

// The subject before an inserted "said X" belongs to the reported clause,
// not to the saying.
func TestSubjectBeforeAnInsertedSayingIsTheReportedClauses(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det cost/NOUN/NN/7/nsubj of/ADP/IN/5/case the/DET/DT/5/det plan/NOUN/NN/2/nmod ,/PUNCT/,/2/punct "+
		"said/VERB/VBD/0/root Ana/PROPN/NNP/7/nsubj Diaz/PROPN/NNP/8/flat ,/PUNCT/,/11/punct would/AUX/MD/11/aux "+
		"rise/VERB/VB/7/ccomp ./PUNCT/./7/punct",
		"said=say", roles21Names)
	assert.Equal(t, map[string]string{"Ana Diaz": "Arg0"}, roles(d, event(t, d, "said")))
	assert.NotContains(t, roles(d, event(t, d, "rise")), "Ana Diaz")

	d = tree(t, "Eva/PROPN/NNP/5/nsubj Lind/PROPN/NNP/1/flat and/CCONJ/CC/5/cc ,/PUNCT/,/5/punct said/VERB/VBD/0/root "+
		"Ana/PROPN/NNP/5/nsubj Diaz/PROPN/NNP/6/flat ./PUNCT/./5/punct",
		"said=say", roles21Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "said"))["Eva Lind"], "without a reported clause both stay speakers")
}

// "X, analysts said, may ...": the speaker the parse made an apposition of
// the fronted subject says it, and the subject is the reported clause's.
func TestSpeakerParsedAsAppositionOfTheFrontedSubject(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/6/nsubj Lind/PROPN/NNP/1/flat ,/PUNCT/,/4/punct Ana/PROPN/NNP/1/appos Diaz/PROPN/NNP/4/flat "+
		"said/VERB/VBD/0/root ,/PUNCT/,/9/punct may/AUX/MD/9/aux resign/VERB/VB/6/ccomp ./PUNCT/./6/punct",
		"said=say", roles21Names)
	assert.Equal(t, map[string]string{"Ana Diaz": "Arg0"}, roles(d, event(t, d, "said")))
	assert.Equal(t, map[string]string{"Eva Lind": "Arg0"}, roles(d, event(t, d, "resign")))

	d = tree(t, "Eva/PROPN/NNP/6/nsubj Lind/PROPN/NNP/1/flat ,/PUNCT/,/4/punct Ana/PROPN/NNP/1/appos Diaz/PROPN/NNP/4/flat "+
		"said/VERB/VBD/0/root ,/PUNCT/,/9/punct it/PRON/PRP/9/nsubj fell/VERB/VBD/6/ccomp ./PUNCT/./6/punct",
		"said=say fell=fall", roles21Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "said"))["Eva Lind"], "a reported clause with its own subject keeps the saying's")
}

// People named by their stance toward an act do not do it; people named
// by what they have done did it.
func TestStanceNounIsNoDoerOfItsGerund(t *testing.T) {
	for _, c := range []struct{ noun, lemma, want string }{{"Opponents", "opponent", ""}, {"Veterans", "veteran", "Arg0"}} {
		d := tree(t, c.noun+"/NOUN/NNS/6/nsubj of/SCONJ/IN/3/mark hiring/VERB/VBG/1/acl Eva/PROPN/NNP/3/obj Lind/PROPN/NNP/4/flat "+
			"spoke/VERB/VBD/0/root ./PUNCT/./6/punct", c.noun+"="+c.lemma+" hiring=hire spoke=speak", roles21Names)
		e := d.AddEntity(doc.Entity{ID: "group", Name: "the group", Type: doc.Person})
		d.Mentions = append(d.Mentions, doc.Mention{Span: span(d.Text, c.noun), Text: c.noun, Kind: doc.Nominal,
			Type: doc.Person, Entity: e, FirstTok: 0, LastTok: 1})
		d.Entities[e].Mentions = []int{len(d.Mentions) - 1}
		FindEvents(d)
		assert.Equal(t, c.want, roles(d, event(t, d, "hiring"))["the group"], c.noun)
		assert.Equal(t, "Arg1", roles(d, event(t, d, "hiring"))["Eva Lind"], c.noun)
	}
}

// "X heard the cases and Y filed motions" parsed as one clause, Y a
// conjunct of the object and "filed" hung on it: Y files, and is heard by
// no one.
func TestSecondClauseSubjectParsedAsAConjunctOfTheObject(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat heard/VERB/VBD/0/root the/DET/DT/5/det cases/NOUN/NNS/3/obj "+
		"and/CCONJ/CC/7/cc Rui/PROPN/NNP/5/conj Costa/PROPN/NNP/7/flat filed/VERB/VBD/5/acl new/ADJ/JJ/11/amod "+
		"motions/NOUN/NNS/9/obj ./PUNCT/./3/punct",
		"heard=hear filed=file", roles21Names)
	assert.NotContains(t, roles(d, event(t, d, "heard")), "Rui Costa")
	assert.Equal(t, "Arg0", roles(d, event(t, d, "filed"))["Rui Costa"])

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat met/VERB/VBD/0/root the/DET/DT/5/det mayor/NOUN/NN/3/obj "+
		"and/CCONJ/CC/7/cc Rui/PROPN/NNP/5/conj Costa/PROPN/NNP/7/flat ,/PUNCT/,/11/punct who/PRON/WP/11/nsubj "+
		"run/VERB/VBP/5/acl:relcl the/DET/DT/13/det farm/NOUN/NN/11/obj ./PUNCT/./3/punct",
		"met=meet", roles21Names)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "met"))["Rui Costa"], "a conjunct with no clause of its own stays one")
}

// The object of a verb of accusing does what the gerund says, whatever
// its stance: "accused the supporters of harassing".
func TestStanceNounAsObjectKeepsItsGerund(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root supporters/NOUN/NNS/2/obj of/SCONJ/IN/5/mark "+
		"harassing/VERB/VBG/3/acl Rui/PROPN/NNP/5/obj ./PUNCT/./2/punct", "accused=accuse supporters=supporter harassing=harass",
		map[string]doc.EntityType{"Eva": doc.Person, "Rui": doc.Person})
	e := d.AddEntity(doc.Entity{ID: "group", Name: "the group", Type: doc.Person})
	d.Mentions = append(d.Mentions, doc.Mention{Span: span(d.Text, "supporters"), Text: "supporters", Kind: doc.Nominal,
		Type: doc.Person, Entity: e, FirstTok: 2, LastTok: 3})
	d.Entities[e].Mentions = []int{len(d.Mentions) - 1}
	FindEvents(d)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "harassing"))["the group"])
}

// A participle the tagger read as a past tense, with no complement of its
// own, is no second clause: "backed the union and companies linked to it".
func TestConjunctBeforeAParticipleStaysAConjunct(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat backed/VERB/VBD/0/root the/DET/DT/5/det union/NOUN/NN/3/obj "+
		"and/CCONJ/CC/7/cc Rui/PROPN/NNP/5/conj Costa/PROPN/NNP/7/flat linked/VERB/VBD/7/acl to/ADP/IN/11/case "+
		"Oslo/PROPN/NNP/9/obl ./PUNCT/./3/punct",
		"backed=back linked=link", map[string]doc.EntityType{"Eva Lind": doc.Person, "Rui Costa": doc.Person, "Oslo": doc.Place})
	assert.Equal(t, "Arg1", roles(d, event(t, d, "backed"))["Rui Costa"])
}
