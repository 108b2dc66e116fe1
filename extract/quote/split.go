package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// objectClause returns the clause cue w reports when a parser took its
// subject for the cue's object and hung the clause's predicate on the cue
// as a subjectless parataxis: "admitted [the plan] | would not work",
// "filings suggest [the farm], | was sold last spring". The predicate
// must be finite, have no subject of its own and follow the object with
// nothing but the object's own words, commas and appositions between;
// nil otherwise. The one told ("told him the plan ...") is no subject.
func (c *qCtx) objectClause(t *tree, w int) []doc.Span {
	d := c.d
	o := t.dep(w, "obj")
	if o < w || o == c.addressee(t, w) || qEmptyObject(qLower(d.Words[o].Text)) {
		return nil
	}
	roots := []int{o}
	for _, k := range t.children(w) {
		k := int(k)
		if k <= o {
			continue
		}
		switch rel := d.Words[k].Rel; {
		case rel == "punct":
		case doc.RelIs(rel, "appos", "obl", "nmod") && t.caseOf(k) == "" && !c.inTimex(d.Words[k].Start):
			roots = append(roots, k) // "a tower, Park Place, is planned": the parser's stray apposition
		case rel == "parataxis" && c.subjectless(t, k):
			if first, _ := t.span(k); c.quoteBetween(d.Words[w].Token, d.Words[first].Token) {
				return nil
			}
			return c.pieces(t, append(roots, k), nil, 3)
		default:
			return nil
		}
	}
	return nil
}

// subjectless reports whether k heads a finite clause without a subject
// or complementizer: a predicate whose subject a parser hung elsewhere.
func (c *qCtx) subjectless(t *tree, k int) bool {
	if t.dep(k, "nsubj", "nsubj:pass", "expl", "csubj", "mark") >= 0 {
		return false
	}
	if qFinite(c.d.Words[k]) {
		return true
	}
	for _, a := range t.children(k) {
		if a := int(a); doc.RelIs(c.d.Words[a].Rel, "aux", "cop") && qFinite(c.d.Words[a]) {
			return true
		}
	}
	return false
}

// quoteBetween reports whether a quotation mark stands between tokens a
// and b: a direct quotation is no part of a reported clause.
func (c *qCtx) quoteBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if doc.IsQuoteMark(c.low[k]) && c.low[k] != "’" && c.low[k] != "'" {
			return true
		}
	}
	return false
}

// saidAlong returns the participles of speech set off by a comma that a
// parser hung inside object o of a cue ("denied an appeal to release the
// papers, saying they are secret ..."): a claim of their own, made beside the
// cue's, no part of its object.
func (c *qCtx) saidAlong(t *tree, o int) []int {
	d := c.d
	var cuts []int
	first, last := t.span(o)
	for x := first; x < last; x++ {
		w := d.Words[x]
		if x == o || w.XPOS != "VBG" || !doc.RelIs(w.Rel, "advcl") || cueLemmas[qLower(w.Lemma)]&kSay == 0 {
			continue
		}
		if k := w.Token - 1; k >= 0 && c.low[k] == "," && t.dep(x, "mark", "nsubj") < 0 {
			cuts = append(cuts, x)
		}
	}
	return cuts
}

// asksOnly reports whether object o of a cue only names speech asked for
// or given, not what was said: "asked a question", "answered questions",
// "declined comment" (noClaimHeads), with nothing but a determiner or an
// adjective on it ("a few questions about the deal" says what about).
func (c *qCtx) asksOnly(t *tree, o int) bool {
	if !noClaimHeads[qLower(c.d.Words[o].Lemma)] && !noClaimHeads[qLower(c.d.Words[o].Text)] {
		return false
	}
	for _, k := range t.children(o) {
		if !doc.RelIs(c.d.Words[k].Rel, "det", "amod", "nummod", "punct") {
			return false
		}
	}
	return true
}

// cueKinds returns the kinds of content cue predicate w takes: those of
// its lemma with its particle when the table has the pair ("pointed out
// that", "found out that"), else those of its lemma.
func (c *qCtx) cueKinds(t *tree, w int) cueKind {
	lemma := qLower(c.d.Words[w].Lemma)
	if p := t.dep(w, "compound:prt"); p >= 0 {
		if k, ok := cueLemmas[lemma+" "+qLower(c.d.Words[p].Text)]; ok {
			return k
		}
	}
	return cueLemmas[lemma]
}
