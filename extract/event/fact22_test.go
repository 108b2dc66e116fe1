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
	d = parsed(t, "Maybe the vote was close, but given Kim Lund's efforts to cut the fee, the result is no surprise.", people)
	assert.Equal(t, "", event(t, d, "efforts").Factuality.Certainty, "a participle that is a preposition")
}

// "It is easy to V" tells what doing V is like as a rule: V and the
// indefinite event nouns it governs are generic; a past copula, a modal or
// a definite noun tell of one event.
func TestEaseInfinitiveIsGeneric(t *testing.T) {
	d := parsed(t, "It's easy to criticize the cost of lengthy campaigns.", people)
	assert.Equal(t, "GEN", event(t, d, "criticize").Factuality.SpecialCases)
	assert.Equal(t, "GEN", event(t, d, "campaigns").Factuality.SpecialCases)
	d = parsed(t, "It’s hard to win a vote in the council.", people)
	assert.Equal(t, "GEN", event(t, d, "win").Factuality.SpecialCases, "a curly apostrophe")
	d = parsed(t, "It is hard to win a vote in the council.", people)
	assert.Equal(t, "GEN", event(t, d, "win").Factuality.SpecialCases)
	d = parsed(t, "It was hard to win the vote in the council.", people)
	assert.NotEqual(t, "GEN", event(t, d, "win").Factuality.SpecialCases, "a past copula: one vote")
	d = parsed(t, "It will be hard to win the vote in the council.", people)
	assert.NotEqual(t, "GEN", event(t, d, "win").Factuality.SpecialCases, "a modal: one vote ahead")
	d = parsed(t, "It is hard to win a vote before the election.", people)
	assert.NotEqual(t, "GEN", event(t, d, "election").Factuality.SpecialCases, "a definite noun: one election")
}
