package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Attacks of words take the frame of words; attacks with weapons, victims
// or a place stay attacks.
func TestAttacksOfWords(t *testing.T) {
	d := parsed(t, "Eva Stone stepped up her attacks on the record of Tom Hale.", people)
	assert.Equal(t, "CRITICIZE", event(t, d, "attacks").Type, "a record is criticized")

	d = parsed(t, "Kim Lund will tone down his attacks against Ola Berg.", people)
	assert.Equal(t, "CRITICIZE", event(t, d, "attacks").Type, "a person named as the target, nothing violent")

	d = parsed(t, "Eva Stone shot back at Tom Hale in a statement.", people)
	assert.Equal(t, "CRITICIZE", event(t, d, "shot").Type, "a retort")

	d = parsed(t, "Vega Labs waged a war on sugar.", people)
	assert.Equal(t, "CAMPAIGN", event(t, d, "war").Type)

	d = parsed(t, "Nova Corp faced legislative attacks.", people)
	assert.Equal(t, "CRITICIZE", event(t, d, "attacks").Type)
}

func TestPhysicalAttacksStay(t *testing.T) {
	d := parsed(t, "Gunmen attacked Kim Lund outside his home, wounding two guards.", people)
	assert.Equal(t, "ATTACK", event(t, d, "attacked").Type, "gunmen and wounds")

	d = parsed(t, "The rebels attacked Lyon at dawn.", people)
	assert.Equal(t, "ATTACK", event(t, d, "attacked").Type, "a place attacked")

	// hand-parsed: the taggers read "attacks" after a sentence-opening
	// "The Oslo" as a verb
	d = tree(t, "The/DET/DT/3/det Oslo/PROPN/NNP/3/compound attacks/NOUN/NNS/7/nsubj on/ADP/IN/5/case Tom/PROPN/NNP/3/nmod "+
		"Hale/PROPN/NNP/5/flat failed/VERB/VBD/0/root ./PUNCT/./7/punct", "attacks=attack failed=fail", people)
	assert.Equal(t, "ATTACK", event(t, d, "attacks").Type, "a place names the attacks")

	d = parsed(t, "The soldiers shot back at Eva Stone.", people)
	assert.Equal(t, "ATTACK", event(t, d, "shot").Type, "soldiers shoot")
}

// An interview is a meeting for questions: the one who speaks in it is
// the one interviewed, not the author of a statement.
func TestInterviews(t *testing.T) {
	d := parsed(t, "In an interview, Eva Stone said Vega Labs would close.", people)
	iv := event(t, d, "interview")
	assert.Equal(t, "INTERVIEW", iv.Type)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg1"}, roles(d, iv))

	d = parsed(t, "Eva Stone gave an interview to Vega Labs.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "interview"))["Eva Stone"], "the one who gives it is interviewed")

	d = parsed(t, "Tom Hale conducted two interviews with Ola Berg.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "interviews"))["Tom Hale"], "who conducts them")

	d = parsed(t, "Kim Lund interviewed Ola Berg for two hours.", people)
	iv = event(t, d, "interviewed")
	assert.Equal(t, "INTERVIEW", iv.Type)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, iv))
}

// Idioms whose verb tells no event, and event nouns that only classify a
// person, a place or an organisation.
func TestIdiomsAndClassifiers(t *testing.T) {
	d := parsed(t, "When it comes to taxes, Eva Stone votes with Tom Hale.", people)
	assert.False(t, hasEvent(d, "comes"))
	assert.True(t, hasEvent(d, "votes"))

	d = parsed(t, "Kim Lund came across as calm.", people)
	assert.False(t, hasEvent(d, "came"), "seemed")
	d = parsed(t, "Kim Lund came to Lyon in May.", people)
	assert.True(t, hasEvent(d, "came"), "a journey")

	d = parsed(t, "Ola Berg paid little attention to Vega Labs.", people)
	assert.False(t, hasEvent(d, "paid"))

	d = parsed(t, "Vega Labs built detention centers in Ohio.", people)
	assert.False(t, hasEvent(d, "detention"), "a kind of building")
	d = parsed(t, "Nova Corp sued Vega Labs in a bankruptcy court.", people)
	assert.False(t, hasEvent(d, "bankruptcy"), "a kind of court")
	d = parsed(t, "Eva Stone was the debate winner.", people)
	assert.True(t, hasEvent(d, "debate"), "the winner of a debate took part in it")
}
