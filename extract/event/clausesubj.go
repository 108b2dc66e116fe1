package event

import "github.com/newsgraph/newsgraph/extract/doc"

// Two clauses joined by "and", "The court heard 40 cases and the
// Department of Justice filed 20 motions", are often parsed as one: the
// second subject as a conjunct of the first clause's object, the second
// verb as a clause without a subject hung on either noun. That subject is
// then a second thing heard, and nobody files. strandedClause finds such
// a verb, so that the noun is its subject and no conjunct of the object.

// strandedClause is the tensed verb whose subject conjunct c really is:
// c follows "and" or "but", is a conjunct of an object, and right after
// its own phrase comes a tensed verb without a subject, marker or
// auxiliary, hung on c or on the noun c is conjoined to; -1 when none.
func (x *ctx) strandedClause(c int) int {
	d := x.d
	h := d.Words[c].Head
	if h < 0 || !doc.RelIs(d.Words[c].Rel, "conj") || !doc.RelIs(d.Words[h].Rel, "obj") || len(d.Dependents(c, "cc")) == 0 {
		return -1
	}
	if u := d.Words[c].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
		return -1
	}
	for _, f := range append(d.Dependents(c, "acl", "ccomp", "xcomp"), d.Dependents(h, "acl", "ccomp", "xcomp")...) {
		if f > c && x.bareTensed(f) && x.phraseEndsBefore(c, f) {
			return f
		}
	}
	return -1
}

// bareTensed reports whether verb f is in a tense of its own (past or
// present, not a participle) with no subject, marker or auxiliary, and
// with an object or a clausal complement.
func (x *ctx) bareTensed(f int) bool {
	d := x.d
	if t := d.Words[f].XPOS; d.Words[f].UPOS != "VERB" || t != "VBD" && t != "VBZ" && t != "VBP" {
		return false
	}
	if len(d.Dependents(f, "nsubj", "nsubj:pass", "csubj", "expl", "mark", "aux", "aux:pass")) > 0 {
		return false
	}
	// a complement of its own: without one the verb is as likely a
	// participle tagged as a past tense ("companies linked to him")
	return len(d.Dependents(f, "obj", "iobj", "ccomp", "xcomp")) > 0
}

// phraseEndsBefore reports whether every word between c and f belongs to
// c's own phrase, none to f's: f comes right after it.
func (x *ctx) phraseEndsBefore(c, f int) bool {
	for k := c + 1; k < f; k++ {
		if !x.below(k, c) || x.below(k, f) {
			return false
		}
	}
	return true
}

// strandedSubjectOf is the conjunct noun whose clause verb f is
// (strandedClause), -1 when none.
func (x *ctx) strandedSubjectOf(f int) int {
	d := x.d
	h := d.Words[f].Head
	if h < 0 {
		return -1
	}
	for _, c := range append([]int{h}, d.Dependents(h, "conj")...) {
		if x.strandedClause(c) == f {
			return c
		}
	}
	return -1
}
