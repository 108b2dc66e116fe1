package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Factuality, sixth round (issue #16).

// A verbless "if" on a quantity ("if any", "if not most", "if anything")
// hedges a word and sets no condition; "if not, ...", and "if necessary"
// still do.
func TestHedgingIfIsNoCondition(t *testing.T) {
	d := parsed(t, "The agency released its reports with few, if any, checks.", people)
	assert.Equal(t, "", event(t, d, "released").Factuality.SpecialCases)
	d = parsed(t, "If anything, the mayor has raised taxes.", people)
	assert.Equal(t, "", event(t, d, "raised").Factuality.SpecialCases)
	d = parsed(t, "Many, if not most, of the farmers sold their land.", people)
	assert.Equal(t, "", event(t, d, "sold").Factuality.SpecialCases)
	d = parsed(t, "If not, the council will close the harbor.", people)
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "close").Factuality.SpecialCases)
	d = parsed(t, "The board will meet again if necessary.", people)
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "meet").Factuality.SpecialCases)
}

// The object of a support verb names the verb's own act: a question or a
// hedge on the verb is one on the act, in any tense; a plain statement
// leaves it certain.
func TestSupportedActIsAsSureAsItsVerb(t *testing.T) {
	d := parsed(t, "Does the mayor hold talks with the union?", people)
	assert.Equal(t, "UNDERSPECIFIED", event(t, d, "talks").Factuality.Certainty)
	d = parsed(t, "The council probably made a decision on the harbor.", people)
	assert.Equal(t, "PROBABLE", event(t, d, "decision").Factuality.Certainty)
	d = parsed(t, "The council made a decision on the harbor.", people)
	assert.Equal(t, "", event(t, d, "decision").Factuality.Certainty)
}
