package mention

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// The unknown of a question ("which offices", "how many states") refers
// to no one: no mention. The same nouns with an ordinary determiner or
// an exclamation stay mentions, and so does a plural subject after the
// "what" of a free relative ("did what voters asked").
func TestInterrogativePhrasesAreNoMentions(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"The board of Norrbank must decide which offices the staff can use.", "which offices", false},
		{"Nobody in Falkvik knows how many farms Kim Lund owns.", "how many farms", false},
		{"Which candidate will the voters of Falkvik choose?", "Which candidate", false},
		{"The board of Norrbank must decide whether the staff can use the offices.", "the offices", true},
		{"Kim Lund owns many farms near Falkvik.", "many farms", true},
		{"The council did what voters in Falkvik asked.", "what voters", true},
		{"Kim Lund asked what steps the council of Falkvik would take.", "what steps", false},
	} {
		found := false
		for text := range candidates(doctest.Parsed(t, c.text, nonentNames)) {
			found = found || strings.HasPrefix(text, c.phrase)
		}
		assert.Equal(t, c.want, found, "%q in %q", c.phrase, c.text)
	}
}
