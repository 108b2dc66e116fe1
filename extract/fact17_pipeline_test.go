package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The time of an event told in the clause (issue 16): a month named
// without a year takes the tense of its clause, and a participle on a
// noun has none.

func TestParticipleOnANounTellsNoPast(t *testing.T) {
	// written on 2021-04-02: "signed" modifies "agreement", the clause is present
	d := processed("The agreement signed by both parties takes effect in July.")
	if assert.Len(t, d.Timexes, 1) {
		assert.Equal(t, "2021-07", d.Timexes[0].Value, "the coming July")
	}
	d = processed("Strong demand enjoyed by toy makers in August explains the profit.")
	if assert.Len(t, d.Timexes, 1) {
		assert.Equal(t, "2020-08", d.Timexes[0].Value, "the participle that governs the date tells its time")
	}
	d = processed("Both parties signed the agreement in July.")
	if assert.Len(t, d.Timexes, 1) {
		assert.Equal(t, "2020-07", d.Timexes[0].Value, "a past tense: the July gone by")
	}
}
