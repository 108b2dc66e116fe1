package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestNounPhraseLeavesOutAClauseSetOffByAComma(t *testing.T) {
	// the parse hangs the comma on the clause: "The audit, which is not a review, ..."
	d := doctest.Tree(t, "The/DET/DT/2/det audit/NOUN/NN/9/nsubj ,/PUNCT/,/7/punct which/PRON/WDT/7/nsubj is/AUX/VBZ/7/cop "+
		"a/DET/DT/7/det review/NOUN/NN/2/acl:relcl ,/PUNCT/,/2/punct started/VERB/VBD/0/root ./PUNCT/./9/punct")
	assert.Equal(t, "The audit", phraseOf(t, d, "audit", 0), "a non-restrictive clause adds to the phrase, it is not part of it")

	// the comma hangs on the noun, a participle clause follows it
	d = doctest.Tree(t, "The/DET/DT/2/det survey/NOUN/NN/7/nsubj ,/PUNCT/,/2/punct released/VERB/VBN/2/acl on/ADP/IN/6/case "+
		"Monday/PROPN/NNP/4/obl showed/VERB/VBD/0/root gains/NOUN/NNS/7/obj ./PUNCT/./7/punct")
	assert.Equal(t, "The survey", phraseOf(t, d, "survey", 0))

	// a dash sets a clause off as a comma does
	d = doctest.Tree(t, "The/DET/DT/2/det survey/NOUN/NN/8/nsubj --/PUNCT/:/6/punct which/PRON/WDT/6/nsubj:pass was/AUX/VBD/6/aux:pass "+
		"leaked/VERB/VBN/2/acl:relcl --/PUNCT/:/6/punct showed/VERB/VBD/0/root gains/NOUN/NNS/8/obj ./PUNCT/./8/punct")
	assert.Equal(t, "The survey", phraseOf(t, d, "survey", 0))

	// a restrictive clause takes no comma and stays
	d = doctest.Tree(t, "Nurses/NOUN/NNS/4/nsubj who/PRON/WP/3/nsubj stayed/VERB/VBD/1/acl:relcl left/VERB/VBD/0/root ./PUNCT/./4/punct")
	assert.Equal(t, "Nurses who stayed", phraseOf(t, d, "Nurses", 0))
}

func TestNounPhraseLeavesOutAnIncludingAppendix(t *testing.T) {
	d := doctest.Tree(t, "Critics/NOUN/NNS/2/nsubj faulted/VERB/VBD/0/root her/PRON/PRP$/4/nmod:poss dealings/NOUN/NNS/2/obj "+
		",/PUNCT/,/8/punct including/VERB/VBG/8/case her/PRON/PRP$/8/nmod:poss loans/NOUN/NNS/4/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "her dealings", phraseOf(t, d, "dealings", 0))

	// under the head too: "a number of rivals, including two banks"
	d = doctest.Tree(t, "A/DET/DT/2/det number/NOUN/NN/9/nsubj of/ADP/IN/4/case rivals/NOUN/NNS/2/nmod ,/PUNCT/,/8/punct "+
		"including/VERB/VBG/8/case two/NUM/CD/8/nummod banks/NOUN/NNS/4/nmod objected/VERB/VBD/0/root ./PUNCT/./9/punct")
	assert.Equal(t, "A number of rivals", phraseOf(t, d, "number", 0))

	// ", such as ...": an appendix of examples
	d = doctest.Tree(t, "Large/ADJ/JJ/2/amod states/NOUN/NNS/7/nsubj ,/PUNCT/,/6/punct such/ADJ/JJ/6/case as/ADP/IN/4/fixed "+
		"Ohio/PROPN/NNP/2/nmod voted/VERB/VBD/0/root ./PUNCT/./7/punct")
	assert.Equal(t, "Large states", phraseOf(t, d, "states", 0))

	// without a comma "including" is no appendix of the phrase's own making: it stays
	d = doctest.Tree(t, "Costs/NOUN/NNS/5/nsubj including/VERB/VBG/4/case rent/NOUN/NN/4/compound fees/NOUN/NNS/1/nmod "+
		"rose/VERB/VBD/0/root ./PUNCT/./5/punct")
	assert.Equal(t, "Costs including rent fees", phraseOf(t, d, "Costs", 0))
}

func TestNounPhraseLeavesTheVerbsPlaceOffItsPersonObject(t *testing.T) {
	// the parser hangs "in the city" on "reporters": where they were told
	d := doctest.Tree(t, "The/DET/DT/2/det mayor/NOUN/NN/3/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/3/iobj in/ADP/IN/7/case "+
		"the/DET/DT/7/det city/NOUN/NN/4/nmod that/SCONJ/IN/10/mark it/PRON/PRP/10/nsubj failed/VERB/VBD/3/ccomp ./PUNCT/./3/punct")
	d.Words[2].Lemma = "tell"
	assert.Equal(t, "reporters", phraseOf(t, d, "reporters", 0))

	// a place name, as the name tagger marks it
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj joined/VERB/VBD/0/root her/PRON/PRP$/4/nmod:poss brother/NOUN/NN/2/obj "+
		"in/ADP/IN/6/case Vellmar/PROPN/NNP/4/nmod ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Vellmar": doc.Place})
	d.Words[1].Lemma = "join"
	assert.Equal(t, "her brother", phraseOf(t, d, "brother", 0))

	// a subject's place picks out whom it means; so does one before a relative clause
	d = doctest.Tree(t, "Reporters/NOUN/NNS/5/nsubj in/ADP/IN/4/case the/DET/DT/4/det city/NOUN/NN/1/nmod left/VERB/VBD/0/root "+
		"./PUNCT/./5/punct")
	assert.Equal(t, "Reporters in the city", phraseOf(t, d, "Reporters", 0))
	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root voters/NOUN/NNS/2/obj in/ADP/IN/6/case the/DET/DT/6/det "+
		"city/NOUN/NN/3/nmod who/PRON/WP/8/nsubj left/VERB/VBD/3/acl:relcl ./PUNCT/./2/punct")
	d.Words[1].Lemma = "meet"
	assert.Equal(t, "voters in the city who left", phraseOf(t, d, "voters", 0))

	// the object of a verb that does not meet it there keeps its place
	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj want/VERB/VBP/0/root workers/NOUN/NNS/2/obj in/ADP/IN/6/case the/DET/DT/6/det "+
		"city/NOUN/NN/3/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "workers in the city", phraseOf(t, d, "workers", 0))

	// a thing keeps its place: "the plant in the city" is where the plant is
	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj attacked/VERB/VBD/0/root the/DET/DT/4/det plant/NOUN/NN/2/obj in/ADP/IN/7/case "+
		"the/DET/DT/7/det city/NOUN/NN/4/nmod ./PUNCT/./2/punct")
	d.Words[1].Lemma = "attack"
	assert.Equal(t, "the plant in the city", phraseOf(t, d, "plant", 0))
}

func TestTensOfThousandsIsOnePartitive(t *testing.T) {
	d := doctest.Tree(t, "Tens/NOUN/NNS/6/nsubj of/ADP/IN/3/case thousands/NOUN/NNS/1/nmod of/ADP/IN/5/case nurses/NOUN/NNS/3/nmod "+
		"marched/VERB/VBD/0/root ./PUNCT/./6/punct")
	typ, ok := partitiveType(d, 0, nameOfToken(d), nil)
	assert.True(t, ok, "the kind of a partitive of a partitive is its last complement's")
	assert.Equal(t, doc.Person, typ)

	// "thousands" alone is people to the lexicon; of dollars it is money
	d = doctest.Tree(t, "Hundreds/NOUN/NNS/7/nsubj:pass of/ADP/IN/3/case millions/NOUN/NNS/1/nmod of/ADP/IN/5/case dollars/NOUN/NNS/3/nmod "+
		"were/AUX/VBD/7/aux:pass spent/VERB/VBN/0/root ./PUNCT/./7/punct")
	_, ok = partitiveType(d, 0, nameOfToken(d), nil)
	assert.False(t, ok, "hundreds of millions of dollars are no people")
}

// A conjunct with the head's preposition that the parse hangs on a
// complement with another ends the phrase before it: it is coordinated
// with the head's own prepositional phrase.
func TestNounPhraseLeavesOutAConjunctWithItsOwnPreposition(t *testing.T) {
	d := doctest.Tree(t, "Aid/NOUN/NN/2/nsubj arrived/VERB/VBD/0/root at/ADP/IN/5/case the/DET/DT/5/det edge/NOUN/NN/2/obl "+
		"of/ADP/IN/8/case the/DET/DT/8/det city/NOUN/NN/5/nmod and/CCONJ/CC/12/cc at/ADP/IN/12/case the/DET/DT/12/det "+
		"camp/NOUN/NN/8/conj ./PUNCT/./2/punct")
	assert.Equal(t, "the edge of the city", phraseOf(t, d, "edge", 0))

	// conjuncts of the complement itself share its preposition or have none
	d = doctest.Tree(t, "Aid/NOUN/NN/2/nsubj reached/VERB/VBD/0/root the/DET/DT/4/det edge/NOUN/NN/2/obj "+
		"of/ADP/IN/7/case the/DET/DT/7/det city/NOUN/NN/4/nmod and/CCONJ/CC/11/cc of/ADP/IN/11/case the/DET/DT/11/det "+
		"camp/NOUN/NN/7/conj ./PUNCT/./2/punct")
	assert.Equal(t, "the edge of the city and of the camp", phraseOf(t, d, "edge", 0))

	// two prepositional phrases of one noun are coordinated whatever their prepositions
	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj feared/VERB/VBD/0/root clashes/NOUN/NNS/2/obj with/ADP/IN/6/case the/DET/DT/6/det "+
		"police/NOUN/NNS/3/nmod or/CCONJ/CC/10/cc between/ADP/IN/10/case rival/ADJ/JJ/10/amod groups/NOUN/NNS/6/conj ./PUNCT/./2/punct")
	assert.Equal(t, "clashes with the police or between rival groups", phraseOf(t, d, "clashes", 0))
}
