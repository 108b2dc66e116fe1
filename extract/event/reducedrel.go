package event

// Reduced relatives the parse makes finite: "read the letters sent to the
// governor" parsed as "read [that] the letters sent ...", the participle a
// ccomp with the noun as its subject. A verb that takes no clause cannot
// have one there, so the noun is the main verb's object and undergoes the
// participle.

import "github.com/newsgraph/newsgraph/extract/doc"

// reducedRelative reports whether w, a past form parsed as the clausal
// complement of verb h with a noun subject, is a participle modifying that
// noun: w has no auxiliary, object, clause nor mark of its own, the noun
// follows h at once (h has no object), and h is no verb of saying,
// thinking or showing, nor the cue of a reported clause, the verbs whose
// clause it would be ("said the letters arrived").
func (x *ctx) reducedRelative(w int) bool {
	d := x.d
	t := d.Words[w]
	if t.XPOS != "VBD" && t.XPOS != "VBN" || !doc.RelIs(t.Rel, "ccomp") || t.Head < 0 {
		return false
	}
	h := t.Head
	if d.Words[h].UPOS != "VERB" || len(d.Dependents(h, "obj", "iobj")) > 0 {
		return false
	}
	if len(d.Dependents(w, "aux", "aux:pass", "obj", "iobj", "ccomp", "xcomp", "mark", "expl", "csubj")) > 0 {
		return false
	}
	s := x.reducedSubject(w)
	if s < 0 || !x.followsAtOnce(h, s) || x.bareRole(s) && !x.headlineLike(h) {
		return false
	}
	l := x.verbLemma(h)
	if causativeVerbs[l] && t.XPOS == "VBD" {
		return false // "watched the balloon burst": a bare infinitive the tagger read as past
	}
	return !speechVerbs[l] && !sayVerbs[l] && !showVerbs[l] && !factiveVerbs[l] && !announceVerbs[l] && x.cueOf(h) == nil
}

// reducedSubject is the one nominal subject of w, a noun or a name; a
// pronoun ("read he sent them") says the clause is finite. -1 otherwise.
func (x *ctx) reducedSubject(w int) int {
	ss := x.d.Dependents(w, "nsubj")
	if len(ss) != 1 {
		return -1
	}
	if u := x.d.Words[ss[0]].UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	return ss[0]
}

// bareRole reports a singular common noun without determiner, possessor
// or number, which running text uses as a role after a verb ("the baker
// turned mayor asked for"), not as an object; headlines drop
// articles ("Council backs plan opposed by ...").
func (x *ctx) bareRole(s int) bool {
	return x.d.Words[s].XPOS == "NN" && len(x.d.Dependents(s, "det", "nmod:poss", "nummod")) == 0
}

// followsAtOnce reports whether the phrase of noun s starts right after
// verb h or its particle ("read the letters", "handed out the flyers").
func (x *ctx) followsAtOnce(h, s int) bool {
	first, _, _ := x.d.Subtree(s)
	for _, p := range x.d.Dependents(h, "compound:prt") {
		if p > h && p < first {
			h = p
		}
	}
	return first == h+1
}

// reducedObject is the noun of a reduced relative on verb w that the parse
// made the subject of its ccomp: w's object ("read the letters sent
// ..."); -1 when there is none.
func (x *ctx) reducedObject(w int) int {
	for _, c := range x.d.Dependents(w, "ccomp") {
		if x.reducedRelative(c) {
			return x.reducedSubject(c)
		}
	}
	return -1
}
