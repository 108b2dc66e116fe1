package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// claimsByCue returns the contents of the reported claims of text by cue.
func claimsByCue(t *testing.T, text string) map[string]string {
	d := quoteDoc(t, text)
	FindQuotes(d)
	out := map[string]string{}
	for _, cl := range reportedClaims(d) {
		out[cl.cue] = cl.content
	}
	return out
}

// A "while" clause run on the reported clause with no comma is the
// speaker's contrast or time, part of the claim; the attitude it gives
// another is the speaker's saying, no claim of that other.
func TestRunOnWhileIsTheSpeakers(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"The governor told the crowd she will protect the state parks while her rival wants to sell them.",
			"told", "she will protect the state parks while her rival wants to sell them"},
		{"The coach said the players had trained hard while the stadium was being rebuilt.",
			"said", "the players had trained hard while the stadium was being rebuilt"},
	} {
		got := claimsByCue(t, tc.text)
		assert.Equal(t, tc.content, got[tc.cue], tc.text)
		assert.NotContains(t, got, "wants", tc.text)
	}
}

// After a comma, or with a saying of its own, the contrast is set against
// the claim and stays out of it.
func TestSetOffWhileStaysOut(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"Most farmers said the new rules would hurt them, while the larger dairies were pleased.",
			"said", "the new rules would hurt them"},
		{"The mayor said the budget was balanced while the treasurer claimed it ran a deficit.",
			"said", "the budget was balanced"},
	} {
		got := claimsByCue(t, tc.text)
		assert.Equal(t, tc.content, got[tc.cue], tc.text)
	}
}

// A pull quote's credit line inside its marks names the speaker; it is
// not what was said. A last sentence with a verb stays.
func TestPullQuoteCreditLine(t *testing.T) {
	for _, tc := range []struct{ text, content string }{
		{"Officials defended the plan. \"The new ferry will carry twice as many cars. Marta Lind, transport minister.\"\n\nThe plan goes to a vote next week.",
			"\"The new ferry will carry twice as many cars."},
		{"Officials defended the plan. \"The new ferry will carry twice as many cars. Marta Lind, you were right.\"\n\nThe plan goes to a vote next week.",
			"\"The new ferry will carry twice as many cars. Marta Lind, you were right.\""},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []string{tc.content}, directContents(d), tc.text)
	}
}

// A headline "SPEAKER to ADDRESSEE: CLAIM" is the first one's claim.
func TestHeadlineToAddressee(t *testing.T) {
	d := quoteDoc(t, "Lund to Planned Parenthood: Rivals Will Cut the Clinics.\n\nThe senator spoke in Duluth on Friday.", "Lund")
	FindQuotes(d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, speakerText(d, q)+": "+contentTexts(d, q)[0])
	}
	assert.Contains(t, got, "Lund: Rivals Will Cut the Clinics")
}

// A quoted title inside a clause that goes on past its mark to the
// attribution: the clause is what was said, reported.
func TestQuotedTitleInsideClause(t *testing.T) {
	d := quoteDoc(t, "Ana Ruiz is joining the “Morning Hour” show as a host next spring, the network announced on Monday.")
	FindQuotes(d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, strings.Join(contentTexts(d, q), " | "))
		assert.False(t, q.Direct)
	}
	assert.Equal(t, []string{"Ana Ruiz is joining the “Morning Hour” show as a host next spring"}, got)
}
