package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
)

// cueAdjectives frame what their subject believes or fears ("is
// convinced that ...", "was aware that ...").
var cueAdjectives = lex.Words("quote/cueAdjectives")

// adjectiveCue reports whether w is an adjective of belief predicated of
// its subject, with a copula, that takes a clause with a subject of its
// own, with "that" or no mark: "Cruz has been acutely aware that the
// contest ...". Its claim is read as a thinking verb's. "It is certain
// that ..." names no one who holds it.
func (c *qCtx) adjectiveCue(t *tree, w int) bool {
	d := c.d
	word := d.Words[w]
	if word.UPOS != "ADJ" || !cueAdjectives[qLower(word.Lemma)] || t.dep(w, "cop") < 0 || t.dep(w, "expl") >= 0 {
		return false
	}
	cc := t.dep(w, "ccomp")
	if cc < 0 || cc < w || t.dep(cc, "nsubj") < 0 {
		return false // "certain to be pressed": a raising infinitive, no belief
	}
	if m := t.dep(cc, "mark"); m >= 0 && qLower(d.Words[m].Text) != "that" {
		return false // "sure if ...": a question, not a belief
	}
	if first, _ := t.span(cc); strings.HasPrefix(d.Words[first].XPOS, "W") || !c.opensClause(d.Words[first].Token) {
		return false // "sure where Rubio stands"; "certain to be pressed ..." a parser made a clause
	}
	s := t.dep(w, "nsubj")
	return s >= 0 && s < w && qLower(d.Words[s].Text) != "it"
}
