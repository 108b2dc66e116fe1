package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestNounPhraseEndsBeforeAnInnerApposition(t *testing.T) {
	// "The chair of the dairy board, Ana Ruiz, resigned.": the parser hangs the name on "board"
	d := doctest.Tree(t, "The/DET/DT/2/det chair/NOUN/NN/10/nsubj of/ADP/IN/6/case the/DET/DT/6/det "+
		"dairy/NOUN/NN/6/compound board/NOUN/NN/2/nmod ,/PUNCT/,/8/punct Ana/PROPN/NNP/6/appos "+
		"Ruiz/PROPN/NNP/8/flat ,/PUNCT/,/2/punct resigned/VERB/VBD/0/root ./PUNCT/./10/punct")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	assert.Equal(t, "The chair of the dairy board", phraseOf(t, d, "chair", 0), "the apposition is a mention of its own")

	// without a comma the name is part of the phrase
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj met/VERB/VBD/0/root a/DET/DT/4/det friend/NOUN/NN/2/obj "+
		"of/ADP/IN/7/case her/PRON/PRP$/7/nmod:poss brother/NOUN/NN/4/nmod Tom/PROPN/NNP/7/appos ./PUNCT/./2/punct")
	assert.Equal(t, "a friend of her brother Tom", phraseOf(t, d, "friend", 0))

	// a place and its region are one address
	d = doctest.Tree(t, "Boats/NOUN/NNS/2/nsubj reached/VERB/VBD/0/root the/DET/DT/4/det coast/NOUN/NN/2/obj "+
		"of/ADP/IN/6/case Tromso/PROPN/NNP/4/nmod ,/PUNCT/,/8/punct Norway/PROPN/NNP/6/appos ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Tromso": doc.Place, "Norway": doc.Place})
	assert.Equal(t, "the coast of Tromso , Norway", phraseOf(t, d, "coast", 0))
}
