package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// adverbialEndByWords returns the comma that closes the adverbial clause
// of cue w, read off the words when the parse does not hang the clause on
// the main clause ("When she says the school is safe, parents do not
// believe her": the parser may root the sentence on the claim and hang
// the main clause on it). The sentence opens with the clause's marker
// ("when", "because"; a conjunction may come first), no comma stands
// between the marker and the cue, and after the comma a main clause
// opens: a subject and its finite verb. -1 otherwise.
func (c *qCtx) adverbialEndByWords(w int) int {
	tok := c.d.Words[w].Token
	k := c.sentStart(tok)
	for k < tok {
		x := c.d.TokenWord(k)
		if x < 0 || c.d.Words[x].UPOS != "CCONJ" && !doc.IsQuoteMark(c.low[k]) {
			break
		}
		k++
	}
	if k >= tok || !adverbialMarks[c.low[k]] || c.low[k] == "as" {
		return -1 // "As Lund said, the depot is gone": the main clause is what it says
	}
	for j := k + 1; j < tok; j++ {
		if c.low[j] == "," {
			return -1
		}
	}
	e := c.sentEnd(tok)
	for j := tok + 1; j+1 < e; j++ {
		if c.used[j] {
			return -1 // a quotation: its commas are the speaker's
		}
		if c.low[j] != "," {
			continue
		}
		k := j + 1
		for k < e && doc.IsQuoteMark(c.low[k]) {
			k++ // `no “proof” it was “hacked,” | experts understood`: a scare quote closes after the comma
		}
		if c.opensMainClause(k, e) {
			return j
		}
	}
	return -1
}

// opensMainClause reports whether a clause opens at token k, before e: a
// noun phrase of a few words, then a finite verb or modal. The phrase
// may open with a correlative and join nouns ("both experts and
// investigators understood").
func (c *qCtx) opensMainClause(k, e int) bool {
	if x := c.d.TokenWord(k); x >= 0 && c.d.Words[x].Rel == "cc:preconj" {
		k++
	}
	if !c.opensNoun(k) && !c.pronoun(k) {
		return false
	}
	for j := k + 1; j < e && j-k <= 5; j++ {
		x := c.d.TokenWord(j)
		if x < 0 {
			return false
		}
		if qFinite(c.d.Words[x]) {
			return true
		}
		switch c.d.Words[x].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ":
		default:
			return false
		}
	}
	return false
}

// pronoun reports whether token k is a personal pronoun, as the subject
// of a clause ("it would seem", "they left").
func (c *qCtx) pronoun(k int) bool {
	x := c.d.TokenWord(k)
	return x >= 0 && c.d.Words[x].XPOS == "PRP"
}

// thatAfterAdjunct returns the "that" clause a parser hung on a noun of
// the cue's adjunct as a clause of the noun ("argued for the second time
// | that the rule was unfair", "disclosed for the first time | that ...");
// -1 when none. The clause follows the adjunct at once, opens with
// "that" and has a subject of its own after it, and "that" fills no gap
// in it: a marker, or an object of a predicate that takes none.
func (c *qCtx) thatAfterAdjunct(t *tree, w int) int {
	d := c.d
	for _, o := range t.children(w) {
		o := int(o)
		if o < w || !doc.RelIs(d.Words[o].Rel, "obl") {
			continue
		}
		for _, r := range t.children(o) {
			r := int(r)
			if r < o || !doc.RelIs(d.Words[r].Rel, "acl") {
				continue
			}
			f, _ := t.span(r)
			if c.low[d.Words[f].Token] != "that" || d.Words[f].Token != d.Words[o].Token+1 && !c.adjunctUpTo(t, o, f) {
				continue
			}
			s := t.dep(r, "nsubj", "nsubj:pass", "expl")
			if s > f && c.thatFillsNoGap(t, r, f) {
				return r
			}
		}
	}
	return -1
}

// adjunctUpTo reports whether word f follows the phrase of word o at
// once, but for o's own words.
func (c *qCtx) adjunctUpTo(t *tree, o, f int) bool {
	_, l := t.span(o)
	for x := o + 1; x < f && x < l; x++ {
		if !t.under(x, o) || t.under(x, f) {
			return false
		}
	}
	return c.d.Words[f].Token == c.d.Words[f-1].Token+1
}

// thatFillsNoGap reports whether "that" at word f is a complementizer of
// clause r rather than a relative pronoun: tagged a marker, or the object
// of an adjective or noun, which takes none.
func (c *qCtx) thatFillsNoGap(t *tree, r, f int) bool {
	w := c.d.Words[f]
	if doc.RelIs(w.Rel, "mark") {
		return true
	}
	if doc.RelIs(w.Rel, "obj") && w.Head == r {
		p := c.d.Words[r].UPOS
		return p == "ADJ" || p == "NOUN"
	}
	return false
}

// withRest returns clause r with what the parser hung on cue w after it,
// the rest of the clause ("that he is not backing anyone, and ... he also
// hosted ...").
func (c *qCtx) withRest(t *tree, w, r int) []int {
	roots := []int{r}
	_, l := t.span(r)
	for _, k := range t.children(w) {
		if k := int(k); k >= l && c.d.Words[k].UPOS != "PUNCT" {
			roots = append(roots, k)
		}
	}
	return roots
}
