package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An inserted "according to X" whose source runs on past the speaker's
// words (a participle, a relative clause) still closes at its second comma,
// and the clause it interrupts goes on after it; a verb of the main clause
// before the comma means the commas hold more than the attribution.
func TestInsertedAccordingRunsOn(t *testing.T) {
	for _, tc := range []struct {
		text    string
		content []string
	}{
		{"Her biggest donor, according to records filed with the state last week, is a mining company.",
			[]string{"Her biggest donor", "is a mining company"}},
		{"The senator's plan, according to aides who asked not to be named, would raise the tax on fuel.",
			[]string{"The senator's plan", "would raise the tax on fuel"}},
		{"The old mill, according to documents released by the county on Friday, was sold twice.",
			[]string{"The old mill", "was sold twice"}},
		{"Her first job, according to a biography published by her campaign, was at a bakery.",
			[]string{"Her first job", "was at a bakery"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.content, contentTexts(d, quoteByCue(t, d, "according to")), tc.text)
	}
}
