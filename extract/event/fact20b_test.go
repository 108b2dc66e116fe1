package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Factuality, third round (issue #16): what a prevention keeps from
// happening, support verbs that a particle makes verbs of their own, what
// one cannot help doing.

// A gerund after "from" on a verb of prevention did not happen, at the
// prevention's time; a prevention denied let it happen, and a ban only
// forbids it.
func TestPreventedFromDoing(t *testing.T) {
	d := parsed(t, "The court prevented the mayor from releasing the report.", people)
	assert.Equal(t, "NEG", event(t, d, "releasing").Factuality.Polarity)
	d = parsed(t, "Kim Lund refrained from attacking Ola Berg.", people)
	assert.Equal(t, "NEG", event(t, d, "attacking").Factuality.Polarity)
	d = parsed(t, "The law would stop farmers from selling the land.", people)
	assert.Equal(t, fact("NEG", "", "FUTURE", ""), event(t, d, "selling").Factuality, "not to be sold")
	d = parsed(t, "The guards did not stop Kim Lund from entering the hall.", people)
	assert.True(t, event(t, d, "entering").Factuality.Asserted(), "she entered")
	d = parsed(t, "The officials banned Kim Lund from entering the hall.", people)
	assert.Equal(t, "", event(t, d, "entering").Factuality.Polarity, "forbidden, not told undone")

	// the parser hangs the gerund on the object
	d = tree(t, "The/DET/DT/2/det storm/NOUN/NN/3/nsubj kept/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"from/SCONJ/IN/7/mark attacking/VERB/VBG/4/acl the/DET/DT/9/det mayor/NOUN/NN/7/obj ./PUNCT/./3/punct",
		"kept=keep attacking=attack", people)
	assert.Equal(t, "NEG", event(t, d, "attacking").Factuality.Polarity)
}

// A support verb with a particle is a verb of its own: not giving up a
// protest goes on with it; "carry out" still brings its noun about.
func TestSupportVerbWithParticle(t *testing.T) {
	d := parsed(t, "The nurses are not giving up their protest.", people)
	assert.Equal(t, "", event(t, d, "protest").Factuality.Polarity, "the protest goes on")
	d = parsed(t, "The nurses did not carry out the protest.", people)
	assert.Equal(t, "NEG", event(t, d, "protest").Factuality.Polarity)
	d = parsed(t, "The nurses did not hold a protest.", people)
	assert.Equal(t, "NEG", event(t, d, "protest").Factuality.Polarity)
}

// What one cannot help or resist doing is done.
func TestCouldNotHelpDoing(t *testing.T) {
	d := parsed(t, "Kim Lund couldn't help praising Ola Berg.", people)
	assert.True(t, event(t, d, "praising").Factuality.Asserted(), "she praised him")
	d = parsed(t, "Ola Berg could not resist attacking the mayor.", people)
	assert.True(t, event(t, d, "attacking").Factuality.Asserted())
}

// An event noun that what the clause tells comes before, while that is to
// come or going on now, is to come; a week that begins after the article
// is a later date ("next week's vote").
func TestComingBeforeAnEvent(t *testing.T) {
	d := parsed(t, "Kim Lund is meeting donors ahead of the vote on the budget.", people)
	assert.Equal(t, "FUTURE", event(t, d, "vote").Factuality.Time)
	d = parsed(t, "Ola Berg is speaking hours before the start of the first debate.", people)
	assert.Equal(t, "FUTURE", event(t, d, "debate").Factuality.Time)
	d = parsed(t, "Kim Lund wants to publish the book before the election.", people)
	assert.Equal(t, fact("", "", "FUTURE", ""), event(t, d, "election").Factuality, "to come, whatever the wish")
	d = parsed(t, "Kim Lund met donors before the vote.", people)
	assert.True(t, event(t, d, "vote").Factuality.Asserted(), "told in the past")
	d = parsed(t, "Kim Lund always meets donors before a vote.", people)
	assert.True(t, event(t, d, "vote").Factuality.Asserted(), "a habit")

	// the documents of tree are dated 2024-03-01, a Friday in week 09
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat praised/VERB/VBD/0/root next/ADJ/JJ/5/amod week/NOUN/NN/7/nmod:poss "+
		"'s/PART/POS/5/case vote/NOUN/NN/3/obj ./PUNCT/./3/punct", "praised=praise", people, "next week=2024-W10")
	assert.Equal(t, "FUTURE", event(t, d, "vote").Factuality.Time)
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat praised/VERB/VBD/0/root this/DET/DT/5/det week/NOUN/NN/7/nmod:poss "+
		"'s/PART/POS/5/case vote/NOUN/NN/3/obj ./PUNCT/./3/punct", "praised=praise", people, "this week=2024-W09")
	assert.True(t, event(t, d, "vote").Factuality.Asserted(), "this week's")
}

// "Would" with a time phrase of "every" or "each", or a "whenever" clause,
// tells what was done again and again; "will" with one still looks ahead,
// and a "would" without one stays to come.
func TestHabitualWould(t *testing.T) {
	d := parsed(t, "Every morning, Kim Lund would buy fish at the harbor.", people)
	assert.True(t, event(t, d, "buy").Factuality.Asserted(), "a habit of the past")
	d = parsed(t, "Whenever Ola Berg lost, he would demand a recount.", people)
	assert.True(t, event(t, d, "demand").Factuality.Asserted())
	d = parsed(t, "Every morning, Kim Lund will buy fish at the harbor.", people)
	assert.Equal(t, "FUTURE", event(t, d, "buy").Factuality.Time)
	d = parsed(t, "Kim Lund said she would buy the farm.", people)
	assert.Equal(t, "FUTURE", event(t, d, "buy").Factuality.Time)
}
