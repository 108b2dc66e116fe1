package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// claimNouns name a claim whose content a "that" clause gives: "his
// claim that ...", "a warning from officials that ...".
var claimNouns = lex.Words("quote/claimNouns")

// voicingVerbs make their object noun their subject's claim: "repeated
// his claim that", "issued a warning that"; other verbs take someone
// else's ("dismissed the suggestion that").
var voicingVerbs = lex.Words("quote/voicingVerbs")

// nounClaim records the claim of noun cue n: the "that" clause it takes
// (or that a parser hung on the verb right after it), said by its
// possessor ("his claim"), its "by" or "from" phrase, or the subject of a
// verb that voices it ("Trump repeated the claim"). A noun naming no one
// makes no claim.
func (c *qCtx) nounClaim(t *tree, n int) {
	d := c.d
	cl := c.thatClause(t, n)
	if cl < 0 {
		return
	}
	src := t.dep(n, "nmod:poss")
	if src < 0 {
		for _, k := range t.children(n) {
			if k := int(k); doc.RelIs(d.Words[k].Rel, "nmod") && (t.caseOf(k) == "by" || t.caseOf(k) == "from") {
				src = k
				break
			}
		}
	}
	if v := d.Words[n].Head; src < 0 && v >= 0 && d.Words[n].Rel == "obj" && voicingVerbs[qLower(d.Words[v].Lemma)] {
		src = c.subjectOf(t, v)
	}
	if src < 0 || !c.canSpeak(t, src) {
		return
	}
	if content := c.pieces(t, []int{cl}, nil, 3); len(content) > 0 {
		c.addReported(t, n, content, src, -1)
	}
}

// thatClause returns the clause "that ..." of noun n, -1 when it has none:
// a clausal dependent marked "that" with a subject and more of its own
// (not a relative clause, "the claim that he made").
func (c *qCtx) thatClause(t *tree, n int) int {
	d := c.d
	cands := t.children(n)
	if v := d.Words[n].Head; v >= 0 && d.Words[n].Rel == "obj" {
		cands = append(cands[:len(cands):len(cands)], t.children(v)...)
	}
	for _, k := range cands {
		k := int(k)
		if k < n || !doc.RelIs(d.Words[k].Rel, "acl", "ccomp") || d.Words[k].Rel == "acl:relcl" || t.caseOf(k) != "that" {
			continue
		}
		if t.dep(k, "nsubj") >= 0 && t.dep(k, "aux", "cop", "obj", "obl", "ccomp", "xcomp", "advmod") >= 0 {
			return k
		}
	}
	return -1
}
