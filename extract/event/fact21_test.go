package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Factuality, fourth round (issue #16): proposals, ...

// A hortative "let's" or "let us" proposes what is to be done, wherever
// its clause stands; a "let" with a subject allows, and tells nothing to
// come.
func TestHortativeIsToCome(t *testing.T) {
	d := parsed(t, "The mayor said that his slogan is code for let's close the harbor.", people)
	assert.Equal(t, "FUTURE", event(t, d, "close").Factuality.Time)
	d = parsed(t, "Kim Lund said: \"Let's not raise the tax.\"", people)
	assert.Equal(t, "FUTURE", event(t, d, "raise").Factuality.Time)
	assert.Equal(t, "NEG", event(t, d, "raise").Factuality.Polarity)
	d = parsed(t, "The low rates let the city close the old harbor.", people)
	assert.Equal(t, "", event(t, d, "close").Factuality.Time, "allowed, and done")
	d = parsed(t, "Ola Berg opened the gate and let us close the harbor.", people)
	assert.Equal(t, "", event(t, d, "close").Factuality.Time, "allowed, and done")
}
