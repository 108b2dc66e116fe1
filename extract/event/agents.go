package event

import "github.com/newsgraph/newsgraph/extract/doc"

// Agents a gerund or an infinitive takes from the clause around it, when
// the parse hands it a noun that names no doer.

// lightObjectAgents are the agents of gerund w on noun h when h is the
// object of a lightObjectVerb and names nothing (no mention: "trouble",
// "a hard time"), or is denied by "no": that verb's subjects ("the courts
// have no business deciding": the courts decide, no business does), when
// h is a lightNoun or a preposition marks the gerund ("a plan for
// cutting"). A thing that may do it keeps it: "has an ad hitting Hale",
// "had two advantages working for him". nil otherwise.
func (x *ctx) lightObjectAgents(w, h int) []int {
	d := x.d
	v := d.Words[h].Head
	if d.Words[w].XPOS != "VBG" || v < 0 || !doc.RelIs(d.Words[h].Rel, "obj") || !lightObjectVerbs[x.lemma(v)] || x.mentionOf(h) >= 0 && !x.noDeterminer(h) {
		return nil
	}
	if !lightNouns[x.lemma(h)] && len(d.Dependents(w, "mark")) == 0 {
		return nil // "had two advantages working for him": the advantages work
	}
	return x.subjects(v)
}

// facedObject is the object of gerund w on noun h that does w, h being
// what it faces: "the allegations facing his manager" (the manager faces
// them). -1 when w is no facedByObject verb, h can act or the object
// cannot.
func (x *ctx) facedObject(w, h int) int {
	if x.d.Words[w].XPOS != "VBG" || !facedByObject[x.lemma(w)] || x.canAct(h) {
		return -1
	}
	for _, o := range x.objects(w) {
		if x.canAct(o) {
			return o
		}
	}
	return -1
}

// outerName reports whether subject s of verb w names the act w tells,
// no doer of it: "the trend has been to shift the cost", "the goal is to
// win" (an outer subject of a copula with an infinitive for predicate).
// Its owner, when the mentions name one, is the doer ("her goal": she);
// the noun itself makes no thing that takes part.
func (x *ctx) outerName(w, s int) bool {
	d := x.d
	return doc.RelIs(d.Words[s].Rel, "nsubj:outer") && d.Words[s].Head == w && hasMark(d, w, "to") &&
		len(d.Dependents(w, "cop")) > 0 && !x.canAct(s)
}

// noDeterminer reports a noun under "no": "no business", which refers to
// nothing.
func (x *ctx) noDeterminer(h int) bool {
	for _, c := range x.d.Dependents(h, "det") {
		if x.lemma(c) == "no" {
			return true
		}
	}
	return false
}

// addOwners adds to a in role the possessors of noun s ("his plan is to
// compete": he), else what the mentions make of s itself, no thing.
func (x *ctx) addOwners(a *argSet, role string, s int) {
	if ps := x.d.Dependents(s, "nmod:poss"); len(ps) > 0 {
		for _, p := range ps {
			a.add(role, p)
		}
		return
	}
	a.add(role, s)
}
