package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A judgment of need tells its clause as asked for, not done, as "should"
// does; a verb of doubt makes it possible only.
func TestDeonticJudgments(t *testing.T) {
	d := parsed(t, "It is important that Kim Lund wins the race.", people)
	f := event(t, d, "wins").Factuality
	assert.Equal(t, "FUTURE", f.Time)
	assert.Equal(t, "UNDERSPECIFIED", f.Certainty)
	d = parsed(t, "It is important that Kim Lund won the race.", people)
	assert.True(t, event(t, d, "won").Factuality.Asserted(), "a clause in the past is told as done")
	d = parsed(t, "Kim Lund doubts that the plan produces results.", people)
	assert.Equal(t, "POSSIBLE", event(t, d, "produces").Factuality.Certainty)
}

// A support verb lends its mood to the event noun it takes, definite or
// not: "should make these decisions" makes none yet.
func TestSupportVerbMood(t *testing.T) {
	d := parsed(t, "Kim Lund said farmers should make these decisions themselves.", people)
	assert.Equal(t, "FUTURE", event(t, d, "decisions").Factuality.Time)
	d = parsed(t, "Farmers made these decisions themselves.", people)
	assert.True(t, event(t, d, "decisions").Factuality.Asserted())
}

// A support verb that carries its noun somewhere lends no mood: the
// campaign goes on.
func TestSupportVerbCarrying(t *testing.T) {
	d := parsed(t, "Kim Lund vowed to take her campaign to the convention.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "campaign").Factuality.Time)
}

// What one claims to do is told on one's word, not aimed at.
func TestClaimedInfinitive(t *testing.T) {
	d := parsed(t, "Kim Lund claims to own the farm.", people)
	f := event(t, d, "own").Factuality
	assert.NotEqual(t, "FUTURE", f.Time)
	assert.True(t, f.Reported)
	assert.Equal(t, "Kim Lund", d.Mentions[f.Source].Text)
	d = parsed(t, "Kim Lund plans to buy the farm.", people)
	assert.Equal(t, "FUTURE", event(t, d, "buy").Factuality.Time, "an aim")
}
