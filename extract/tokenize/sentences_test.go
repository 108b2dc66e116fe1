package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An acronym's or a firm's period ends the sentence too when the next word
// opens one and never goes on with a name; a name after it goes on.
func TestAcronymPeriodEndsASentence(t *testing.T) {
	d := tokenize("She flew to Washington, D.C. The talks began at noon. Shares of Acme Inc. Its chief quit.")
	assert.Equal(t, []string{"She flew to Washington, D.C.", "The talks began at noon.", "Shares of Acme Inc.", "Its chief quit."},
		sentenceTexts(d))
	d = tokenize("The U.S. Army said it was Ruiz vs. The State of Ohio.")
	assert.Equal(t, []string{"The U.S. Army said it was Ruiz vs. The State of Ohio."}, sentenceTexts(d))
}
