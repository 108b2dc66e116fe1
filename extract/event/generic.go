package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Generic events (MEANTIME's GEN): a kind of event, not one that took
// place ("such a visit"), or what happens as a rule, told in the present
// with an adverb of frequency ("Usually, discussions during elections are
// theoretical", "She often visits Paris").

const generic = "GEN"

// generic reports whether predicate w tells a kind of event or a habit.
func (x *ctx) generic(w int) bool {
	d := x.d
	if d.Words[w].UPOS == "NOUN" && x.kindOf(w) {
		return true
	}
	p := x.clausePredicate(w)
	if p >= 0 && x.easeTo(p) && !(p != w && x.definite(w)) {
		return true // "it is easy to criticize long campaigns"; not "... the election", one event
	}
	return p >= 0 && x.habitual(p) && x.presentTense(p)
}

// kindOf reports whether event noun w names a kind: "such a visit",
// "such attacks"; not "such a steep rise", where "such" grades the
// adjective of one rise, nor "the team's second such arrest", one arrest
// of the kind.
func (x *ctx) kindOf(w int) bool {
	d := x.d
	if x.definite(w) || x.ranked(w) || len(d.Dependents(w, "nummod")) > 0 {
		return false
	}
	for _, c := range d.Dependents(w, "det", "amod") {
		if !strings.EqualFold(d.Words[c].Text, "such") {
			continue
		}
		for k := c + 1; k < w; k++ {
			if d.Words[k].UPOS == "ADJ" {
				return false // however the parse hangs the adjective ("such a steep wage hike")
			}
		}
		return true
	}
	return false
}

// clausePredicate is the predicate of the clause that holds w: w itself
// when it is a verb or has a copula, else the first such word above it
// through the nouns it modifies; -1 when none.
func (x *ctx) clausePredicate(w int) int {
	d := x.d
	for n, steps := w, 0; n >= 0 && steps < 8; n, steps = d.Words[n].Head, steps+1 {
		if d.Words[n].UPOS == "VERB" || len(d.Dependents(n, "cop")) > 0 {
			return n
		}
		if !nominal(d.Words[n].UPOS) {
			return -1
		}
	}
	return -1
}

// markGeneric sets f generic when w is, and nothing else says it is
// conditional: a generic event is told as neither done nor to come.
func (x *ctx) markGeneric(w int, f *doc.Factuality) {
	if f.SpecialCases == "" && f.Time != future && (x.generic(w) || x.rareKind(w)) {
		f.SpecialCases = generic
	}
}
