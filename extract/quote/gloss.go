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

// gloss reports whether word g heads a closing gloss: a noun or pronoun
// hung as apposition or parataxis on a verb or adjective before it, right
// after a comma or dash, its phrase ending the sentence but for the full
// stop.
func (c *qCtx) gloss(t *tree, g int) bool {
	d := c.d
	w := d.Words[g]
	h := w.Head
	if h < 0 || h > g || !doc.RelIs(w.Rel, "appos", "parataxis") {
		return false
	}
	switch w.UPOS {
	case "NOUN", "PRON", "NUM":
	default:
		return false
	}
	if u := d.Words[h].UPOS; u != "VERB" && u != "ADJ" || t.dep(g, "nsubj", "cop") >= 0 {
		return false // a clause of its own, not a noun phrase
	}
	f, l := t.span(g)
	p := d.Words[f].Token
	if d.Words[f].UPOS == "PUNCT" && (c.low[p] == "," || doc.IsDash(c.low[p])) {
		p++ // the parser hung the comma inside the phrase
	}
	if p == 0 || c.low[p-1] != "," && !doc.IsDash(c.low[p-1]) {
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
