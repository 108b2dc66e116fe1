package event

import "github.com/newsgraph/newsgraph/extract/doc"

// An event noun that its own words set ahead: a participle of planning
// after it ("the vote, scheduled for March"), the "for" of a planning verb
// told in the present ("the bills are scheduled for a vote"), or "due" as
// its predicate ("the audit is due by next month"). The participles are
// those that set a noun ahead before it (lex event/prospectiveModifiers:
// "the scheduled vote"); one with a clause of its own tells an aim or a
// prospect of that clause ("a bill intended to curb fraud", "a deal
// expected to pass"), not of the noun. A date before the article's puts
// the plan in the past, where it says nothing of the event.

// scheduled reports whether event noun w is set ahead by such words.
func (x *ctx) scheduled(w int) bool {
	d := x.d
	if d.Words[w].UPOS != "NOUN" {
		return false
	}
	for _, p := range d.Dependents(w, "acl") {
		if p > w && d.Words[p].XPOS == "VBN" && prospectiveModifiers[x.lemma(p)] && len(d.Dependents(p, "nsubj", "xcomp", "ccomp")) == 0 {
			return !x.plannedBefore(p) // "the vote, scheduled for March"
		}
	}
	h := d.Words[w].Head
	if h < 0 {
		return false
	}
	if doc.RelIs(d.Words[w].Rel, "obl") && caseOf(d, w) == "for" && d.Words[h].UPOS == "VERB" && prospectiveModifiers[x.lemma(h)] {
		return !x.toldInPast(h) && !x.plannedBefore(h) // "are scheduled for a vote"; not "was scheduled for a vote"
	}
	if doc.RelIs(d.Words[w].Rel, "nsubj") && x.lemma(h) == "due" && x.presentTense(h) {
		for _, o := range d.Dependents(h, "obl", "xcomp") {
			if caseOf(d, o) == "to" {
				return false // "the rise is due to the strike": a cause
			}
		}
		return !x.plannedBefore(h) // "the audit is due by next month"
	}
	return false
}

// plannedBefore reports whether the time phrase hung on word p dates it
// before the article ("scheduled for March" in an April article).
func (x *ctx) plannedBefore(p int) bool {
	d := x.d
	if d.Date.IsZero() {
		return false
	}
	ti, _ := x.when(p)
	if ti < 0 {
		return false
	}
	if th := x.timexHead(d.Timexes[ti]); th < 0 || d.Words[th].Head != p {
		return false
	}
	return before(d.Timexes[ti].Value, d)
}
