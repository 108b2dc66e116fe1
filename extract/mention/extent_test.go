package mention

import (
	"testing"

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

	// without a comma "including" is no appendix of the phrase's own making: it stays
	d = doctest.Tree(t, "Costs/NOUN/NNS/5/nsubj including/VERB/VBG/4/case rent/NOUN/NN/4/compound fees/NOUN/NNS/1/nmod "+
		"rose/VERB/VBD/0/root ./PUNCT/./5/punct")
	assert.Equal(t, "Costs including rent fees", phraseOf(t, d, "Costs", 0))
}
