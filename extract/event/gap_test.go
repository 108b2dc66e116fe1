package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A relative clause without a relative pronoun leaves its verb's object
// to the noun it modifies.
func TestBareRelativeGivesItsNounAsObject(t *testing.T) {
	d := parsed(t, "Zeta Inc answered the letters Kim Lund sent on Friday.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "sent"))["the letters"], "the letters are what she sent")
	assert.Equal(t, "Arg0", roles(d, event(t, d, "sent"))["Kim Lund"])

	d = parsed(t, "Most voters rejected the plants Nova Corp intends to close.", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "the plants": "Arg1"}, roles(d, event(t, d, "close")),
		"the gap of an open complement's verb")

	// a time, a manner or a stranded preposition holds the gap: no object
	d = parsed(t, "The day Ola Berg left was cold.", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0"}, roles(d, event(t, d, "left")))
	d = parsed(t, "Kim Lund praised the firm Ana Cruz works for.", people)
	assert.Equal(t, map[string]string{"Ana Cruz": "Arg0"}, roles(d, event(t, d, "works")))
}
