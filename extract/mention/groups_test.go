package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linkedNames gives each NAME mention of d an entity of its own, as the
// name half of coreference would.
func linkedNames(d *doc.Document) {
	for i, m := range d.Mentions {
		d.Mentions[i].Entity = d.AddEntity(doc.Entity{Name: m.Text, Type: m.Type})
	}
}

func groupTexts(d *doc.Document) map[string]doc.NominalMention {
	out := map[string]doc.NominalMention{}
	for _, n := range d.Nominals {
		if n.Group {
			out[d.Slice(n.Span)] = n
		}
	}
	return out
}

func TestCoordinationOfNamesIsAGroup(t *testing.T) {
	d := doctest.Tree(t, "Smith/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Jones/PROPN/NNP/1/conj met/VERB/VBD/0/root ./PUNCT/./4/punct")
	doctest.Names(d, map[string]doc.EntityType{"Smith": doc.Person, "Jones": doc.Person})
	linkedNames(d)
	FindNominalMentions(d)
	got := groupTexts(d)
	require.Contains(t, got, "Smith and Jones")
	assert.True(t, got["Smith and Jones"].Plural)
	assert.Equal(t, doc.Person, got["Smith and Jones"].Type)
}

func TestCoordinationGroupTakesEachMembersPhrase(t *testing.T) {
	d := doctest.Tree(t, "Ruiz/PROPN/NNP/8/nsubj of/ADP/IN/3/case Kestrel/PROPN/NNP/1/nmod and/CCONJ/CC/5/cc Berg/PROPN/NNP/1/conj "+
		"of/ADP/IN/7/case Holm/PROPN/NNP/5/nmod won/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person, "Kestrel": doc.Organization, "Berg": doc.Person, "Holm": doc.Organization})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Contains(t, groupTexts(d), "Ruiz of Kestrel and Berg of Holm")
}

func TestNoGroupForOrModifiersMixedTypesOrRoles(t *testing.T) {
	d := doctest.Tree(t, "Smith/PROPN/NNP/4/nsubj or/CCONJ/CC/3/cc Jones/PROPN/NNP/1/conj will/AUX/MD/4/aux pay/VERB/VB/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Smith": doc.Person, "Jones": doc.Person})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Empty(t, groupTexts(d), "a disjunction is no group")

	d = doctest.Tree(t, "Ford/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Kia/PROPN/NNP/1/conj workers/NOUN/NNS/5/nsubj struck/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ford": doc.Organization, "Kia": doc.Organization})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Empty(t, groupTexts(d), "names that modify a noun are no group")

	// The parser joins a person to the organisation before it: "Ruiz of
	// [Kestrel and Berg]".
	d = doctest.Tree(t, "Ruiz/PROPN/NNP/6/nsubj of/ADP/IN/3/case Kestrel/PROPN/NNP/1/nmod and/CCONJ/CC/5/cc Berg/PROPN/NNP/3/conj won/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person, "Kestrel": doc.Organization, "Berg": doc.Person})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Empty(t, groupTexts(d), "an organisation and a person make no group")
}

func TestSecondRoleIsTheSamePerson(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/3/det reality/NOUN/NN/3/compound star/NOUN/NN/7/nsubj and/CCONJ/CC/6/cc fashion/NOUN/NN/6/compound "+
		"mogul/NOUN/NN/3/conj met/VERB/VBD/0/root her/PRON/PRP/7/obj")
	FindNominalMentions(d)
	assert.Empty(t, groupTexts(d), "one person with two roles is no group")
	var mogul doc.NominalMention
	for _, n := range d.Nominals {
		if d.Slice(n.Span) == "fashion mogul" {
			mogul = n
		}
	}
	assert.Equal(t, "The reality star", d.Slice(mogul.SameAs), "the second role is of the first")
}

func TestConjunctWithAPrepositionOfItsOwnMakesNoGroup(t *testing.T) {
	d := doctest.Tree(t, "They/PRON/PRP/2/nsubj fought/VERB/VBD/0/root in/ADP/IN/4/case Oslo/PROPN/NNP/2/obl "+
		"and/CCONJ/CC/8/cc across/ADP/IN/8/case northern/ADJ/JJ/8/amod Norway/PROPN/NNP/4/conj")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place, "Norway": doc.Place})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Empty(t, groupTexts(d), "two obliques, not one group")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj fought/VERB/VBD/0/root in/ADP/IN/4/case Oslo/PROPN/NNP/2/obl "+
		"and/CCONJ/CC/6/cc Bergen/PROPN/NNP/4/conj")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place, "Bergen": doc.Place})
	linkedNames(d)
	FindNominalMentions(d)
	assert.Contains(t, groupTexts(d), "Oslo and Bergen", "the preposition of the first is the group's")
}

func TestConjunctWithAClauseOfItsOwnMakesNoGroup(t *testing.T) {
	// The parser made "lawyer" a conjunct of "mayor": it is the predicate of "deputy".
	d := doctest.Tree(t, "The/DET/DT/2/det mayor/NOUN/NN/0/root and/CCONJ/CC/8/cc her/PRON/PRP$/5/nmod:poss "+
		"deputy/NOUN/NN/8/nsubj is/AUX/VBZ/8/cop a/DET/DT/8/det lawyer/NOUN/NN/2/conj")
	FindNominalMentions(d)
	require.Contains(t, candidates(d), "a lawyer")
	assert.Empty(t, groupTexts(d), "a conjunct with its own subject is a clause")
}

// An "and" before the last comma does not make what follows it a second
// role: a headline's comma splice tells of two people, though the parse
// hangs both the "And-Run" and the driver on the woman.
func TestAnAndBeforeTheLastCommaJoinsNoRole(t *testing.T) {
	d := doctest.Tree(t, "Woman/NOUN/NN/0/root Hurt/VERB/VBN/1/acl in/ADP/IN/4/case Hit/PROPN/NNP/2/obl and/CCONJ/CC/6/cc "+
		"Run/PROPN/NNP/1/conj ,/PUNCT/,/8/punct Driver/NOUN/NN/1/conj Charged/VERB/VBN/8/acl")
	FindNominalMentions(d)
	for _, n := range d.Nominals {
		if d.Slice(n.Span) == "Driver" {
			assert.Empty(t, d.Slice(n.SameAs), "the driver is not the woman")
		}
	}

	d = doctest.Tree(t, "The/DET/DT/2/det founder/NOUN/NN/8/nsubj ,/PUNCT/,/5/punct chief/ADJ/JJ/5/amod executive/NOUN/NN/2/conj "+
		"and/CCONJ/CC/7/cc owner/NOUN/NN/2/conj spoke/VERB/VBD/0/root")
	FindNominalMentions(d)
	same := 0
	for _, n := range d.Nominals {
		if d.Slice(n.SameAs) == "The founder" {
			same++
		}
	}
	assert.Equal(t, 2, same, "a list ending in \"and\" is of one person's roles")

	// an "and" the parse gives a word of the last conjunct still joins it
	d = doctest.Tree(t, "The/DET/DT/2/det president/NOUN/NN/7/nsubj and/CCONJ/CC/4/cc chief/NOUN/NN/2/conj operating/VERB/VBG/6/compound "+
		"officer/NOUN/NN/2/conj spoke/VERB/VBD/0/root")
	FindNominalMentions(d)
	joined := false
	for _, n := range d.Nominals {
		joined = joined || d.Slice(n.Span) == "operating officer" && d.Slice(n.SameAs) == "The president"
	}
	assert.True(t, joined, "no comma sets the officer off: one person's second role")
}
