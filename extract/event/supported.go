package event

import "github.com/newsgraph/newsgraph/extract/doc"

// supportedAct makes an event noun that is the object of a support verb
// (event/supportVerbs: "make a decision", "hold talks", "give a speech")
// as sure as the verb, in any tense: the noun names the verb's own act,
// so a question or a hedge on the verb is one on the act ("Does the mayor
// make bad decisions?", "The council probably made a decision"). Time and
// denial are read elsewhere (nounGoverned, broughtAbout).
func (x *ctx) supportedAct(w, h int, f *doc.Factuality, g doc.Factuality) {
	if doc.RelIs(x.d.Words[w].Rel, "obj") && x.supports(h) && !x.prepositional(h) { // not "given the board's efforts"
		raise(&f.Certainty, g.Certainty)
	}
}
