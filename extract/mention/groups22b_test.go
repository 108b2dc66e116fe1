package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Coordinations of names the parse hides: a name read as a compound after
// its noun, a conjunct hung on a part of a hyphenated name.

func TestNamesReadAsACompoundAfterTheirNounMakeAGroup(t *testing.T) {
	d := doctest.Tree(t, "Two/NUM/CD/2/nummod mayors/NOUN/NNS/10/nsubj Ruiz/PROPN/NNP/2/compound of/ADP/IN/5/case "+
		"Kestrel/PROPN/NNP/3/nmod and/CCONJ/CC/7/cc Berg/PROPN/NNP/3/conj of/ADP/IN/9/case Holm/PROPN/NNP/7/nmod "+
		"resigned/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person, "Kestrel": doc.Organization, "Berg": doc.Person, "Holm": doc.Organization})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Contains(t, groupTexts(d), "Ruiz of Kestrel and Berg of Holm")
}

func TestNamesModifyingALaterNounMakeNoGroup(t *testing.T) {
	d := doctest.Tree(t, "Ruiz/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Berg/PROPN/NNP/1/conj voters/NOUN/NNS/5/nsubj "+
		"met/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person, "Berg": doc.Person})
	linkedNames(d)
	FindNominalMentions(d)
	assert.NotContains(t, groupTexts(d), "Ruiz and Berg")
}

func TestAConjunctOnAHyphenatedNamesSecondPartJoinsTheWholeName(t *testing.T) {
	// "Tam Wing-kei of Kestrel and Berg of Holm won", "kei" split off as an apposition of "Tam".
	d := doctest.Tree(t, "Tam/PROPN/NNP/11/nsubj Wing/PROPN/NNP/1/flat -/PUNCT/HYPH/4/punct kei/PROPN/NNP/1/appos "+
		"of/ADP/IN/6/case Kestrel/PROPN/NNP/4/nmod and/CCONJ/CC/8/cc Berg/PROPN/NNP/4/conj of/ADP/IN/10/case "+
		"Holm/PROPN/NNP/8/nmod won/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Tam Wing - kei": doc.Person, "Kestrel": doc.Organization, "Berg": doc.Person, "Holm": doc.Organization})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Contains(t, groupTexts(d), "Tam Wing - kei of Kestrel and Berg of Holm")
}

func TestAPersonJoinedToTheBodyAfterOfIsTheFirstPersonsConjunct(t *testing.T) {
	d := doctest.Tree(t, "Ruiz/PROPN/NNP/8/nsubj of/ADP/IN/3/case Kestrel/PROPN/NNP/1/nmod and/CCONJ/CC/5/cc Berg/PROPN/NNP/3/conj "+
		"from/ADP/IN/7/case Holm/PROPN/NNP/5/nmod won/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person, "Kestrel": doc.Organization, "Berg": doc.Person, "Holm": doc.Organization})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Contains(t, groupTexts(d), "Ruiz of Kestrel and Berg from Holm")
}

func TestAPersonWithNoBodyOfHisOwnStaysOffTheGroup(t *testing.T) {
	// "Ruiz of Kestrel and Berg": Berg may be a second member of Kestrel's name or its partner.
	d := doctest.Tree(t, "Ruiz/PROPN/NNP/6/nsubj of/ADP/IN/3/case Kestrel/PROPN/NNP/1/nmod and/CCONJ/CC/5/cc Berg/PROPN/NNP/3/conj "+
		"won/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person, "Kestrel": doc.Organization, "Berg": doc.Person})
	linkedNames(d)
	FindNominalMentions(d)
	assert.NotContains(t, groupTexts(d), "Ruiz of Kestrel and Berg")
}
