package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A reflexive object is the subject again in a second role: in "the coach
// blamed himself" the coach blames (Arg0) and is blamed (Arg1). argSet
// keeps one role per entity, so the subject is recorded again past it.

// reflexiveObject reports whether object o is a reflexive pronoun
// ("himself", "themselves").
func (x *ctx) reflexiveObject(o int) bool {
	w := x.d.Words[o]
	t := strings.ToLower(w.Text)
	return w.UPOS == "PRON" && (strings.HasSuffix(t, "self") || strings.HasSuffix(t, "selves"))
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
}
