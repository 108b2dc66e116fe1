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
