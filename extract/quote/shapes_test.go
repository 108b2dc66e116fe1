package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A clause whose opening words a parser took for the cue's object ("that
// coal mining" as a noun phrase, "how" alone) is read whole off the
// words; "that" with a noun and no finite verb after it stays an object,
// and a clause in a fronted adverbial ends before the main clause.
func TestBrokenClauseIsReadWhole(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"She was criticized at home for acknowledging that coal mining would have a steep decline.",
			[]claim{{"acknowledging", "She", "that coal mining would have a steep decline"}}},
		{"The mayor recalled how on his first trip from the station, all he saw was a dark road lined with trees.",
			[]claim{{"recalled", "The mayor", "how on his first trip from the station, all he saw was a dark road lined with trees"}}},
		{"The governor rejected that argument in a letter released Friday.",
			[]claim{{"rejected", "The governor", "that argument in a letter"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}
