package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// clauseBeforeQuote returns where a quoted clause starts when the
// quotation ends a finite clause the sentence opens in the narrator's
// words, with the attribution after the closing mark: `The old bridge
// was “far too narrow,” said Lena Ortiz.`, `The teams have “very
// different plans,” the coach said.`: the speaker said the whole clause,
// not its quoted part. Words after a colon, and no leading conjunction,
// start the clause; quotedClauseFrom says what it must be.
func (c *qCtx) clauseBeforeQuote(g qRegion, cue int) (int, bool) {
	s := c.sentStart(g.First)
	for k := s; k < g.First; k++ {
		if c.low[k] == ":" {
			s = k + 1 // "Here is one example: The agency “only requires ...”"
		}
	}
	for s < g.First && c.opener(s) {
		s++
	}
	return c.quotedClauseFrom(s, g, cue)
}

// clauseAfterCue returns where a quoted clause starts when its subject
// stands between the cue before it and the opening mark: `issued a
// statement saying his remark “has no place here.”` (the cue a participle
// the reported clauses leave to the quotation). false when none.
func (c *qCtx) clauseAfterCue(g qRegion, at qAttrib) (int, bool) {
	if at.cue < 0 || at.cueEnd >= g.First || c.d.TokenWord(at.cue) < 0 || c.d.Words[c.d.TokenWord(at.cue)].XPOS != "VBG" {
		return 0, false
	}
	s := at.cueEnd
	for s < g.First && c.opener(s) {
		s++ // "ended with, “Thank you”": the comma opens no clause
	}
	return c.quotedClauseFrom(s, g, at.cue)
}

// quotedClauseFrom returns the start of token s when the words from s to
// quotation g begin the finite clause the quotation ends. The clause's
// head is the word the first quoted word hangs from, climbing up to (not
// into) the cue at token cue; its words before the mark start at s and
// it ends at the closing mark. Left alone: words before the mark with a
// verb of speech or cognition of their own ("Though he said it was a
// “handful of people”"), and a quotation that opens a clause with its own
// subject ("In past years, “we lost,” he said."), whose frame the speaker
// may not have said. false when no such clause.
func (c *qCtx) quotedClauseFrom(s int, g qRegion, cue int) (int, bool) {
	d := c.d
	if g.First <= s || c.usedIn(s, g.First) || c.cueBefore(s, g.First) {
		return 0, false
	}
	h := d.TokenWord(g.First + 1)
	cw := -1
	if cue >= 0 {
		cw = d.TokenWord(cue)
	}
	for h >= 0 && d.Words[h].Token >= s {
		if c.insideQuote(h, g) && c.subjectInside(h, g) {
			return 0, false // the quotation opens a clause of its own: `In past years, “we lost,” he said.`
		}
		if first := c.spanBefore(h, g); d.Words[first].Token <= s {
			break
		}
		p := d.Words[h].Head
		if p < 0 || p == cw {
			return 0, false
		}
		h = p
	}
	if h < 0 || d.Words[h].Token < s || h == cw || !c.finiteClause(h) || c.goesOnPast(h, g, cue) {
		return 0, false
	}
	if d.Words[c.spanBefore(h, g)].Token > s {
		return 0, false
	}
	return d.Tokens[s].Start, true
}

// spanBefore returns the first word of the subtree of h without what
// hangs on it after the closing mark of quotation g (the attribution
// UD hangs on the quoted clause).
func (c *qCtx) spanBefore(h int, g qRegion) int {
	d, t := c.d, c.tree()
	first := h
	for _, x := range t.children(h) {
		if x := int(x); d.Words[x].Token < g.Last {
			f, _ := t.span(x)
			first = min(first, f)
		}
	}
	return first
}

// opener reports whether token k is a sentence's opening punctuation or
// conjunction, no part of the clause said ("But the plan “will fail”").
func (c *qCtx) opener(k int) bool {
	x := c.d.TokenWord(k)
	return x < 0 || doc.RelIs(c.d.Words[x].Rel, "cc", "punct")
}

// cueBefore reports whether tokens [a, b) hold a verb of speech or
// cognition: a saying of the narrator's clause's own.
func (c *qCtx) cueBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if x := c.d.TokenWord(k); x >= 0 && c.d.Words[x].UPOS == "VERB" && cueLemmas[qLower(c.d.Words[x].Lemma)] != 0 {
			return true
		}
	}
	return false
}

// groundOfClaims lets a reported claim take in the cause its cue gives
// right after the content, with no comma between: `called for a pause on
// permits because of worries that the wells would run dry`, `told reporters
// she would back the deal because it protects the night shift`. The
// ground of a call, a charge or a statement is part of what was said; one
// set off by a comma is as often the narrator's ("..., because he thought
// it would help").
func (c *qCtx) groundOfClaims() {
	d, t := c.d, c.tree()
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Direct || q.Cue == nil {
			continue
		}
		cw := d.TokenWord(d.TokenAt(q.Cue.Start))
		last := &q.Content[len(q.Content)-1]
		if cw < 0 {
			continue
		}
		for _, x := range t.children(cw) {
			x := int(x)
			if !doc.RelIs(d.Words[x].Rel, "advcl", "obl") || !c.causeMarked(x) {
				continue
			}
			f, l := t.span(x)
			if c.nextWordAfter(last.End) != f || d.Words[f].UPOS == "PUNCT" {
				continue
			}
			for l-1 > f && d.Words[l-1].UPOS == "PUNCT" {
				l--
			}
			last.End = d.Words[l-1].End
		}
	}
}

// groundMarks open the cause a cue gives (data: quote.txt).
var groundMarks = lex.Words("quote/groundMarks")

// causeMarked reports whether x opens with a ground mark, a clause's
// marker or a phrase's case ("because", "because of").
func (c *qCtx) causeMarked(x int) bool {
	for _, m := range c.tree().children(x) {
		if w := c.d.Words[m]; doc.RelIs(w.Rel, "mark", "case") && groundMarks[qLower(w.Text)] {
			return true
		}
	}
	return false
}

// nextWordAfter returns the first word after the token that ends at
// offset end, closing quotation marks aside; -1 when none.
func (c *qCtx) nextWordAfter(end int) int {
	k := c.d.TokenAt(end - 1)
	if k < 0 {
		return -1
	}
	for k++; k < len(c.d.Tokens); k++ {
		if x := c.d.TokenWord(k); x >= 0 && !doc.IsQuoteMark(c.low[k]) {
			return x
		}
	}
	return -1
}

// quoteInClause returns the clause a quotation g stands inside when the
// clause goes on past the closing mark to a comma and an attribution after
// it: `Lee is joining the “Morning Hour” show as a host, the network
// announced.` The clause, from the sentence's start, is what was said,
// reported, not the quoted title or phrase. false when words of speech
// stand before the mark or between it and the comma, when the quotation
// or the words after it end at a comma (the clause ended there), and when
// the words outside the marks hold no verb ("In an interview on his
// podcast “The Files” out Thursday, ...": an adjunct, no clause).
func (c *qCtx) quoteInClause(g qRegion, at qAttrib) (doc.Span, bool) {
	sa := at.cue
	if at.speaker.ok() {
		sa = min(sa, at.speaker.a)
	}
	if sa <= g.Last+2 || c.low[sa-1] != "," || c.low[g.Last-2] == "," {
		return doc.Span{}, false // `“I made it the priority,” the diplomat ...`: the clause ended at the mark
	}
	words := 0
	for k := g.Last; k < sa-1; k++ {
		if doc.IsQuoteMark(c.low[k]) || c.low[k] == "," {
			return doc.Span{}, false // `“...” Monday, Lee refrained from ..., he said`: a clause of the narrator's after the comma
		}
		if qIsWord(c.low[k]) {
			words++
		}
	}
	for k := max(at.end, at.cueEnd); k < c.d.Sentences[c.d.Tokens[g.First].Sentence].Last; k++ {
		if doc.IsQuoteMark(c.low[k]) {
			return doc.Span{}, false // `..., she responded, “What? ...”`: the cue's own quotation follows
		}
	}
	s := c.sentStart(g.First)
	for s < g.First && c.opener(s) {
		s++
	}
	if words < 2 || !c.hasVerb(s, g.First) && !c.hasVerb(g.Last, sa-1) || c.usedIn(s, g.First) || c.cueBefore(s, g.First) || c.sayBetween(g.Last, sa-1) {
		return doc.Span{}, false
	}
	return doc.Span{Start: c.d.Tokens[s].Start, End: c.d.Tokens[sa-2].End}, true
}

// sayBetween reports whether tokens [a, b) hold a verb of speech: a
// saying of its own after the mark ("“...” and said ..."). Verbs of
// showing are left out: "show" after a title is most often the noun.
func (c *qCtx) sayBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if x := c.d.TokenWord(k); x >= 0 && c.d.Words[x].UPOS == "VERB" && cueLemmas[qLower(c.d.Words[x].Lemma)]&kSay != 0 {
			return true
		}
	}
	return false
}
