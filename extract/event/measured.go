package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// measuredBefore reports an event noun set a measured time after what its
// clause tells ("six weeks before the audit", "a week before the
// elections", "hours before the start of the race"): the parser hangs
// the noun on the measure (lex event/timeWords with a number or an
// article), the measure on the verb. As with a bare "before" (comingBefore),
// the noun is to come when that verb is to come, or a present tells it
// with a definite noun: "The board must decide soon, eight weeks before
// the vote". A past clause says nothing of the noun's time.
func (x *ctx) measuredBefore(w int, memo map[int]*doc.Factuality) bool {
	d := x.d
	n, h := w, d.Words[w].Head
	if h >= 0 && doc.RelIs(d.Words[w].Rel, "nmod") && caseOf(d, w) == "of" && d.Words[h].UPOS == "NOUN" && aspectual[x.lemma(h)] {
		n, h = h, d.Words[h].Head // "hours before the start of the race"
	}
	if h < 0 || !doc.RelIs(d.Words[n].Rel, "nmod", "obl") || !beforePreps[caseOf(d, n)] || x.dated(w) || x.dated(n) {
		return false
	}
	if d.Words[h].UPOS != "NOUN" || !timeWords[x.lemma(h)] || len(d.Dependents(h, "nummod", "det")) == 0 && d.Words[h].XPOS != "NNS" {
		return false
	}
	v := d.Words[h].Head
	if v < 0 || !doc.RelIs(d.Words[h].Rel, "advcl", "obl", "obl:unmarked", "obl:tmod", "obl:npmod", "nmod:tmod", "parataxis") {
		return false
	}
	switch d.Words[v].UPOS {
	case "VERB", "AUX", "ADJ":
	default:
		return false
	}
	if x.factuality(v, "", memo).Time == future {
		return true
	}
	return x.definite(n) && x.presentTense(v) && !x.habitual(v)
}
