package quote

import (
	"github.com/newsgraph/newsgraph/extract/lex"
)

// genericDeterminers open a phrase that names a kind ("a developer",
// "many voters"); genericPronouns name anyone of one ("those", "anyone").
var (
	genericDeterminers = lex.Words("quote/genericDeterminers")
	genericPronouns    = lex.Words("quote/genericPronouns")
	presentModals      = lex.Words("quote/presentModals")
)

// genericRelative reports whether cue w stands in a relative clause whose
// relative pronoun is its subject and whose antecedent names a kind, not
// someone: "women who want to ...", "a developer who wants to ...",
// "those who believe ...". In the present tense the clause says which
// people are meant; no one in particular is reported to want or believe
// anything. A definite antecedent ("the voters who have supported ..."), a
// name, or a past ("a woman who said she ...": someone who did) still
// speaks.
func (c *qCtx) genericRelative(t *tree, w int) bool {
	d := c.d
	if d.Words[w].Rel != "acl:relcl" || !c.presentTense(t, w) {
		return false
	}
	s := t.dep(w, "nsubj")
	if s < 0 || d.Words[s].XPOS != "WP" && d.Words[s].XPOS != "WDT" && qLower(d.Words[s].Text) != "that" {
		return false
	}
	n := d.Words[w].Head
	if n < 0 || c.commaBefore(t, w) {
		return false // "Sanders, who believes ...": about someone named before
	}
	if genericPronouns[qLower(d.Words[n].Text)] {
		return true
	}
	if d.Words[n].UPOS != "NOUN" {
		return false
	}
	if d.Words[n].Rel == "conj" && d.Words[n].Head < n {
		n = d.Words[n].Head // "the leaders and officials who": the first conjunct's determiner
	}
	if det := t.dep(n, "det", "nmod:poss"); det >= 0 {
		return genericDeterminers[qLower(d.Words[det].Text)]
	}
	if q := t.dep(n, "amod", "nummod"); q >= 0 && genericDeterminers[qLower(d.Words[q].Text)] {
		return true // "many parents who ..."
	}
	return d.Words[n].XPOS == "NNS" // a bare plural: "women who want to ..."
}

// commaBefore reports whether a comma opens the relative clause of w: a
// clause that adds to what its antecedent already names.
func (c *qCtx) commaBefore(t *tree, w int) bool {
	first, _ := t.span(w)
	k := c.d.Words[first].Token - 1
	return k >= 0 && c.low[k] == ","
}

// partitiveOf returns the noun of the "of" phrase that quantifier s picks
// a part of ("many of the contests", "most of the reports"): what the
// phrase is made of says whether it can speak; -1 when s is no such head.
func (c *qCtx) partitiveOf(t *tree, s int) int {
	d := c.d
	if !partitiveHeads[qLower(d.Words[s].Text)] {
		return -1
	}
	for _, k := range t.children(s) {
		if k := int(k); d.Words[k].Rel == "nmod" && k > s && t.caseOf(k) == "of" && d.Words[k].UPOS == "NOUN" {
			return k
		}
	}
	return -1
}

// presentTense reports whether predicate w is in the simple present ("who
// want", "who believes") or under a modal of the present ("who may
// think"): the tense of a kind's habits, not of one person's act.
func (c *qCtx) presentTense(t *tree, w int) bool {
	switch c.d.Words[w].XPOS {
	case "VBP", "VBZ":
		return true
	case "VB":
		a := t.dep(w, "aux")
		return a >= 0 && presentModals[qLower(c.d.Words[a].Text)]
	}
	return false
}
