package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A quotation that goes on with a reported claim past "but" or "because",
// hung on its content or cue, is the speaker's: the claim takes it in.
func TestQuotedRestJoinsTheClaim(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"The governor said she would sign the budget but “has no intention of raising the fuel tax this year.”",
			"said", "she would sign the budget but “has no intention of raising the fuel tax this year.”"},
		{"The senator told the paper on Friday that she is against the merger because “we cannot have one hospital for the whole valley. Families would drive for hours.”",
			"told", "that she is against the merger because “we cannot have one hospital for the whole valley. Families would drive for hours.”"},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		cls := reportedClaims(d)
		if assert.Len(t, cls, 1, tc.text) {
			assert.Equal(t, tc.cue, cls[0].cue, tc.text)
			assert.Equal(t, tc.content, cls[0].content, tc.text)
		}
	}
}

// A quotation hung on no claim, or after a verb between them, stays out.
func TestQuotedRestNeedsABareJoin(t *testing.T) {
	d := quoteDoc(t, "The mayor said the bridge was safe, and the engineers wrote that it “could fail within a decade.”")
	FindQuotes(d)
	for _, cl := range reportedClaims(d) {
		if cl.cue == "said" {
			assert.Equal(t, "the bridge was safe", cl.content)
		}
	}
}

// "command" and "order" tell their object what to do, as "urge" does;
// "grouse" says its clause, as "complain" does (lex cueLemmas).
func TestCommandAndGrouseAreCues(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"The colonel commanded the cadets to “clean the barracks before the inspection tomorrow.”",
			"commanded", "the cadets to “clean the barracks before the inspection tomorrow.”"},
		{"The court ordered the city to pay the contractor within thirty days.",
			"ordered", "the city to pay the contractor within thirty days"},
		{"The farmer groused to his neighbors that the new road “ruins the whole valley.”",
			"groused", "that the new road “ruins the whole valley.”"},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		cls := reportedClaims(d)
		if assert.Len(t, cls, 1, tc.text) {
			assert.Equal(t, tc.cue, cls[0].cue, tc.text)
			assert.Equal(t, tc.content, cls[0].content, tc.text)
		}
	}
}
