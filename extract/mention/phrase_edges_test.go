package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestNounPhraseLeavesOutAVerbOfAnotherFormCoordinatedIntoItsClause(t *testing.T) {
	// The parser hangs the sentence's second predicate ("and approved a
	// levy") on the relative clause's verb: a present and a past.
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj opposed/VERB/VBD/0/root the/DET/DT/4/det grant/NOUN/NN/2/obj that/PRON/WDT/6/nsubj "+
		"feeds/VERB/VBZ/4/acl:relcl the/DET/DT/8/det mills/NOUN/NNS/6/obj and/CCONJ/CC/10/cc approved/VERB/VBN/6/conj "+
		"a/DET/DT/12/det levy/NOUN/NN/10/obj ./PUNCT/./2/punct")
	assert.Equal(t, "the grant that feeds the mills", phraseOf(t, d, "grant", 0))

	// Verbs of one form coordinated inside the clause stay, below an
	// auxiliary and above it.
	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det tenants/NOUN/NNS/2/obj who/PRON/WP/6/nsubj "+
		"moved/VERB/VBD/4/acl:relcl in/ADP/RP/6/compound:prt and/CCONJ/CC/9/cc stayed/VERB/VBD/6/conj ./PUNCT/./2/punct")
	assert.Equal(t, "the tenants who moved in and stayed", phraseOf(t, d, "tenants", 0))
	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root a/DET/DT/4/det pilot/NOUN/NN/2/obj who/PRON/WP/7/nsubj "+
		"has/AUX/VBZ/7/aux retired/VERB/VBN/4/acl:relcl and/CCONJ/CC/9/cc teaches/VERB/VBZ/7/conj ./PUNCT/./2/punct")
	assert.Equal(t, "a pilot who has retired and teaches", phraseOf(t, d, "pilot", 0))
	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root a/DET/DT/4/det crew/NOUN/NN/2/obj that/PRON/WDT/7/nsubj "+
		"is/AUX/VBZ/7/aux painting/VERB/VBG/4/acl:relcl and/CCONJ/CC/9/cc sanding/VERB/VBG/7/conj ./PUNCT/./2/punct")
	assert.Equal(t, "a crew that is painting and sanding", phraseOf(t, d, "crew", 0))
}

func TestNounPhraseLeavesOutASecondBareParticipleOnItsNoun(t *testing.T) {
	// "doubled" read as a participle on the noun: a second reduced
	// relative after "waiting at the gate" is the clause's verb.
	d := doctest.Tree(t, "Fares/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root after/ADP/IN/5/case the/DET/DT/5/det "+
		"number/NOUN/NN/2/obl of/ADP/IN/7/case travellers/NOUN/NNS/5/nmod waiting/VERB/VBG/7/acl at/ADP/IN/11/case "+
		"the/DET/DT/11/det gate/NOUN/NN/8/obl doubled/VERB/VBN/7/acl in/ADP/IN/14/case May/PROPN/NNP/12/obl ./PUNCT/./2/punct")
	assert.Equal(t, "the number of travellers waiting at the gate", phraseOf(t, d, "number", 0))

	// After a comma a second participle adds to the phrase: no part of it.
	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj saw/VERB/VBD/0/root riders/NOUN/NNS/2/obj waiting/VERB/VBG/3/acl "+
		"outside/ADV/RB/4/advmod ,/PUNCT/,/7/punct soaked/VERB/VBN/3/acl by/ADP/IN/9/case rain/NOUN/NN/7/obl:agent ./PUNCT/./2/punct")
	assert.Equal(t, "riders waiting outside", phraseOf(t, d, "riders", 0))
}

func TestNounPhraseLeavesOutAWhoClauseOnAPlace(t *testing.T) {
	// "who" stands for people: the clause on "region" is the parser's
	// misreading of "farmers across the region, who ...".
	d := doctest.Tree(t, "It/PRON/PRP/2/nsubj angered/VERB/VBD/0/root farmers/NOUN/NNS/2/obj across/ADP/IN/6/case "+
		"the/DET/DT/6/det region/NOUN/NN/3/nmod ,/PUNCT/,/9/punct who/PRON/WP/9/nsubj protested/VERB/VBD/6/acl:relcl ./PUNCT/./2/punct")
	assert.Equal(t, "the region", phraseOf(t, d, "region", 0))

	// A "who" after a complement stands for the complement's people.
	d = doctest.Tree(t, "A/DET/DT/2/det third/NOUN/NN/0/root of/ADP/IN/5/case the/DET/DT/5/det people/NOUN/NNS/2/nmod "+
		"who/PRON/WP/7/nsubj live/VERB/VBP/2/acl:relcl here/ADV/RB/7/advmod ./PUNCT/./2/punct")
	assert.Equal(t, "A third of the people who live here", phraseOf(t, d, "third", 0))
}

func TestNounPhraseLeavesOutWhatIsNoPartOfIt(t *testing.T) {
	// Two objects run into one compound: "cost the port dozens of jobs".
	d := doctest.Tree(t, "It/PRON/PRP/2/nsubj cost/VERB/VBD/0/root the/DET/DT/4/det port/NOUN/NN/5/compound "+
		"dozens/NOUN/NNS/2/obj of/ADP/IN/7/case jobs/NOUN/NNS/5/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "dozens of jobs", phraseOf(t, d, "dozens", 0))
	// An article the parser hung on a modifier of another noun stays.
	d = doctest.Tree(t, "the/DET/DT/2/det harbour/NOUN/NN/3/compound master/NOUN/NN/4/nsubj left/VERB/VBD/0/root ./PUNCT/./4/punct")
	assert.Equal(t, "the harbour master", phraseOf(t, d, "master", 0))

	// A "than" complement belongs to a comparative outside the phrase ...
	d = doctest.Tree(t, "I/PRON/PRP/3/nsubj would/AUX/MD/3/aux pick/VERB/VB/0/root a/DET/DT/5/det nurse/NOUN/NN/3/obj "+
		"than/ADP/IN/8/case a/DET/DT/8/det lawyer/NOUN/NN/5/nmod ./PUNCT/./3/punct")
	assert.Equal(t, "a nurse", phraseOf(t, d, "nurse", 0))
	// ... or to one inside it.
	d = doctest.Tree(t, "There/PRON/EX/2/expl are/VERB/VBP/0/root more/ADJ/JJR/4/amod nurses/NOUN/NNS/2/nsubj "+
		"than/ADP/IN/6/case doctors/NOUN/NNS/4/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "more nurses than doctors", phraseOf(t, d, "nurses", 0))

	// The "what" of a free relative opens no noun phrase.
	d = doctest.Tree(t, "It/PRON/PRP/2/nsubj ended/VERB/VBD/0/root in/ADP/IN/4/case what/PRON/WP/5/det "+
		"critics/NOUN/NNS/6/nsubj called/VERB/VBD/2/obl a/DET/DT/8/det rout/NOUN/NN/6/obj ./PUNCT/./2/punct")
	assert.Equal(t, "critics", phraseOf(t, d, "critics", 0))
}

func TestNounPhraseClosesABracketItOpens(t *testing.T) {
	d := doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root a/DET/DT/4/det niece/NOUN/NN/2/obj of/ADP/IN/6/case "+
		"Ruiz/PROPN/NNP/4/nmod (/PUNCT/-LRB-/9/punct a/DET/DT/9/det painter/NOUN/NN/6/appos )/PUNCT/-RRB-/9/punct "+
		"today/NOUN/NN/2/obl:tmod")
	assert.Equal(t, "a niece of Ruiz ( a painter )", phraseOf(t, d, "niece", 0))
}
