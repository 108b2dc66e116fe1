package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A relative clause with a reporting verb in it, "the rules, which
// officials said will take effect in May", has its relative pronoun for
// the subject of the reported clause; the parser often hangs the pronoun
// on the reporting verb beside the verb's own subject, leaving the
// reported clause without one. displacedRelative and reportedRelative
// give the pronoun back to the reported clause.

// displacedRelative reports whether subject s of verb w is a relative
// pronoun the parser hung there by mistake: w has a subject of its own
// besides s, and reports ("which officials said": the officials said),
// with a clausal complement without a subject or as a verb of saying or
// thinking whose complement the parse hung elsewhere.
func (x *ctx) displacedRelative(w, s int) bool {
	d := x.d
	if x.antecedent(s) < 0 || !doc.RelIs(d.Words[s].Rel, "nsubj") {
		return false
	}
	other := false
	for _, o := range d.Dependents(w, "nsubj") {
		other = other || o != s && x.antecedent(o) < 0
	}
	if !other {
		return false
	}
	if _, cue := lex.CueVerbs[strings.ToLower(d.Words[w].Text)]; cue {
		return true
	}
	for _, c := range d.Dependents(w, "ccomp") {
		if c > w && len(d.Dependents(c, "nsubj", "nsubj:pass", "expl")) == 0 {
			return true
		}
	}
	return false
}

// reportedRelative is the relative pronoun that subject-less clausal
// complement w takes from the verb it reports (displacedRelative), -1
// when none.
func (x *ctx) reportedRelative(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "ccomp") || w < h {
		return -1
	}
	for _, s := range d.Dependents(h, "nsubj") {
		if s < h && x.displacedRelative(h, s) {
			return s
		}
	}
	return -1
}

// withoutDisplaced is subjects ss of verb w without a relative pronoun
// that belongs to w's reported clause.
func (x *ctx) withoutDisplaced(w int, ss []int) []int {
	var out []int
	for _, s := range ss {
		if d := x.d; d.Words[s].Head != w || !x.displacedRelative(w, s) {
			out = append(out, s)
		}
	}
	return out
}
