package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A bare verb coordinated after a verb with a modal or "to" shares them:
// it goes on with the reported verb phrase, even a verb of saying, and is
// no second claim of the narrator's.
func TestSharedAuxiliaryConjunctStaysInContent(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"The council agreed that opening the files could hurt the case and suggest they favored the mayor.",
			"agreed", "that opening the files could hurt the case and suggest they favored the mayor"},
		{"The mayor says she would sit the builders down and tell them the delays must end.",
			"says", "she would sit the builders down and tell them the delays must end"},
		{"The director said the museum would close the wing and say nothing more about the loans.",
			"said", "the museum would close the wing and say nothing more about the loans"},
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
