package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// easeAdjectives grade the doing of their infinitive: "it is easy to".
var easeAdjectives = lex.Words("event/easeAdjectives")

// easeTo reports whether predicate p is the infinitive of "it is easy to
// V", "it's hard to V": an expletive "it", a copula in the present and no
// "for" subject of its own, so that it tells what doing V is like as a
// rule, no one deed ("It is easy to blame the mayor for the floods"). A
// past copula ("it was hard to win the race") or "for Kim" tells of one.
func (x *ctx) easeTo(p int) bool {
	d := x.d
	h := d.Words[p].Head
	if h < 0 || !doc.RelIs(d.Words[p].Rel, "csubj", "xcomp", "advcl") || !hasMark(d, p, "to") ||
		!easeAdjectives[x.lemma(h)] || len(d.Dependents(h, "expl")) == 0 || hasMark(d, p, "for") {
		return false
	}
	if len(d.Dependents(h, "aux")) > 0 {
		return false // "it will be hard to", "it would be easy to": one case, ahead or supposed
	}
	return x.presentTense(h) // "is", "'s", "’s"
}
