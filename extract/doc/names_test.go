package doc

import (
	"strings"
	"testing"
)

// NameKey's shortcut for text already in key form gives what the full
// normalization gives, on plain, spaced, cased and non-ASCII names.
func TestNameKeyShortcutAgreesWithFullForm(t *testing.T) {
	full := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
		s = strings.TrimPrefix(s, "the ")
		return strings.Join(strings.Fields(s), " ")
	}
	for _, s := range []string{
		"", " ", "harbour board", "Harbour  Board", "the harbour board", "The Harbour Board's",
		"harbour board's", "harbour board ’s", "the  board", "the ", " the board", "board\tof\ttrade",
		"board\u00a0of trade", "zoë ferry", "Zoë Ferry’s", "a b c", "a  b", "a b ", "x 's", "the  the x",
		"new\u2003york", "o'neill", "st. john's",
	} {
		if got, want := NameKey(s), full(s); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestWithoutPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"her husband's": "her husband",
		"the nation’s":  "the nation",
		"the voters'":   "the voters",
		"the doctor":    "the doctor",
		"Charles'":      "Charles",
		"the rock 'n'":  "the rock 'n'", // a quote mark after a letter other than s is no possessive
		"'s":            "'s",
	} {
		if got := WithoutPossessive(in); got != want {
			t.Errorf("WithoutPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}
