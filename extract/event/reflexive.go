package event

import "github.com/newsgraph/newsgraph/extract/doc"

// A reflexive object is the subject again in a second role: in "the coach
// blamed himself" the coach blames (Arg0) and is blamed (Arg1). argSet
// keeps one role per entity, so the subject is recorded again past it.

// reflexiveObject reports whether object o of verb v is a reflexive
// pronoun after it ("himself", "themselves"). An emphatic one ending a
// relative clause ("the food he cooks himself") passes too: no parse
// feature tells it from "the way he carried himself" without losing more
// than it mends.
func (x *ctx) reflexiveObject(v, o int) bool {
	return x.d.Words[o].UPOS == "PRON" && o > v && doc.IsReflexive(x.d.Words[o].Text)
}

// addReflexive records the agents already found, which a reflexive object
// stands for, as Arg1 too ("Ana and Bo blamed themselves": both); without
// an agent the object is added as any other.
func (a *argSet) addReflexive(o int) {
	var agents []doc.Arg
	for _, g := range a.args {
		if g.Role == "Arg0" {
			agents = append(agents, doc.Arg{Role: "Arg1", Mention: g.Mention})
		}
	}
	if len(agents) == 0 || hasRole(a.args, "Arg1") {
		a.addTheme(o, false)
		return
	}
	a.args = append(a.args, agents...)
	for _, c := range a.x.d.Dependents(o, "conj") {
		a.addTheme(c, true) // "defended himself and his record": the record too
	}
}
