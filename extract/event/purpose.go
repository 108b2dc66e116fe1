package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// An infinitive of purpose after a verb of motion happens where the
// motion ended: in "flew to New Orleans, LA, to meet up with Gypsy" the
// meeting is in New Orleans. UD hangs the infinitive on the motion verb
// (advcl, or xcomp for some parses), so the place is not among its own
// dependents; its subject is the motion's (doc.Subjects climbs to it).

// purposeOfMotion is the motion verb whose purpose verb w is, -1 when w
// is no infinitive of purpose of a verb of motion.
func (x *ctx) purposeOfMotion(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "advcl", "xcomp") || !infinitive(d, w) {
		return -1
	}
	if !motionVerbs[x.lemma(h)] {
		return -1
	}
	return h
}

// destinations are the places verb w's motion reached, when w is an
// infinitive of purpose of a verb of motion (purposeOfMotion): the place
// that verb went to or arrived in, with those conjoined or in apposition
// ("to New Orleans, LA"); never where it came from.
func (x *ctx) destinations(w int) []int {
	h := x.purposeOfMotion(w)
	if h < 0 {
		return nil
	}
	var out []int
	for _, o := range x.d.Dependents(h, "obl") {
		p := strings.ToLower(caseOf(x.d, o))
		if o < w && p != "from" && (placePreps[p] || motionPreps[p]) && x.isPlace(o) {
			out = x.appendPlaces(out, o, 0)
		}
	}
	return out
}
