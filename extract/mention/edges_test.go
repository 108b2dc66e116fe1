package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// trimmed is the text of candidate [first, last) with head token head
// after trimEdges, "" when it is dropped.
func trimmed(d *doc.Document, first, last, head int) string {
	n := describeNominal(d, first, last, doc.Person)
	n.Head = head
	out := trimEdges(d, []doc.NominalMention{n})
	if len(out) == 0 {
		return ""
	}
	return d.Slice(out[0].Span)
}

func TestTrimEdgesCutsWhatNoNounPhraseOpensWith(t *testing.T) {
	// "... the mayor and Ward Councillor Bo Lind": the parse ran "and" into the title's phrase.
	d := doctest.Tree(t, "the/DET/DT/2/det mayor/NOUN/NN/0/root and/CCONJ/CC/5/cc Ward/PROPN/NNP/5/compound "+
		"councillor/NOUN/NN/2/conj")
	assert.Equal(t, "Ward councillor", trimmed(d, 2, 5, 4))

	// "... is Deputy Mayor Bo Lind": the copula.
	d = doctest.Tree(t, "The/DET/DT/2/det winner/NOUN/NN/5/nsubj is/AUX/VBZ/5/cop Deputy/PROPN/NNP/5/compound "+
		"Mayor/PROPN/NNP/0/root")
	assert.Equal(t, "Deputy Mayor", trimmed(d, 2, 5, 4))

	// A preposition of a noun goes; one of a quantity stays.
	d = doctest.Tree(t, "among/ADP/IN/2/case farmers/NOUN/NNS/0/root")
	assert.Equal(t, "farmers", trimmed(d, 0, 2, 1))
	d = doctest.Tree(t, "at/ADP/IN/2/case least/ADJ/JJS/3/nmod 40/NUM/CD/4/nummod farmers/NOUN/NNS/0/root")
	assert.Equal(t, "at least 40 farmers", trimmed(d, 0, 4, 3))

	// A participle modifies; a past tense the tagger gave one does too.
	d = doctest.Tree(t, "pledged/VERB/VBD/2/amod delegates/NOUN/NNS/0/root")
	assert.Equal(t, "pledged delegates", trimmed(d, 0, 2, 1))
	d = doctest.Tree(t, "Ask/VERB/VB/0/root the/DET/DT/3/det nurses/NOUN/NNS/1/obj")
	assert.Equal(t, "the nurses", trimmed(d, 0, 3, 2))
}

func TestTrimEdgesDropsACandidateThatLosesItsHead(t *testing.T) {
	d := doctest.Tree(t, "nurses/NOUN/NNS/0/root and/CCONJ/CC/1/cc")
	assert.Equal(t, "nurses", trimmed(d, 0, 2, 0), "a conjunction at the end goes")
	assert.Equal(t, "", trimmed(d, 1, 2, 1), "nothing is left")
}
