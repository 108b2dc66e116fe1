package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// stanceGerund reports whether gerund w is the of-complement of a noun
// that names people by their stance toward an act (stanceNouns):
// "opponents of admitting migrants", "critics of expanding the program".
// The parse hangs the gerund on the noun, and a participle hung on a noun
// takes the noun for its doer; these people only favour or oppose the act.
func (x *ctx) stanceGerund(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[w].XPOS != "VBG" || !doc.RelIs(d.Words[w].Rel, "acl", "nmod") {
		return false
	}
	if !stanceNouns[x.lemma(h)] && !stanceNouns[strings.ToLower(d.Words[h].Text)] {
		return false
	}
	if doc.RelIs(d.Words[h].Rel, "obj") {
		return false // "accused his supporters of harassing them": the accusation's gerund, misplaced
	}
	return hasMark(d, w, "of") || hasCase(d, w, "of")
}
