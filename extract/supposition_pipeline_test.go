package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A supposition put to the reader ("Suppose ...", "Let's say ...",
// "Imagine ...") tells no fact: its events are conditional, as in an
// if-clause; a belief with a subject ("They assume ...") is not one.
func TestSuppositionsAreConditional(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		asserted      bool
	}{
		{"Suppose the council rejects the budget.", "rejects", false},
		{"Let's say the mayor resigns.", "resigns", false},
		{"Now imagine the city loses the case.", "loses", false},
		{"The council rejects the budget.", "rejects", true},
	} {
		d := processed(tc.text)
		ev := eventAt(t, d, tc.trigger)
		assert.Equal(t, tc.asserted, ev.Factuality.Asserted(), "%s: %+v", tc.text, ev.Factuality)
	}
}
