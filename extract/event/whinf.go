package event

import "github.com/newsgraph/newsgraph/extract/doc"

// whInfinitiveSubject is who does infinitive w on a question word ("knows
// how to run a campaign", "decided what to do", "asked where to vote"):
// the subject of the verb that takes the question word, when that verb
// has no other object (with one, "showed them how to vote", its object
// may do it). nil otherwise.
func (x *ctx) whInfinitiveSubject(w int) []int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "acl") || !hasMark(d, w, "to") {
		return nil
	}
	switch d.Words[h].XPOS {
	case "WRB", "WP", "WDT":
	default:
		return nil
	}
	v := d.Words[h].Head
	if v < 0 || d.Words[v].UPOS != "VERB" || !doc.RelIs(d.Words[h].Rel, "obj", "ccomp") {
		return nil
	}
	for _, o := range d.Dependents(v, "obj", "iobj") {
		if o != h {
			return nil
		}
	}
	return x.subjects(v)
}
