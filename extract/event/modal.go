package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// deontics judge what ought to be done, or doubt it (lex event/deontic),
// with the certainty they give the clause they take.
var deontics = lex.Table("event/deontic")

// claimVerbs take an infinitive their subject says of itself ("claim to
// object"): told on its word, not aimed at (lex event/claimVerbs).
var claimVerbs = lex.Words("event/claimVerbs")

// Modals tell a kind of modality (lex event/modals: ability, obligation,
// possibility, necessity, future), each with its certainty and time
// (event/modalKinds); with a perfect they tell the past ("might have
// been able to prevent it"), nothing to come.

// modalKind returns the kind of modality modal auxiliary a tells
// (modals: "ability", "obligation", ...), ok false for no modal.
func modalKind(d *doc.Document, a int) (string, bool) {
	if k, ok := modals[strings.ToLower(d.Words[a].Text)]; ok {
		return k, true
	}
	k, ok := modals[lowerLemma(d, a)]
	return k, ok
}

// pastModal reports a governor told with a modal and a perfect ("might
// have been able to", "would have wanted to"): what it governs was
// possible, or not, in the past; nothing is still to come.
func (x *ctx) pastModal(h int) bool {
	perfect, modal := false, false
	for _, a := range x.d.Dependents(h, "aux") {
		if lowerLemma(x.d, a) == "have" {
			perfect = true
		} else if _, ok := modalKind(x.d, a); ok {
			modal = true
		}
	}
	return perfect && modal
}

// perfectInfinitive reports an infinitive in the perfect ("for him to
// have refused"): it tells what was done before, nothing to come. The
// parser may make "have" the head of the participle.
func (x *ctx) perfectInfinitive(w int) bool {
	d := x.d
	if !hasMark(d, w, "to") {
		return false
	}
	if x.perfect(w) {
		return true
	}
	if x.lemma(w) != "have" || len(d.Dependents(w, "obj")) > 0 {
		return false
	}
	for _, c := range d.Dependents(w, "xcomp", "ccomp") {
		if xp := d.Words[c].XPOS; (xp == "VBN" || xp == "VBD") && len(d.Dependents(c, "nsubj", "nsubj:pass")) == 0 {
			return true // "to have refused", "have" taken for the head; not "to have my head examined"
		}
	}
	return false
}

// deontic applies to f what a judgment of need h says of the clause w it
// takes as subject or complement ("it is important that women make these
// decisions", "it is vital to act": asked for, not yet done, as "should"
// says it), or a verb of doubt ("doubts that it produces results": maybe
// not), and reports whether h is one. A clause told in the past or the
// perfect keeps its own time ("it is important that he won").
func (x *ctx) deontic(w, h int, f *doc.Factuality) bool {
	d := x.d
	c, ok := deontics[x.lemma(h)]
	if !ok || !doc.RelIs(d.Words[w].Rel, "csubj", "ccomp", "xcomp") || d.Negated(h) {
		return false
	}
	switch u := d.Words[h].UPOS; {
	case u == "VERB" && c == possible:
		raise(&f.Certainty, c) // "doubts that it works"
		return true
	case u != "ADJ" || x.pastTense(w) || x.perfect(w):
		return false
	}
	raise(&f.Certainty, c)
	f.Time = future
	return true
}

// perfect reports a predicate with the auxiliary "have" ("has won").
func (x *ctx) perfect(w int) bool {
	for _, a := range x.d.Dependents(w, "aux") {
		if lowerLemma(x.d, a) == "have" {
			return true
		}
	}
	return false
}
