package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// parenthetical reads off the words the claim of a cue w that commas set
// inside the clause it reports, between that clause's subject and its
// predicate: "Rising rents, the mayor says, are the biggest problem",
// "The housing crisis, Mr. Lee has argued, will define the decade". The
// speaker and the cue's auxiliaries and adverbs stand between the commas,
// no finite verb before them, and a finite verb or modal in lower case
// (adverbs before it) opens the words after: the predicate, whose subject the fronted phrase
// then is, however a parser hung the pieces. nil when the words say
// otherwise.
func (c *qCtx) parenthetical(w int) []doc.Span {
	d := c.d
	tok := d.Words[w].Token
	s, e := c.sentStart(tok), c.sentEnd(tok)
	if tok+2 >= e || c.low[tok+1] != "," {
		return nil
	}
	p := c.speakerComma(s, tok)
	if p < 0 {
		return nil
	}
	a := s
	if x := d.TokenWord(a); x >= 0 && d.Words[x].UPOS == "CCONJ" {
		a++ // "But the plan, she said, ...": the narrator's link
	}
	if a >= p || c.usedIn(a, p) || c.finiteIn(a, p) || !c.nominalIn(a, p) {
		return nil // "Rather, he said, ...": an adverb is no subject
	}
	k := tok + 2
	for k < e && d.TokenWord(k) >= 0 && d.Words[d.TokenWord(k)].UPOS == "ADV" {
		k++
	}
	if x := d.TokenWord(k); k >= e || x < 0 || !qFinite(d.Words[x]) && !c.presentPlural(x) || c.low[k] != d.Tokens[k].Text {
		return nil
	}
	front, n := c.trimmed(a, p)
	rest, m := c.trimmed(tok+2, c.predicateEnd(tok+2, e))
	if n == 0 || m == 0 {
		return nil
	}
	return []doc.Span{front, rest}
}

// predicateEnd returns where the predicate opening at token k ends, by
// sentence end e: at a direct quotation, a semicolon or what ends a claim
// after a comma (see endsClaim), but for a concession with no cue of its
// own, which is the speaker's (see contrasts).
func (c *qCtx) predicateEnd(k, e int) int {
	for end := k; end < e; end++ {
		if c.used[end] || c.low[end] == ";" {
			return end
		}
		if c.low[end] == "," && end+1 < e && c.endsClaim(end+1) &&
			!(concessiveMarks[c.low[end+1]] && !c.cueIn(end+1, e)) {
			return end
		}
	}
	return e
}

// cueIn reports whether a verb of speech or thought stands in tokens [a, b).
func (c *qCtx) cueIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x := c.d.TokenWord(k); x >= 0 && c.d.Words[x].UPOS == "VERB" && cueLemmas[qLower(c.d.Words[x].Lemma)] != 0 {
			return true
		}
	}
	return false
}

// nominalIn reports whether a noun, pronoun or number stands in tokens [a, b).
func (c *qCtx) nominalIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x := c.d.TokenWord(k); x >= 0 {
			switch c.d.Words[x].UPOS {
			case "NOUN", "PROPN", "PRON", "NUM":
				return true
			}
		}
	}
	return false
}

// presentPlural reports whether x is a verb a tagger gave the base form
// (VB) that, with no modal, "to" or auxiliary before it, is the plural
// present: "Growing debts, she says, threaten ...".
func (c *qCtx) presentPlural(x int) bool {
	w := c.d.Words[x]
	return w.XPOS == "VB" && w.UPOS == "VERB" && w.Head >= 0 && c.tree().dep(x, "aux", "mark") < 0
}

// speakerComma returns the comma before cue token tok that opens the
// parenthetical: the words between name someone (a noun or pronoun) and
// hold no verb but the cue's auxiliaries, nor a mark. -1 when none.
func (c *qCtx) speakerComma(s, tok int) int {
	d := c.d
	named := false
	for k := tok - 1; k > s; k-- {
		if c.low[k] == "," {
			if named {
				return k
			}
			return -1
		}
		x := d.TokenWord(k)
		if x < 0 || doc.IsQuoteMark(c.low[k]) || c.used[k] {
			return -1
		}
		switch d.Words[x].UPOS {
		case "VERB", "SCONJ", "ADP":
			return -1
		case "NOUN", "PROPN", "PRON":
			named = true
		}
	}
	return -1
}

// finiteIn reports whether a finite verb or modal stands in tokens [a, b).
func (c *qCtx) finiteIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x := c.d.TokenWord(k); x >= 0 && qFinite(c.d.Words[x]) {
			return true
		}
	}
	return false
}

// apposedSpeaker returns the speaker of a cue w that commas set inside
// the clause it reports when a parser took the speaker for an apposition
// (or list item) of the clause's subject src and src for the cue's subject ("Trump,
// Sexton said, has ..."): the apposition, which the commas around it and
// the cue set off from src and from the predicate. -1 when none.
func (c *qCtx) apposedSpeaker(t *tree, w, src int) int {
	d := c.d
	if src < 0 || src > w || d.Words[w].Token+1 >= len(c.low) || c.low[d.Words[w].Token+1] != "," {
		return -1
	}
	a := t.dep(src, "appos", "list")
	if a < 0 || a > w || !c.commaBetween(src, a) || c.commaBetween(a, w) || !qPersonish(d.Words[a]) {
		return -1
	}
	if p := c.speakerComma(c.sentStart(d.Words[w].Token), d.Words[w].Token); p < 0 || p > d.Words[a].Token {
		return -1
	}
	return a
}
