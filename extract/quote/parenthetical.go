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
	if a >= p || c.usedIn(a, p) || c.finiteIn(a, p) {
		return nil
	}
	k := tok + 2
	for k < e && d.TokenWord(k) >= 0 && d.Words[d.TokenWord(k)].UPOS == "ADV" {
		k++
	}
	if x := d.TokenWord(k); k >= e || x < 0 || !qFinite(d.Words[x]) && !c.presentPlural(x) || c.low[k] != d.Tokens[k].Text {
		return nil
	}
	front, n := c.trimmed(a, p)
	rest := c.clauseFrom(tok+2, e)
	if n == 0 || len(rest) == 0 {
		return nil
	}
	return append([]doc.Span{front}, rest...)
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
		if x < 0 || qIsQuoteMark(c.low[k]) || c.used[k] {
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
