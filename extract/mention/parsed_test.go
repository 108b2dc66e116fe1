package mention

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func candidates(d *doc.Document) map[string]doc.NominalMention {
	FindNominalMentions(d)
	return nominalTexts(d, d.Nominals)
}

func TestDescriptionBeforeANameDescribesIt(t *testing.T) {
	d := doctest.Tree(t, "Kestrel/PROPN/NNP/2/compound CEO/PROPN/NNP/4/compound Ana/PROPN/NNP/4/compound Ruiz/PROPN/NNP/5/nsubj "+
		"resigned/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Kestrel": doc.Organization, "Ana Ruiz": doc.Person})
	got := candidates(d)
	require.Contains(t, got, "Kestrel CEO Ana Ruiz", "the officer's title with the company before it")
	require.NotNil(t, got["Kestrel CEO Ana Ruiz"].Described)
	assert.Equal(t, "Ana Ruiz", got["Kestrel CEO Ana Ruiz"].Described.Text)

	d = doctest.Tree(t, "Sen./PROPN/NNP/3/compound Ana/PROPN/NNP/3/compound Ruiz/PROPN/NNP/4/nsubj spoke/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	assert.Contains(t, candidates(d), "Sen. Ana Ruiz", "an abbreviated title")

	d = doctest.Tree(t, "Critics/NOUN/NNS/6/nsubj of/ADP/IN/5/case analyst/NOUN/NN/5/compound Ana/PROPN/NNP/5/compound "+
		"Ruiz/PROPN/NNP/1/nmod disagreed/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	got = candidates(d)
	require.Contains(t, got, "analyst Ana Ruiz")
	require.Contains(t, got, "Critics of analyst Ana Ruiz")
	assert.Nil(t, got["Critics of analyst Ana Ruiz"].Described, "critics of someone are not that someone")

	d = doctest.Tree(t, "Rivals/NOUN/NNS/4/compound Ford/PROPN/NNP/5/nsubj and/CCONJ/CC/4/cc Kia/PROPN/NNP/2/conj merged/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ford": doc.Organization, "Kia": doc.Organization})
	assert.NotContains(t, candidates(d), "Rivals Ford", "a plural describes the two")
}

func TestCandidatesAreTypedNounPhrases(t *testing.T) {
	d := doctest.Parsed(t, "He bought a large lawn mower last week. She criticized her state's governor. "+
		"A spokesman for the navy said local residents who live near the harbour were angry.", nil)
	got := candidates(d)
	for text, n := range got {
		assert.NotContains(t, text, "mower", "a machine is no person")
		assert.NotContains(t, text, "criticized", "a candidate is a noun phrase")
		assert.Contains(t, []doc.EntityType{doc.Person, doc.Organization, doc.Place}, n.Type, text)
	}
	require.Contains(t, got, "her state's governor")
	assert.Equal(t, doc.Person, got["her state's governor"].Type)
	assert.True(t, got["her state's governor"].Definite, "a possessor makes it definite")
	require.Contains(t, got, "her state's")
	assert.Equal(t, doc.Place, got["her state's"].Type)
	require.Contains(t, got, "A spokesman for the navy")
	assert.Equal(t, "spokesman", d.Tokens[got["A spokesman for the navy"].Head].Text)
	require.Contains(t, got, "the navy")
	assert.Equal(t, doc.Organization, got["the navy"].Type)
	require.Contains(t, got, "local residents who live near the harbour")
	assert.True(t, got["local residents who live near the harbour"].Plural)
	assert.True(t, got["local residents who live near the harbour"].Restricted, "the clause says which residents")
}

func TestNamesAreNotCandidates(t *testing.T) {
	d := doctest.Tree(t, "Ana/PROPN/NNP/2/compound Ruiz/PROPN/NNP/3/nsubj visited/VERB/VBD/0/root the/DET/DT/5/det "+
		"Kestrel/PROPN/NNP/3/obj")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Kestrel": doc.Organization})
	for text := range candidates(d) {
		assert.NotEqual(t, "Ana Ruiz", text)
		assert.NotEqual(t, "the Kestrel", text, "a name keeps the tagger's extent")
	}
}

func TestDescribedNameTakesItsAffiliationOnly(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj praised/VERB/VBD/0/root candidate/NOUN/NN/5/compound Ana/PROPN/NNP/5/compound "+
		"Ruiz/PROPN/NNP/2/obj of/ADP/IN/8/case the/DET/DT/8/det Greens/PROPN/NNPS/5/nmod for/ADP/IN/10/case "+
		"speaking/VERB/VBG/5/acl ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Greens": doc.Organization})
	got := candidates(d)
	assert.Contains(t, got, "candidate Ana Ruiz of the Greens", "an affiliation with 'of' is the person's")
	for text := range got {
		assert.NotContains(t, text, "speaking", "what the clause says of the person is not the description")
	}
}

func TestNameNounPhrasesAddTheNamesPhraseWhenAsked(t *testing.T) {
	build := func() *doc.Document {
		d := doctest.Tree(t, "She/PRON/PRP/2/nsubj visited/VERB/VBD/0/root the/DET/DT/5/det United/PROPN/NNP/5/compound "+
			"States/PROPN/NNP/2/obj ./PUNCT/./2/punct")
		doctest.Names(d, map[string]doc.EntityType{"United States": doc.Place})
		return d
	}
	assert.NotContains(t, candidates(build()), "the United States", "one span per mention: the name's")
	NameNounPhrases = true
	defer func() { NameNounPhrases = false }()
	d := build()
	got := candidates(d)
	require.Contains(t, got, "the United States")
	require.NotNil(t, got["the United States"].Described)
	assert.Equal(t, "United States", got["the United States"].Described.Text)
}

func TestAffiliationOnTheLastWordOfANameIsTheNames(t *testing.T) {
	// The parser hangs "of the Greens" on "Ruiz", the flat part of the name.
	d := doctest.Tree(t, "Ana/PROPN/NNP/4/nsubj Ruiz/PROPN/NNP/1/flat of/ADP/IN/4/case Greens/PROPN/NNPS/2/nmod "+
		"won/VERB/VBD/0/root ./PUNCT/./5/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Greens": doc.Organization})
	got := candidates(d)
	require.Contains(t, got, "Ana Ruiz of Greens")
	require.NotNil(t, got["Ana Ruiz of Greens"].Described)
	assert.Equal(t, "Ana Ruiz", got["Ana Ruiz of Greens"].Described.Text)
}

func TestRelativeClauseOnANameIsPartOfItsPhraseWithoutAComma(t *testing.T) {
	d := doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root Ola/PROPN/NNP/2/obj Berg/PROPN/NNP/3/flat ,/PUNCT/,/7/punct "+
		"who/PRON/WP/7/nsubj farms/VERB/VBZ/3/acl:relcl oats/NOUN/NNS/7/obj ,/PUNCT/,/7/punct on/ADP/IN/11/case "+
		"Monday/PROPN/NNP/2/obl ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ola Berg": doc.Person})
	for text := range candidates(d) {
		assert.NotContains(t, text, "farms", "a clause set off by a comma adds to the name, it is no part of its phrase")
	}

	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det Ola/PROPN/NNP/2/obj who/PRON/WP/6/nsubj "+
		"farms/VERB/VBZ/4/acl:relcl oats/NOUN/NNS/6/obj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ola": doc.Person})
	got := candidates(d)
	require.Contains(t, got, "the Ola who farms oats", "a restrictive relative clause belongs to the noun phrase")
	assert.Equal(t, "Ola", got["the Ola who farms oats"].Described.Text)

	// "WHO" is the name, not a relative word: the verb after it is the sentence's.
	d = doctest.Tree(t, "The/DET/DT/3/det Health/PROPN/NNP/3/compound Agency/PROPN/NNP/0/root (/PUNCT/-LRB-/5/punct "+
		"WHO/PRON/WP/7/nsubj )/PUNCT/-RRB-/5/punct urges/VERB/VBZ/3/acl:relcl testing/NOUN/NN/7/obj")
	doctest.Names(d, map[string]doc.EntityType{"Health Agency": doc.Organization, "WHO": doc.Organization})
	for text := range candidates(d) {
		assert.NotContains(t, text, "urges")
	}
}

func TestConjunctionInsideARelativeClauseKeepsTheNamesPhrase(t *testing.T) {
	d := doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det Ola/PROPN/NNP/2/obj who/PRON/WP/6/nsubj "+
		"sells/VERB/VBZ/4/acl:relcl oats/NOUN/NNS/6/obj and/CCONJ/CC/9/cc rye/NOUN/NN/7/conj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ola": doc.Person})
	assert.Contains(t, candidates(d), "the Ola who sells oats and rye", "the 'and' joins what she sells, not two people")
}

func TestPartitiveTakesTheTypeOfItsComplement(t *testing.T) {
	d := doctest.Tree(t, "One/NUM/CD/5/nsubj of/ADP/IN/4/case the/DET/DT/4/det nurses/NOUN/NNS/1/nmod resigned/VERB/VBD/0/root")
	got := candidates(d)
	require.Contains(t, got, "One of the nurses", "one of the nurses is a nurse")
	assert.Equal(t, doc.Person, got["One of the nurses"].Type)
	assert.Contains(t, got, "the nurses")

	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj thanked/VERB/VBD/0/root all/DET/DT/2/obj of/ADP/IN/5/case us/PRON/PRP/3/nmod")
	got = candidates(d)
	require.Contains(t, got, "all of us")
	assert.Equal(t, doc.Person, got["all of us"].Type)

	d = doctest.Tree(t, "One/NUM/CD/5/nsubj of/ADP/IN/4/case the/DET/DT/4/det reasons/NOUN/NNS/1/nmod remains/VERB/VBZ/0/root")
	assert.Empty(t, candidates(d), "one of the reasons is no person, organisation or place")
}

func TestIndefinitePronounsOfPeopleAreCandidates(t *testing.T) {
	d := doctest.Tree(t, "Everyone/PRON/NN/2/nsubj cheered/VERB/VBD/0/root ,/PUNCT/,/7/punct but/CCONJ/CC/7/cc "+
		"no/DET/DT/6/det one/PRON/NN/7/nsubj danced/VERB/VBD/2/conj")
	got := candidates(d)
	require.Contains(t, got, "Everyone")
	assert.Equal(t, doc.Person, got["Everyone"].Type)
	require.Contains(t, got, "no one")
	assert.Equal(t, doc.Person, got["no one"].Type)

	d = doctest.Tree(t, "One/NUM/CD/2/nsubj left/VERB/VBD/0/root")
	assert.Empty(t, candidates(d), "a bare number is no one in particular")
}

func TestNamesAffiliationStandsWhenWhatPrecedesIsNoDescription(t *testing.T) {
	// The parser hangs "Bo Lind of Kestrel" on "Ana" as a modifier before it.
	d := doctest.Tree(t, "Bo/PROPN/NNP/6/nmod Lind/PROPN/NNP/1/flat of/ADP/IN/4/case Kestrel/PROPN/NNP/1/nmod ,/PUNCT/,/6/punct "+
		"Ana/PROPN/NNP/11/nsubj Ruiz/PROPN/NNP/6/flat of/ADP/IN/10/case the/DET/DT/10/det Greens/PROPN/NNPS/6/nmod "+
		"won/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Bo Lind": doc.Person, "Kestrel": doc.Organization,
		"Ana Ruiz": doc.Person, "Greens": doc.Organization})
	got := candidates(d)
	require.Contains(t, got, "Ana Ruiz of the Greens")
	assert.Equal(t, "Ana Ruiz", got["Ana Ruiz of the Greens"].Described.Text)
	for text := range got {
		assert.NotContains(t, text, "Kestrel , Ana", "another person's phrase is no description of her")
	}
}

func TestShareOfPeopleIsAPartitiveButNotAShareOfAFirm(t *testing.T) {
	d := doctest.Tree(t, "About/ADV/RB/2/advmod 60/NUM/CD/3/nummod percent/NOUN/NN/6/nsubj of/ADP/IN/5/case "+
		"tenants/NOUN/NNS/3/nmod voted/VERB/VBD/0/root")
	got := candidates(d)
	require.Contains(t, got, "About 60 percent of tenants", "a share of tenants is tenants")
	assert.Equal(t, doc.Person, got["About 60 percent of tenants"].Type)

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj bought/VERB/VBD/0/root 40/NUM/CD/4/nummod %/SYM/NN/2/obj of/ADP/IN/7/case "+
		"the/DET/DT/7/det bakery/NOUN/NN/4/nmod")
	for text := range candidates(d) {
		assert.NotContains(t, text, "%", "a share of a firm is a stake, not the firm")
	}
}

func TestPartitiveAdjectiveTakesItsOfOblique(t *testing.T) {
	// An adjective's "of" complement is an oblique in UD.
	d := doctest.Tree(t, "Several/ADJ/JJ/5/nsubj of/ADP/IN/4/case our/PRON/PRP$/4/nmod:poss cousins/NOUN/NNS/1/obl "+
		"moved/VERB/VBD/0/root")
	got := candidates(d)
	require.Contains(t, got, "Several of our cousins")
	assert.Equal(t, doc.Person, got["Several of our cousins"].Type)
}

func TestPlaceWithTheNameOfWhatContainsItIsOnePhrase(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj lives/VERB/VBZ/0/root in/ADP/IN/4/case Tromsø/PROPN/NNP/2/obl ,/PUNCT/,/6/punct "+
		"Norway/PROPN/NNP/4/appos ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Tromsø": doc.Place, "Norway": doc.Place})
	got := candidates(d)
	require.Contains(t, got, "Tromsø , Norway")
	assert.Equal(t, "Tromsø", got["Tromsø , Norway"].Described.Text, "the phrase names the town")

	// A list of places is no such phrase.
	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj toured/VERB/VBD/0/root Oslo/PROPN/NNP/2/obj ,/PUNCT/,/5/punct "+
		"Bergen/PROPN/NNP/3/conj and/CCONJ/CC/7/cc Tromsø/PROPN/NNP/3/conj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place, "Bergen": doc.Place, "Tromsø": doc.Place})
	for text := range candidates(d) {
		assert.NotContains(t, text, ",", "members of a list")
	}
	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj toured/VERB/VBD/0/root Oslo/PROPN/NNP/2/obj ,/PUNCT/,/5/punct "+
		"Bergen/PROPN/NNP/3/appos and/CCONJ/CC/7/cc Tromsø/PROPN/NNP/3/conj ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Oslo": doc.Place, "Bergen": doc.Place, "Tromsø": doc.Place})
	for text := range candidates(d) {
		assert.NotContains(t, text, ",", "a conjunction after the second place makes a list, whatever the parse")
	}
}

func TestThoseWithAWhoClauseAreCandidates(t *testing.T) {
	d := doctest.Tree(t, "Those/PRON/DT/4/nsubj who/PRON/WP/3/nsubj stayed/VERB/VBD/1/acl:relcl rebuilt/VERB/VBD/0/root "+
		"the/DET/DT/6/det town/NOUN/NN/4/obj")
	got := candidates(d)
	assert.Contains(t, got, "Those who stayed")
	assert.Equal(t, doc.Person, got["Those who stayed"].Type)

	d = doctest.Tree(t, "Those/PRON/DT/4/nsubj which/PRON/WDT/3/nsubj fell/VERB/VBD/1/acl:relcl cracked/VERB/VBD/0/root")
	assert.NotContains(t, candidates(d), "Those which fell", "things, not people")
}

// A listed head noun is typed by itself, not by the possessor or the
// modifier the tagger lets colour its span.
func TestListedHeadNounTypesItsPhrase(t *testing.T) {
	d := doctest.Parsed(t, "The mayor angered many in the governor's own party. "+
		"Critics in his party's leadership objected, and Pentagon officials agreed.", nil)
	got := candidates(d)
	require.Contains(t, got, "the governor's own party")
	assert.Equal(t, doc.Organization, got["the governor's own party"].Type)
	require.Contains(t, got, "his party's")
	assert.Equal(t, doc.Organization, got["his party's"].Type)
	require.Contains(t, got, "Pentagon officials")
	assert.Equal(t, doc.Person, got["Pentagon officials"].Type)
}

// A partitive phrase takes its complement's kind: a count of people is a
// quantity, and hundreds of machines are no people; a number of people
// are people.
func TestPartitivesTakeTheirComplementsKind(t *testing.T) {
	d := doctest.Parsed(t, "Officials said the number of migrants had doubled. "+
		"Thousands of jobs were lost when hundreds of power plants closed. "+
		"A number of residents left the town.", nil)
	got := candidates(d)
	for text := range got {
		assert.NotContains(t, text, "number of migrants", "a count is no person")
		assert.NotContains(t, text, "hundreds", "plants are no people")
		assert.NotContains(t, text, "Thousands", "jobs are no people")
	}
	assert.Contains(t, got, "migrants", "the people counted are still a mention")
	require.Contains(t, got, "A number of residents")
	assert.Equal(t, doc.Person, got["A number of residents"].Type)
}

// A plural one-word name counted by a partitive is a group of people,
// whatever type the name tagger gave it.
func TestPartitiveOfAPluralNameIsPeople(t *testing.T) {
	d := doctest.Parsed(t, "Thousands of Zorvians marched in the capital.", map[string]doc.EntityType{"Zorvians": doc.Place})
	got := candidates(d)
	require.Contains(t, got, "Thousands of Zorvians")
	assert.Equal(t, doc.Person, got["Thousands of Zorvians"].Type)
}

// The noun of a verb idiom names no place ("gained ground").
func TestAnIdiomsNounIsNoCandidate(t *testing.T) {
	d := doctest.Parsed(t, "The mayor gained ground in the polls, and the rebels held the ground near the river.", nil)
	got := candidates(d)
	for text := range got {
		assert.NotContains(t, text, "ground in", "\"gained ground\" is an idiom")
	}
	held := false
	for text := range got {
		held = held || strings.HasPrefix(text, "the ground") // "near the river" may be the ground's
	}
	assert.True(t, held, "held ground is a place: %v", got)
}

// A bare noun in the complement of a person's title is a word of the
// title ("Secretary of State"), no mention; a determiner makes it one.
func TestATitlesWordIsNoCandidate(t *testing.T) {
	d := doctest.Parsed(t, "The Secretary of State met the assistant secretary of state for population. "+
		"The governor of the state spoke.", nil)
	got := candidates(d)
	for text, n := range got {
		assert.NotEqual(t, "State", text)
		assert.NotEqual(t, "state for population", text)
		assert.NotEqual(t, "population", text, n.Type)
	}
	assert.Contains(t, got, "the state", "the state the governor governs is a place")
}

// A gathering is an event, no group of people.
func TestAGatheringIsNoCandidate(t *testing.T) {
	d := doctest.Parsed(t, "Delegates left the national convention early, and the organisers of the summit met.", nil)
	got := candidates(d)
	for text := range got {
		assert.NotEqual(t, "the national convention", text)
		assert.NotEqual(t, "the summit", text)
	}
	assert.Contains(t, got, "the organisers of the summit", "the people who run it are people")
}

// A side is a place only as the side of something or in a direction.
func TestASideIsAPlaceOnlyOfSomething(t *testing.T) {
	d := doctest.Parsed(t, "Both sides claimed victory, and the Liberal side walked out. "+
		"Troops gathered on the north side of the river and on the far side of the valley.", nil)
	got := candidates(d)
	for text := range got {
		assert.NotEqual(t, "Both sides", text)
		assert.NotEqual(t, "the Liberal side", text)
	}
	assert.Contains(t, got, "the north side of the river")
}

// A noun the parse hangs on a verb as a compound heads a phrase of its
// own: the parser's misreading of a headline's source ("..., lawyer says").
func TestACompoundOnAVerbIsACandidate(t *testing.T) {
	d := doctest.Tree(t, "Singer/NOUN/NN/2/nsubj quits/VERB/VBZ/0/root tour/NOUN/NN/2/obj ,/PUNCT/,/6/punct "+
		"lawyer/NOUN/NN/6/compound says/VERB/VBZ/2/conj")
	got := candidates(d)
	require.Contains(t, got, "lawyer")
	assert.Equal(t, doc.Person, got["lawyer"].Type)

	d = doctest.Tree(t, "The/DET/DT/3/det defence/NOUN/NN/3/compound lawyer/NOUN/NN/4/nsubj spoke/VERB/VBD/0/root")
	assert.NotContains(t, candidates(d), "defence", "a compound on a noun modifies it")

	// a noun the tagger took for a verb stands in its noun phrase
	d = doctest.Tree(t, "Insurers/NOUN/NNS/2/nsubj left/VERB/VBD/0/root many/ADJ/JJ/5/amod state/NOUN/NN/5/compound "+
		"exchanges/VERB/VBZ/2/obj")
	assert.NotContains(t, candidates(d), "state", "the state of \"state exchanges\" is no phrase of its own")

	// so does a participle coordinated with a noun
	d = doctest.Tree(t, "Ana/PROPN/NNP/0/root is/AUX/VBZ/1/cop president/NOUN/NN/1/nmod and/CCONJ/CC/6/cc chief/NOUN/NN/6/compound "+
		"operating/VERB/VBG/3/conj officer/NOUN/NN/6/obj")
	assert.NotContains(t, candidates(d), "chief", "a title's word")

	// nor is a word hyphened to the verb
	d = doctest.Tree(t, "Than/ADP/IN/5/case tiny/ADJ/JJ/5/amod land/NOUN/NN/5/compound -/PUNCT/HYPH/3/punct locked/VERB/VBN/0/root "+
		"Armenia/PROPN/NNP/5/obj")
	assert.NotContains(t, candidates(d), "land", "\"land-locked\" is one word")

	// nor one of two compounds of a noun the tagger took for a verb
	d = doctest.Tree(t, "Diets/NOUN/NNS/2/nsubj raise/VERB/VBP/0/root world/NOUN/NN/5/compound food/NOUN/NN/5/compound "+
		"needs/VERB/VBZ/2/ccomp")
	assert.NotContains(t, candidates(d), "world", "\"world food needs\" is one noun phrase")
}
