package quote

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
)

func TestRomanNumeralIsNoPronoun(t *testing.T) {
	d := doc.NewDocument("t", "I wrote about Henry I and I liked it.", time.Time{})
	tokenize.Tokenize(d)
	assert.True(t, romanNumeral(d, 4), "Henry I")
	assert.False(t, romanNumeral(d, 0), "the sentence's first word")
	assert.False(t, romanNumeral(d, 6), "after a lower-case word")
}
