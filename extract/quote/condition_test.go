package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A verb of knowing or saying in an inverted condition ("had I known")
// reports nothing: the main clause is no content of it; an "as" clause of
// saying still reports the clause it stands in.
func TestInvertedConditionReportsNothing(t *testing.T) {
	for _, text := range []string{
		"Even had I known, it would not have changed my vote.",
		"Had the mayor said so, the council would have waited.",
	} {
		d := quoteDoc(t, text)
		FindQuotes(d)
		assert.Empty(t, d.Quotes, text)
	}
	d := quoteDoc(t, "As the mayor said, the plan will fail.")
	FindQuotes(d)
	if assert.Len(t, d.Quotes, 1) {
		assert.Equal(t, []string{"the plan will fail"}, contentTexts(d, d.Quotes[0]))
	}
}

// A supposition ("Let's say the plan fails") frames no claim.
func TestSuppositionFramesNoClaim(t *testing.T) {
	d := quoteDoc(t, "Let us say the plan fails.")
	FindQuotes(d)
	assert.Empty(t, d.Quotes)
}
