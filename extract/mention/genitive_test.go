package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A passive's "by" agent hung on a noun is the verb's; a plural's genitive
// apostrophe read as a quotation mark stays with its possessor.

func TestAPassivesAgentHungOnTheObliqueIsLeftOut(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/2/det keys/NOUN/NNS/4/nsubj:pass were/AUX/VBD/4/aux:pass returned/VERB/VBN/0/root "+
		"to/ADP/IN/7/case the/DET/DT/7/det landlord/NOUN/NN/4/obl by/ADP/IN/9/case Ortiz/PROPN/NNP/7/nmod "+
		"on/ADP/IN/11/case Monday/PROPN/NNP/4/obl ./PUNCT/./4/punct")
	assert.Equal(t, "the landlord", phraseOf(t, d, "landlord", 0))
}

func TestAnAuthorUnderAnActiveVerbStays(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/2/det prize/NOUN/NN/3/nsubj went/VERB/VBD/0/root to/ADP/IN/6/case "+
		"a/DET/DT/6/det novel/NOUN/NN/3/obl by/ADP/IN/8/case Ruiz/PROPN/NNP/6/nmod ./PUNCT/./3/punct")
	assert.Equal(t, "a novel by Ruiz", phraseOf(t, d, "novel", 0))
}

func TestAPassiveWithAnAgentOfItsOwnKeepsTheNounsBy(t *testing.T) {
	// "a song by Lennon" is the title's author: the verb has its own agent.
	d := doctest.Tree(t, "It/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass likened/VERB/VBN/0/root to/ADP/IN/6/case "+
		"a/DET/DT/6/det song/NOUN/NN/3/obl by/ADP/IN/8/case Lennon/PROPN/NNP/6/nmod by/ADP/IN/11/case "+
		"the/DET/DT/11/det critic/NOUN/NN/3/obl:agent ./PUNCT/./3/punct")
	assert.Equal(t, "a song by Lennon", phraseOf(t, d, "song", 0))
}

func TestAPluralsApostropheReadAsPunctuationStaysWithThePossessor(t *testing.T) {
	d := doctest.Tree(t, "Officials/NOUN/NNS/2/nsubj rejected/VERB/VBD/0/root the/DET/DT/4/det rebels/NOUN/NNS/2/obj "+
		"'/PUNCT/''/4/punct demands/NOUN/NNS/4/appos ./PUNCT/./2/punct")
	d.Tokens[4].SpaceBefore = false
	assert.Equal(t, "the rebels '", phraseOf(t, d, "rebels", 0))
}

func TestAPluralInSingleQuotationMarksKeepsNoClosingMark(t *testing.T) {
	// "the 'experts' panel": the mark closes the quotation opened before it.
	d := doctest.Tree(t, "The/DET/DT/3/det '/PUNCT/``/3/punct experts/NOUN/NNS/6/nsubj '/PUNCT/''/3/punct "+
		"panel/NOUN/NN/6/nsubj met/VERB/VBD/0/root ./PUNCT/./6/punct")
	d.Tokens[3].SpaceBefore = false
	d.Tokens[2].SpaceBefore = false
	assert.Equal(t, "The ' experts", phraseOf(t, d, "experts", 0))
}

func TestABySeveralComplementsAfterTheObliqueStays(t *testing.T) {
	// "by Ortiz" may say who made the copy of the lease: the nearer noun's.
	d := doctest.Tree(t, "He/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass shown/VERB/VBN/0/root a/DET/DT/5/det "+
		"copy/NOUN/NN/3/obl of/ADP/IN/8/case the/DET/DT/8/det lease/NOUN/NN/5/nmod by/ADP/IN/10/case "+
		"Ortiz/PROPN/NNP/5/nmod ./PUNCT/./3/punct")
	assert.Equal(t, "a copy of the lease by Ortiz", phraseOf(t, d, "copy", 0))
}
