package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// infinitiveRest returns the infinitive x of cue w with the phrase a
// parser hung on the cue right after it, no comma between, that goes on
// with it ("promised to refrain | from using the phrase", with "from
// using" under "promised"), and the participles of speech under that
// phrase, which report claims of their own (", saying ...").
func (c *qCtx) infinitiveRest(t *tree, w, x int) (roots, cuts []int) {
	d := c.d
	roots = []int{x}
	_, end := t.span(x)
	for _, k := range t.children(w) {
		k := int(k)
		f, l := t.span(k)
		if k <= x || d.Words[f].Token != d.Words[end-1].Token+1 || !doc.RelIs(d.Words[k].Rel, "advcl", "obl") ||
			adverbialMarks[t.caseOf(k)] || d.Words[f].UPOS == "PUNCT" {
			continue
		}
		roots, end = append(roots, k), l
		for y := f; y < l; y++ {
			if y != k && d.Words[y].XPOS == "VBG" && cueLemmas[qLower(d.Words[y].Lemma)]&kSay != 0 {
				cuts = append(cuts, y)
			}
		}
	}
	return roots, cuts
}

// predicateConjunct reports whether k, a conjunct a parser hung on the
// cue, is an adjective or noun with no subject, object or verb of its own
// right after the phrase of roots, only a conjunction and marks between:
// the second predicate said of the object ("called the plan “reckless”
// and “cruel”"), not a second act of the cue's subject.
func (c *qCtx) predicateConjunct(t *tree, k int, roots []int) bool {
	d := c.d
	if d.Words[k].Rel != "conj" || d.Words[k].UPOS != "ADJ" && d.Words[k].UPOS != "NOUN" ||
		t.dep(k, "nsubj", "obj", "cop", "aux") >= 0 {
		return false
	}
	end := -1
	for _, r := range roots {
		_, l := t.span(r)
		end = max(end, d.Words[l-1].Token)
	}
	f, _ := t.span(k)
	for j := end + 1; j < d.Words[f].Token; j++ {
		if c.low[j] != "and" && c.low[j] != "or" && c.low[j] != "," && !doc.IsQuoteMark(c.low[j]) {
			return false
		}
	}
	return end >= 0 && d.Words[f].Token > end
}

// reciprocal reports whether the phrase of word x is "each other" or
// "one another".
func (c *qCtx) reciprocal(x int) bool {
	f, l := c.tree().span(x)
	if l-f != 2 {
		return false
	}
	a, b := qLower(c.d.Words[f].Text), qLower(c.d.Words[f+1].Text)
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// pastApposition returns the token after the apposition of source x
// that opens at the comma at token k ("according to Ann Lee, a former
// envoy, | was a decision"), the comma that closes it; k when none.
func (c *qCtx) pastApposition(t *tree, x, k int) int {
	d := c.d
	if k+1 >= len(c.low) || c.low[k] != "," {
		return k
	}
	for _, a := range t.children(x) {
		a := int(a)
		if d.Words[a].Rel != "appos" {
			continue
		}
		f, l := t.span(a)
		for f < a && d.Words[f].UPOS == "PUNCT" {
			f++
		}
		if z := d.Words[l-1].Token + 1; d.Words[f].Token == k+1 && z < len(c.low) && c.low[z] == "," {
			return z
		}
	}
	return k
}

// infinitiveSubject returns the object o of an intending cue w that is
// the subject of its infinitive x, -1 when none: what is wanted is "the
// mayor to resign", not "to resign" ("want the mayor to resign", "intend
// the law to apply"). A cue of speech takes its object as the one it was
// said to ("promised voters to cut taxes": the promise is to cut taxes).
func (c *qCtx) infinitiveSubject(t *tree, w, x int, kinds cueKind) int {
	o := t.dep(w, "obj")
	if kinds&kSay != 0 || o <= w || o >= x || t.dep(x, "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	return o
}
