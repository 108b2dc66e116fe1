package syntax

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A noun for people tagged an adjective, with a determiner, as the subject
// or object of a verb is a noun; an adjective in its own place stays one.
func TestNounsTaggedAdjectives(t *testing.T) {
	words := []doc.Word{
		{Text: "A", UPOS: "DET", XPOS: "DT", Head: 2, Rel: "det"},
		{Text: "bank", UPOS: "NOUN", XPOS: "NN", Head: 2, Rel: "compound"},
		{Text: "official", UPOS: "ADJ", XPOS: "JJ", Lemma: "official", Head: 3, Rel: "nsubj"},
		{Text: "said", UPOS: "VERB", XPOS: "VBD", Head: -1, Rel: "root"},
		{Text: "it", UPOS: "PRON", XPOS: "PRP", Head: 5, Rel: "nsubj"},
		{Text: "was", UPOS: "AUX", XPOS: "VBD", Head: 6, Rel: "cop"},
		{Text: "official", UPOS: "ADJ", XPOS: "JJ", Lemma: "official", Head: 3, Rel: "ccomp"},
	}
	nounsTaggedAdjectives(words, 0)
	assert.Equal(t, "NOUN", words[2].UPOS, "the subject with a determiner")
	assert.Equal(t, "NN", words[2].XPOS)
	assert.Equal(t, "ADJ", words[6].UPOS, "a predicate adjective")
}
