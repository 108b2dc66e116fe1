package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A reporting verb set inside what it reports, "The cost of the plan,
// said Ana Diaz, would rise" or "The budget, analysts said, may shrink the
// deficit", splits the reported clause: the parser hangs that clause's
// subject on the verb of saying, which then has two speakers, and leaves
// the reported clause without a subject. frontedSubject gives the subject
// back to the reported clause, and frontedSpeaker names who speaks when
// the parse took the speaker for an apposition of that subject.

// frontedSubject reports whether subject s of verb of saying w, before w,
// belongs to w's reported clause: that clause follows w without a subject
// of its own, and either w has its own subject after it, the speaker of
// an inverted "said Ana Diaz", with punctuation closing the fronted part
// just before w, or the speaker stands between them (frontedSpeaker).
func (x *ctx) frontedSubject(w, s int) bool {
	d := x.d
	if s >= w || !doc.RelIs(d.Words[s].Rel, "nsubj") || x.antecedent(s) >= 0 || x.reportedClause(w) < 0 {
		return false
	}
	if _, cue := lex.CueVerbs[strings.ToLower(d.Words[w].Text)]; !cue {
		return false
	}
	if x.frontedSpeaker(w, s) >= 0 || x.insertedSpeaker(w, s) >= 0 {
		return true
	}
	if w == 0 || d.Words[w-1].UPOS != "PUNCT" {
		return false
	}
	for _, o := range d.Dependents(w, "nsubj") {
		if o > w {
			return true
		}
	}
	return false
}

// reportedClause is the clausal complement of w after it that has no
// subject, -1 when none.
func (x *ctx) reportedClause(w int) int {
	d := x.d
	for _, c := range d.Dependents(w, "ccomp") {
		if c > w && len(d.Dependents(c, "nsubj", "nsubj:pass", "csubj", "expl")) == 0 {
			return c
		}
	}
	return -1
}

// frontedSpeaker is the apposition of w's subject s that is w's own
// subject: "The budget, analysts said, may shrink": set off by commas
// before it and after w, and ending right before w; -1 when none.
func (x *ctx) frontedSpeaker(w, s int) int {
	d := x.d
	if w+1 >= len(d.Words) || d.Words[w+1].Text != "," {
		return -1
	}
	for _, a := range d.Dependents(s, "appos") {
		first, last, _ := d.Subtree(a)
		if last == w && (d.Words[first].Text == "," || first > 0 && d.Words[first-1].Text == ",") && x.canAct(a) {
			return a
		}
	}
	return -1
}

// subjectOfSaying is the fronted subject that reported clause c takes from
// the verb of saying it is the complement of, -1 when none.
func (x *ctx) subjectOfSaying(c int) int {
	d := x.d
	h := d.Words[c].Head
	if h < 0 || !doc.RelIs(d.Words[c].Rel, "ccomp") || x.reportedClause(h) != c {
		return -1
	}
	for _, s := range d.Dependents(h, "nsubj") {
		if x.frontedSubject(h, s) {
			return s
		}
	}
	return -1
}

// withoutFronted is subjects ss of verb w without one that belongs to
// w's reported clause, with the speaker the parse hung on it instead.
func (x *ctx) withoutFronted(w int, ss []int) []int {
	var out []int
	for _, s := range ss {
		if x.d.Words[s].Head != w || !x.frontedSubject(w, s) {
			out = append(out, s)
		} else if a := x.frontedSpeaker(w, s); a >= 0 {
			out = append(out, a)
		}
	}
	return out
}

// insertedSpeaker is the second subject of w that the parse hung beside
// s, the speaker of an inserted "officials said": "Ms. Lind, officials
// said, has grown wary": s set off by a comma, the speaker between that
// comma and w, a comma after w; -1 when none.
func (x *ctx) insertedSpeaker(w, s int) int {
	d := x.d
	if w+1 >= len(d.Words) || d.Words[w+1].Text != "," {
		return -1
	}
	_, end, _ := d.Subtree(s) // the comma after s, in s's phrase or not
	start := -1
	if d.Words[end-1].Text == "," {
		start = end
	} else if end < w && d.Words[end].Text == "," {
		start = end + 1
	}
	for _, o := range d.Dependents(w, "nsubj") {
		first, last, _ := d.Subtree(o)
		if o != s && start >= 0 && first == start && last == w && x.canAct(o) {
			return o
		}
	}
	return -1
}
