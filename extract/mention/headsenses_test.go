package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeadSensesDecideTheType(t *testing.T) {
	d := doctest.Tree(t, "Unaccompanied/ADJ/JJ/2/amod minors/NOUN/NNS/3/nsubj arrived/VERB/VBD/0/root")
	got := candidates(d)
	require.Contains(t, got, "Unaccompanied minors")
	assert.Equal(t, doc.Person, got["Unaccompanied minors"].Type, "minors are people, not leagues")

	d = doctest.Tree(t, "Veterans/NOUN/NNS/2/compound groups/NOUN/NNS/3/nsubj protested/VERB/VBD/0/root")
	got = candidates(d)
	require.Contains(t, got, "Veterans groups")
	assert.Equal(t, doc.Organization, got["Veterans groups"].Type, "plural groups are bodies")

	d = doctest.Tree(t, "Ethnic/ADJ/JJ/2/amod groups/NOUN/NNS/3/nsubj differ/VERB/VBP/0/root")
	got = candidates(d)
	require.Contains(t, got, "Ethnic groups")
	assert.Equal(t, doc.Person, got["Ethnic groups"].Type, "a kind of people")

	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj protects/VERB/VBZ/0/root the/DET/DT/4/det environment/NOUN/NN/2/obj")
	assert.NotContains(t, candidates(d), "the environment", "no place, whatever the lexicon counted")
}

func TestOfficeIsStaffOwnedAndAPositionBare(t *testing.T) {
	d := doctest.Tree(t, "Her/PRON/PRP$/2/nmod:poss office/NOUN/NN/3/nsubj refused/VERB/VBD/0/root")
	got := candidates(d)
	require.Contains(t, got, "Her office")
	assert.Equal(t, doc.Organization, got["Her office"].Type, "the people who work for her")

	d = doctest.Tree(t, "He/PRON/PRP/2/nsubj sought/VERB/VBD/0/root office/NOUN/NN/2/obj")
	assert.NotContains(t, candidates(d), "office", "a position")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj rented/VERB/VBD/0/root a/DET/DT/5/det small/ADJ/JJ/5/amod office/NOUN/NN/2/obj")
	got = candidates(d)
	require.Contains(t, got, "a small office")
	assert.Equal(t, doc.Place, got["a small office"].Type, "a room is a place")
}

func TestAcronymPluralIsNoGroupOfPeople(t *testing.T) {
	assert.True(t, acronymPlural("NGOs"))
	assert.False(t, acronymPlural("Syrians"))
	assert.False(t, acronymPlural("MPs"), "members of parliament are people")
	assert.False(t, acronymPlural("GIs"))
	d := doctest.Tree(t, "Dozens/NOUN/NNS/4/nsubj of/ADP/IN/3/case NGOs/PROPN/NNPS/1/nmod signed/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"NGOs": doc.Organization})
	got := candidates(d)
	require.Contains(t, got, "Dozens of NGOs")
	assert.Equal(t, doc.Organization, got["Dozens of NGOs"].Type, "counted bodies, not people")
}

func TestCommonGroundIsAnIdiom(t *testing.T) {
	d := doctest.Parsed(t, "The two unions finally found common ground on wages.", nil)
	for text := range candidates(d) {
		assert.NotContains(t, text, "ground", "an agreement, no place")
	}
	d = doctest.Parsed(t, "The plane hit the ground.", nil)
	assert.Contains(t, candidates(d), "the ground", "the ground itself is a place")
}

func TestOfficeOwnedAsARoomStaysAPlace(t *testing.T) {
	d := doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root in/ADP/IN/5/case her/PRON/PRP$/5/nmod:poss office/NOUN/NN/2/obl")
	got := candidates(d)
	require.Contains(t, got, "her office")
	assert.Equal(t, doc.Place, got["her office"].Type, "where they met")
}

func TestSentenceAdverbIsNoName(t *testing.T) {
	d := doctest.Parsed(t, "Additionally, the bakery raised its prices. Kelly, who runs it, agreed. Moreover, she hired two cooks.", nil)
	FindNames(d)
	var got []string
	for _, m := range d.Mentions {
		if m.Kind == doc.Name {
			got = append(got, m.Text)
		}
	}
	assert.NotContains(t, got, "Additionally", "an adverb set off by a comma")
	assert.NotContains(t, got, "Moreover")
	assert.Contains(t, got, "Kelly", "a name before a comma stays")
}
