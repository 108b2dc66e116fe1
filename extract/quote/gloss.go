package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// withoutGloss clips a content at the narrator's gloss that closes it: a
// noun phrase set off by a comma or a dash that the parse hangs on a
// predicate as an apposition or parataxis ("said she came because it was
// fun — something her hosts understood", "said they did not know, a
// larger share than last year"). An apposition names again a noun; one
// hung on a whole clause comments on it, and the comment is the
// writer's, not the speaker's.
func (c *qCtx) withoutGloss(t *tree, content []doc.Span) []doc.Span {
	d := c.d
	if len(content) == 0 {
		return content
	}
	last := content[len(content)-1]
	x := d.TokenWord(d.TokenAt(last.Start))
	if x < 0 {
		return content
	}
	sf, sl := d.SentenceWords(d.Words[x].Sentence)
	for g := sf; g < sl; g++ {
		w := d.Words[g]
		if w.Start < last.Start || w.End > last.End || !c.gloss(t, g) {
			continue
		}
		f, _ := t.span(g)
		p := d.Words[f].Token
		for p > 0 && c.low[p] != "," && !doc.IsDash(c.low[p]) {
			p--
		}
		limit := d.Tokens[p].Start
		if limit <= last.Start {
			return content
		}
		sp, n := c.trimmed(d.TokenAt(last.Start), p)
		if n == 0 {
			return content[:len(content)-1]
		}
		return append(content[:len(content)-1:len(content)-1], sp)
	}
	return content
}

// gloss reports whether word g heads a closing gloss, its phrase ending
// the sentence but for the full stop: a noun or pronoun hung as
// apposition or parataxis on a verb or adjective before it, right after a
// comma or dash; or, after a dash, a participle phrase on a noun ("when
// pursuing the goal — known here as the grand tour"), which the writer
// sets off as an aside. Not a phrase that opens with a preposition,
// conjunction or adverb, nor one after a dash that closes an aside.
func (c *qCtx) gloss(t *tree, g int) bool {
	d := c.d
	w := d.Words[g]
	h := w.Head
	if h < 0 || h > g || t.dep(g, "nsubj", "cop") >= 0 {
		return false // a clause of its own, not a phrase
	}
	f, l := t.span(g)
	p := d.Words[f].Token
	for p < w.Token && !qIsWord(c.low[p]) {
		p++ // the comma or closing mark the parser hung inside the phrase
	}
	q := p - 1
	for q > 0 && doc.IsQuoteMark(c.low[q]) {
		q-- // `“losing the war,” part of a lashing`: the comma inside the marks
	}
	if q <= 0 || c.low[q] != "," && !doc.IsDash(c.low[q]) {
		return false
	}
	if x := d.TokenWord(p); x < 0 || c.closingDash(q) {
		return false // "the angry — and at times violent — rhetoric": the dash closes an aside
	} else if x != g && !c.opensNoun(p) && d.Words[x].UPOS != "ADJ" && d.Words[x].UPOS != "PRON" {
		return false // "— even to use it first, rather than ...", "-- including those ...": no noun phrase
	}
	nominal := w.UPOS == "NOUN" || w.UPOS == "PRON" || w.UPOS == "NUM"
	onClause := d.Words[h].UPOS == "VERB" || d.Words[h].UPOS == "ADJ"
	switch {
	case nominal && onClause && doc.RelIs(w.Rel, "appos", "parataxis"):
	case doc.IsDash(c.low[q]) && !onClause && w.Rel == "acl" && w.XPOS == "VBN":
	default:
		return false
	}
	_, sl := d.SentenceWords(w.Sentence)
	for k := l; k < sl; k++ {
		if d.Words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// closingDash reports whether the dash at token k closes a pair that
// an earlier dash of its sentence opened.
func (c *qCtx) closingDash(k int) bool {
	if !doc.IsDash(c.low[k]) {
		return false
	}
	n := 0
	for j := c.sentStart(k); j < k; j++ {
		if doc.IsDash(c.low[j]) {
			n++
		}
	}
	return n%2 == 1
}
