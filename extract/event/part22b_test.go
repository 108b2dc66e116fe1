package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"

	"github.com/stretchr/testify/assert"
)

// A past form the parse made the clause of a verb that takes none is a
// reduced relative: its noun is the verb's object and undergoes the
// participle.
func TestReducedRelativeParsedAsClause(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat shredded/VERB/VBD/0/root the/DET/DT/5/det memos/NOUN/NNS/6/nsubj "+
		"mailed/VERB/VBD/3/ccomp to/ADP/IN/9/case Ely/PROPN/NNP/9/compound Council/PROPN/NNP/6/obl ./PUNCT/./3/punct",
		"shredded=shred memos=memo mailed=mail", part22Names)
	assert.Equal(t, map[string]string{"the memos": "Arg1", "Ely Council": "Arg2"},
		roles(d, event(t, d, "mailed")), "the memos were mailed; they mailed nothing")
	assert.Equal(t, "Arg1", roles(d, event(t, d, "shredded"))["the memos"], "the memos are what she shredded")

	// a verb of saying takes the clause: its subject acts
	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat said/VERB/VBD/0/root Tom/PROPN/NNP/6/nsubj Reyes/PROPN/NNP/4/flat "+
		"complained/VERB/VBD/3/ccomp to/ADP/IN/9/case Ely/PROPN/NNP/9/compound Council/PROPN/NNP/6/obl ./PUNCT/./3/punct",
		"said=say complained=complain", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "complained"))["Tom Reyes"], "he complained")

	// a pronoun subject makes the clause finite
	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat shredded/VERB/VBD/0/root they/PRON/PRP/5/nsubj "+
		"mailed/VERB/VBD/3/ccomp to/ADP/IN/8/case Ely/PROPN/NNP/8/compound Council/PROPN/NNP/5/obl ./PUNCT/./3/punct",
		"shredded=shred mailed=mail", part22Names)
	assert.NotContains(t, roles(d, event(t, d, "shredded")), "they", "a subject pronoun is no object")
}

// A perception verb's bare infinitive the tagger read as past, and a bare
// noun of a role ("the banker turned mayor"), are no reduced relatives.
func TestReducedRelativeGuards(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat watched/VERB/VBD/0/root Tom/PROPN/NNP/6/nsubj Reyes/PROPN/NNP/4/flat "+
		"quit/VERB/VBD/3/ccomp ./PUNCT/./3/punct", "watched=watch quit=quit", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "quit"))["Tom Reyes"], "he quit; no one quit him")

	d = tree(t, "Yesterday/NOUN/NN/6/obl:tmod the/DET/DT/3/det banker/NOUN/NN/4/nsubj turned/VERB/VBD/0/root "+
		"mayor/NOUN/NN/6/nsubj resigned/VERB/VBD/4/ccomp ./PUNCT/./4/punct", "turned=turn resigned=resign", part22Names)
	d.Sentences = append(d.Sentences, doc.Sentence{}) // running text: a sentence follows in the paragraph
	assert.False(t, newCtx(d).reducedRelative(5), "a bare role noun: the banker turned mayor resigned")
	d.Words[4].XPOS = "NNS"
	assert.True(t, newCtx(d).reducedRelative(5), "without the bare role the same shape is a reduced relative")
}
