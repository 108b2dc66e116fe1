package event

import "github.com/newsgraph/newsgraph/extract/doc"

// topicYear reports whether the time headed by h stands before a noun
// that a topic preposition makes what verb w is about ("wrote of the
// 2008 donation", "asked about the 2012 vote"): the time says which donation or
// vote, not when the writing or asking was. An event noun the time
// modifies keeps it as its own time (its own trigger is w then).
func (x *ctx) topicYear(h, w int) bool {
	d := x.d
	p := d.Words[h].Head
	if p <= h || p == w || !doc.RelIs(d.Words[h].Rel, "compound", "amod", "nummod") || x.inTime[p] {
		return false
	}
	return d.Words[p].Head == w && topicPreps[caseOf(d, p)]
}
