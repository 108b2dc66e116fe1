package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

var roles21bNames = map[string]doc.EntityType{"Eva Lind": doc.Person, "Ana Diaz": doc.Person}

// A word tagged as a verb that the lexicon knows only as an adverb or
// adjective is the tagger's error: no event.
func TestMistaggedVerbIsNoEvent(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat wants/VERB/VBZ/0/root to/PART/TO/5/mark create/VERB/VB/3/xcomp "+
		"well/ADV/RB/8/advmod -/PUNCT/HYPH/6/punct paying/VERB/VBG/5/advcl jobs/NOUN/NNS/8/obj statewide/VERB/VBP/8/xcomp ./PUNCT/./3/punct",
		"wants=want paying=pay jobs=job", roles21bNames)
	assert.False(t, hasEvent(d, "statewide"), "statewide is no verb")
	assert.True(t, hasEvent(d, "create"))

	d = tree(t, "Ana/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root to/ADP/IN/4/case voters/NOUN/NNS/2/obl "+
		"aloud/VERB/VBP/2/advcl ./PUNCT/./2/punct",
		"spoke=speak voters=voter", roles21bNames)
	assert.False(t, hasEvent(d, "aloud"), "aloud is no verb")

	d = tree(t, "Ana/PROPN/NNP/2/nsubj retweeted/VERB/VBD/0/root the/DET/DT/4/det post/NOUN/NN/2/obj ./PUNCT/./2/punct",
		"retweeted=retweet", roles21bNames)
	assert.True(t, hasEvent(d, "retweeted"), "a verb the lexicon lacks keeps the tagger's reading")

	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat wised/VERB/VBD/0/root up/ADP/RP/3/compound:prt ./PUNCT/./3/punct",
		"wised=wise", roles21bNames)
	assert.True(t, hasEvent(d, "wised"), "wise up is a verb WordNet lists")
}

// A time before the noun of a topic phrase dates that noun, not the act
// that is about it.
func TestTopicNounKeepsItsOwnYear(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat wrote/VERB/VBD/0/root of/ADP/IN/7/case the/DET/DT/7/det "+
		"2008/NUM/CD/7/compound donation/NOUN/NN/3/obl on/ADP/IN/9/case Monday/PROPN/NNP/3/obl ./PUNCT/./3/punct",
		"wrote=write", roles21bNames, "2008=2008", "Monday=2016-05-16")
	assert.Equal(t, "2016-05-16", event(t, d, "wrote").Time, "written on Monday, about a 2008 donation")

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat asked/VERB/VBD/0/root about/ADP/IN/7/case the/DET/DT/7/det "+
		"2012/NUM/CD/7/compound budget/NOUN/NN/3/obl ./PUNCT/./3/punct",
		"asked=ask", roles21bNames, "2012=2012")
	assert.NotEqual(t, "2012", event(t, d, "asked").Time, "the question is not from 2012")

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat won/VERB/VBD/0/root the/DET/DT/6/det 2012/NUM/CD/6/compound "+
		"race/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"won=win", roles21bNames, "2012=2012")
	assert.Equal(t, "2012", event(t, d, "won").Time, "an object's year still dates the winning")
}

// A time word quoted on its own is a title: it dates nothing.
func TestQuotedTimeWordIsATitle(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat landed/VERB/VBD/0/root a/DET/DT/5/det job/NOUN/NN/3/obj "+
		"on/ADP/IN/8/case \"/PUNCT/``/8/punct Tomorrow/NOUN/NN/3/obl ./PUNCT/./8/punct \"/PUNCT/''/8/punct",
		"landed=land", roles21bNames, "Tomorrow=2016-05-19")
	assert.Equal(t, "", event(t, d, "landed").Time, "the programme 'Tomorrow' is no date")

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Lind/PROPN/NNP/1/flat resigned/VERB/VBD/0/root tomorrow/NOUN/NN/3/obl:tmod ./PUNCT/./3/punct",
		"resigned=resign", roles21bNames, "tomorrow=2016-05-19")
	assert.Equal(t, "2016-05-19", event(t, d, "resigned").Time)

	d = tree(t, "\"/PUNCT/``/3/punct We/PRON/PRP/3/nsubj met/VERB/VBD/0/root as/ADP/IN/7/case the/DET/DT/7/det '/PUNCT/``/7/punct "+
		"board/NOUN/NN/3/obl '/PUNCT/''/7/punct today/NOUN/NN/3/obl:tmod ,/PUNCT/,/3/punct \"/PUNCT/''/3/punct Eva/PROPN/NNP/13/nsubj "+
		"Lind/PROPN/NNP/11/flat said/VERB/VBD/0/root ./PUNCT/./13/punct",
		"met=meet said=say", roles21bNames, "today=2016-05-18")
	assert.Equal(t, "2016-05-18", event(t, d, "met").Time, "a lower-case 'today' after a nested quotation is a time")
}

// The subject before an inserted "officials said", parsed as a second
// subject of the saying, is the reported clause's.
func TestSubjectBeforeInsertedSpeakerIsTheClauses(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/5/nsubj Lind/PROPN/NNP/1/flat ,/PUNCT/,/1/punct officials/NOUN/NNS/5/nsubj said/VERB/VBD/0/root "+
		",/PUNCT/,/8/punct has/AUX/VBZ/8/aux resigned/VERB/VBN/5/ccomp her/PRON/PRP$/10/nmod:poss post/NOUN/NN/8/obj ./PUNCT/./5/punct",
		"said=say resigned=resign officials=official", roles21bNames)
	assert.Equal(t, "", roles(d, event(t, d, "said"))["Eva Lind"], "Eva Lind says nothing")
	assert.Equal(t, "Arg0", roles(d, event(t, d, "resigned"))["Eva Lind"], "she resigns")

	d = tree(t, "Eva/PROPN/NNP/5/nsubj Lind/PROPN/NNP/1/flat and/CCONJ/CC/4/cc officials/NOUN/NNS/1/conj said/VERB/VBD/0/root "+
		"they/PRON/PRP/7/nsubj agreed/VERB/VBD/5/ccomp ./PUNCT/./5/punct",
		"said=say agreed=agree officials=official", roles21bNames)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "said"))["Eva Lind"], "a coordination still speaks")
}
