package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Factuality, seventh round (issue #16).

// An election or a debate that a verb to come takes part in lies ahead,
// however sure the verb; one told in the past, or the aim of a past act,
// stays as it was.
func TestOccasionOfActToComeIsAhead(t *testing.T) {
	d := parsed(t, "The two mayors could be competing in the regional election.", people)
	assert.Equal(t, "FUTURE", event(t, d, "election").Factuality.Time)
	d = parsed(t, "Kim Lund might not win the regional election.", people)
	assert.Equal(t, "FUTURE", event(t, d, "election").Factuality.Time)
	d = parsed(t, "Ola Berg will attend the debate with her brother.", people)
	assert.Equal(t, "FUTURE", event(t, d, "debate").Factuality.Time)
	d = parsed(t, "Ola Berg attended the debate with her brother.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "debate").Factuality.Time, "told in the past")
	d = parsed(t, "The two mayors competed in the regional election.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "election").Factuality.Time, "told in the past")
	d = parsed(t, "Farmers can vote in the regional primaries.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "primaries").Factuality.Time, "a series, some of it past")
}

// An act done to the subject that a verb of receiving takes ("win the
// nomination") is as sure as the verb and under its condition.
func TestReceivedActTakesItsVerbsMood(t *testing.T) {
	d := parsed(t, "If we win the nomination, the governor is finished.", people)
	assert.Equal(t, "COND_IF_CLAUSE", event(t, d, "nomination").Factuality.SpecialCases)
	d = parsed(t, "Kim Lund will probably clinch the party's nomination.", people)
	f := event(t, d, "nomination").Factuality
	assert.Equal(t, "FUTURE", f.Time)
	assert.Equal(t, "PROBABLE", f.Certainty)
	d = parsed(t, "Kim Lund clinched the party's nomination.", people)
	f = event(t, d, "nomination").Factuality
	assert.Equal(t, "", f.Time+f.Certainty+f.SpecialCases, "told as done")
}
