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

// An of-phrase that describes the event noun is no theme: a noun of size
// or kind, the of-phrase of a contest, a phrase past a conjunct.
func TestDescribingOfPhraseIsNoTheme(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj predicted/VERB/VBD/0/root a/DET/DT/5/det collapse/NOUN/NN/3/obj "+
		"of/ADP/IN/8/case this/DET/DT/8/det scale/NOUN/NN/5/nmod ./PUNCT/./3/punct", "predicted=predict", part22Names)
	assert.NotContains(t, roles(d, event(t, d, "collapse")), "this scale", "the scale tells how big the collapse is")

	d = tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj waged/VERB/VBD/0/root a/DET/DT/5/det war/NOUN/NN/3/obj "+
		"of/ADP/IN/7/case insults/NOUN/NNS/5/nmod ./PUNCT/./3/punct", "waged=wage insults=insult", part22Names)
	assert.NotContains(t, roles(d, event(t, d, "war")), "insults", "insults are what the war is fought with")

	d = tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj gave/VERB/VBD/0/root speeches/NOUN/NNS/3/obj and/CCONJ/CC/6/cc "+
		"summaries/NOUN/NNS/4/conj of/ADP/IN/9/case the/DET/DT/9/det policy/NOUN/NN/4/nmod ./PUNCT/./3/punct",
		"gave=give speeches=speech summaries=summary", part22Names)
	assert.NotContains(t, roles(d, event(t, d, "speeches")), "the policy", "the of-phrase past the conjunct is the analyses'")

	// the guard leaves a theme: "a collapse of the bank"
	d = tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj predicted/VERB/VBD/0/root a/DET/DT/5/det collapse/NOUN/NN/3/obj "+
		"of/ADP/IN/8/case the/DET/DT/8/det policy/NOUN/NN/5/nmod ./PUNCT/./3/punct", "predicted=predict", part22Names)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "collapse"))["the policy"], "the policy collapses")
}

// Who runs a campaign wages it, who voices criticism criticizes (lex
// plannerVerbs); who runs another's campaign only manages it.
func TestRunVoiceLendTheirSubject(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/2/compound Reyes/PROPN/NNP/3/nsubj ran/VERB/VBD/0/root a/DET/DT/6/det quiet/ADJ/JJ/6/amod "+
		"campaign/NOUN/NN/3/obj ./PUNCT/./3/punct", "ran=run", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "campaign"))["Tom Reyes"], "he runs his own campaign")

	d = tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj voiced/VERB/VBD/0/root criticism/NOUN/NN/3/obj "+
		"of/ADP/IN/7/case the/DET/DT/7/det policy/NOUN/NN/4/nmod ./PUNCT/./3/punct", "voiced=voice", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "criticism"))["Ana Diaz"], "she criticizes")

	d = tree(t, "Tom/PROPN/NNP/2/compound Reyes/PROPN/NNP/3/nsubj ran/VERB/VBD/0/root Ana/PROPN/NNP/5/compound "+
		"Diaz/PROPN/NNP/7/nmod:poss 's/PART/POS/5/case campaign/NOUN/NN/3/obj ./PUNCT/./3/punct", "ran=run", part22Names)
	assert.NotContains(t, roles(d, event(t, d, "campaign")), "Tom Reyes", "he manages her campaign; it is hers")
}

// Who knows or decides how to do something is who would do it; with an
// object of its own ("showed Tom Reyes how to vote") the verb says no more.
func TestQuestionWordInfinitiveSubject(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj learned/VERB/VBD/0/root how/ADV/WRB/3/obj to/PART/TO/6/mark "+
		"repair/VERB/VB/4/acl the/DET/DT/8/det bridge/NOUN/NN/6/obj ./PUNCT/./3/punct", "learned=learn", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "repair"))["Ana Diaz"], "she would repair it")

	d = tree(t, "Ana/PROPN/NNP/2/compound Diaz/PROPN/NNP/3/nsubj showed/VERB/VBD/0/root Tom/PROPN/NNP/5/compound "+
		"Reyes/PROPN/NNP/3/iobj how/ADV/WRB/3/obj to/PART/TO/8/mark repair/VERB/VB/6/acl the/DET/DT/10/det "+
		"bridge/NOUN/NN/8/obj ./PUNCT/./3/punct", "showed=show", part22Names)
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "repair" {
			assert.NotEqual(t, "Arg0", roles(d, ev)["Ana Diaz"], "she shows; he would repair it")
		}
	}
}
