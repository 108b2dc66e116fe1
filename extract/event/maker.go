package event

// documentMaker returns the mention of who made document noun o, the
// object of "according to", when the phrase names its maker other than
// by a possessor or a by-phrase of its own (accordingTo reads those): a
// name before it ("new Vega Labs research"), a participle's agent ("a
// survey conducted by Nova Corp"), a from-phrase ("data from the Ohio
// Board of Elections"). -1 when none: the document alone is no speaker.
func (x *ctx) documentMaker(o int) int {
	d := x.d
	if d.Words[o].UPOS != "NOUN" {
		return -1
	}
	for _, c := range d.Dependents(o, "compound") {
		if d.Words[c].UPOS == "PROPN" && x.canAct(c) {
			if mi := x.mentionOf(c); mi >= 0 {
				return mi
			}
		}
	}
	for _, c := range d.Dependents(o, "nmod") {
		if caseOf(d, c) == "from" && x.canAct(c) {
			if mi := x.mentionOf(c); mi >= 0 {
				return mi
			}
		}
	}
	for _, p := range d.Dependents(o, "acl") {
		if d.Words[p].XPOS != "VBN" {
			continue
		}
		for _, a := range d.Dependents(p, "obl", "obl:agent") {
			if caseOf(d, a) == "by" && x.canAct(a) {
				if mi := x.mentionOf(a); mi >= 0 {
					return mi
				}
			}
		}
	}
	return -1
}

// afterColon reports whether word o follows a colon after predicate n:
// what comes after the colon is what n introduces ("reveals a few facts:
// of its voters, according to data from ..."), a clause of its own
// however the parser hangs it.
func (x *ctx) afterColon(n, o int) bool {
	for k := n + 1; k < o; k++ {
		if x.d.Words[k].Text == ":" {
			return true
		}
	}
	return false
}
