package event

// The of-phrase of an event noun: its theme ("criticism of the program"),
// unless the phrase describes the event instead (nounargs.go).

import "github.com/newsgraph/newsgraph/extract/lex"

var (
	// qualityNouns after "of" describe the event: "a flood of this scale".
	qualityNouns = lex.Words("event/qualityNouns")
	// contestNouns' of-phrase is their means or makeup: "a war of attrition".
	contestNouns = lex.Words("event/contestNouns")
)

// describingOf reports an of-phrase n of event noun w that describes the
// event instead of naming what it acts on: a noun of size or kind ("a
// crisis of this magnitude"), the of-phrase of a contest ("a feud of
// insults"), or a phrase past a conjunct of w, which it belongs to
// ("reports and analyses of the vote": the analyses').
func (x *ctx) describingOf(w, n int) bool {
	if qualityNouns[x.lemma(n)] || contestNouns[x.lemma(w)] {
		return true
	}
	for _, c := range x.d.Dependents(w, "conj") {
		if c > w && c < n {
			return true
		}
	}
	return false
}
