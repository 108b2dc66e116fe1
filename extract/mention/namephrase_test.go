package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A name's noun phrase is a mention of the name's entity when it says
// more of it than an article or a possessive marker.

func TestANamesPhraseWithAnAffiliationDescribesIt(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj thanked/VERB/VBD/0/root Ana/PROPN/NNP/4/compound Ruiz/PROPN/NNP/2/obj "+
		"of/ADP/IN/7/case the/DET/DT/7/det Greens/PROPN/NNPS/4/nmod ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Greens": doc.Organization})
	got := candidates(d)
	require.Contains(t, got, "Ana Ruiz of the Greens")
	require.NotNil(t, got["Ana Ruiz of the Greens"].Described)
	assert.Equal(t, "Ana Ruiz", got["Ana Ruiz of the Greens"].Described.Text)
}

func TestAnArticleAloneGivesANameNoSecondSpan(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj left/VERB/VBD/0/root the/DET/DT/5/det Green/PROPN/NNP/5/compound "+
		"Party/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Green Party": doc.Organization})
	assert.NotContains(t, candidates(d), "the Green Party", "one span per mention: the name's")
}

func TestTwoPeopleJoinedAreNoDescriptionOfTheFirst(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj thanked/VERB/VBD/0/root Ana/PROPN/NNP/4/compound Ruiz/PROPN/NNP/2/obj "+
		"of/ADP/IN/6/case Kestrel/PROPN/NNP/4/nmod and/CCONJ/CC/9/cc Bo/PROPN/NNP/9/compound Lind/PROPN/NNP/6/conj "+
		"./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Kestrel": doc.Organization, "Bo Lind": doc.Person})
	for text, n := range candidates(d) {
		if n.Described != nil && n.Described.Text == "Ana Ruiz" {
			assert.NotContains(t, text, "Bo Lind", "the parse hung the second person on the first's affiliation")
		}
	}
}

func TestAPartOfAPlaceIsNotThePlace(t *testing.T) {
	d := doctest.Tree(t, "They/PRON/PRP/2/nsubj toured/VERB/VBD/0/root downtown/ADJ/JJ/4/amod Oslo/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place})
	got := candidates(d)
	require.Contains(t, got, "downtown Oslo", "a part of a place is a place of its own")
	assert.Nil(t, got["downtown Oslo"].Described, "downtown Oslo is a part of Oslo, not Oslo")
	assert.Equal(t, doc.Place, got["downtown Oslo"].Type)

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj left/VERB/VBD/0/root the/DET/DT/5/det northern/ADJ/JJ/5/amod "+
		"Norway/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Norway": doc.Place})
	assert.Contains(t, candidates(d), "the northern Norway")

	d = doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj backed/VERB/VBD/0/root Kestrel/PROPN/NNP/4/compound Oslo/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place})
	assert.NotContains(t, candidates(d), "Kestrel Oslo", "a capitalised word before a place is no modifier")

	d = doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj backed/VERB/VBD/0/root Oslo/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place})
	assert.NotContains(t, candidates(d), "backed Oslo", "a verb is no modifier")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj beat/VERB/VBD/0/root champion/NOUN/NN/4/compound Norway/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Norway": doc.Place})
	assert.NotContains(t, candidates(d), "champion Norway", "a role is no part of a place")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj backed/VERB/VBD/0/root former/ADJ/JJ/4/amod Oslo/PROPN/NNP/2/obj "+
		"Mayor/PROPN/NNP/2/obj Ruiz/PROPN/NNP/5/flat ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place, "Ruiz": doc.Person})
	assert.NotContains(t, candidates(d), "former Oslo", "the place names the mayor's office")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj took/VERB/VBD/0/root an/DET/DT/5/det island/NOUN/NN/5/compound "+
		"Oslo/PROPN/NNP/2/obj claimed/VERB/VBD/5/acl ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place})
	assert.NotContains(t, candidates(d), "an island Oslo", "the noun heads a phrase of its own")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj took/VERB/VBD/0/root an/DET/DT/5/det island/ADJ/JJ/5/amod "+
		"Oslo/PROPN/NNP/6/nsubj claimed/VERB/VBD/2/ccomp ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place})
	assert.NotContains(t, candidates(d), "an island Oslo", "the noun heads a phrase of its own")
}

func TestCapitalisedWordsBeforeANameAreAName(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj joined/VERB/VBD/0/root Food/PROPN/NNP/5/compound Safety/PROPN/NNP/5/compound "+
		"Nordland/PROPN/NNP/2/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Nordland": doc.Place})
	assert.NotContains(t, candidates(d), "Food Safety Nordland", "a longer name the tagger cut, not a description")
}

func TestWordNetPlaceNounsHeadPlaces(t *testing.T) {
	typ, ok := lex.HeadNoun("suburbs")
	require.True(t, ok, "a WordNet district noun, by its singular")
	assert.Equal(t, doc.Place, typ)
}

func TestAClauseRunIntoANameIsNoDescription(t *testing.T) {
	d := doctest.Tree(t, "Most/ADJ/JJS/2/amod voters/NOUN/NNS/5/compound polled/VERB/VBN/2/acl now/ADV/RB/5/advmod "+
		"back/NOUN/NN/6/compound Ruiz/PROPN/NNP/0/root ./PUNCT/./6/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ruiz": doc.Person})
	for text, n := range candidates(d) {
		if n.Described != nil {
			assert.NotContains(t, text, "polled", "a verb before the name: the parse ran a clause into it")
		}
	}
}

func TestAHyphenatedNameSplitByTheParseKeepsItsAffiliation(t *testing.T) {
	// The parse split "Mei Lin-hua" into "Mei Lin" and an apposition "hua",
	// and hung the affiliation on "hua".
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj thanked/VERB/VBD/0/root Mei/PROPN/NNP/2/obj Lin/PROPN/NNP/3/flat "+
		"-/PUNCT/HYPH/6/punct hua/PROPN/NNP/3/appos of/ADP/IN/9/case the/DET/DT/9/det Greens/PROPN/NNPS/6/nmod ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Mei Lin - hua": doc.Person, "Greens": doc.Organization})
	got := candidates(d)
	require.Contains(t, got, "Mei Lin - hua of the Greens", "the split-off part's complement is the name's")
	assert.Equal(t, "Mei Lin - hua", got["Mei Lin - hua of the Greens"].Described.Text)
}
