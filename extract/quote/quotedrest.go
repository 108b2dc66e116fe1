package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// quotedRest lets a reported claim take in the quotation that goes on with
// it past the clause the parse gave it: `said she would back the nominee but
// “has no plans to campaign for him,”`, `told reporters that he voted no
// because “the bill does nothing for farmers.”`. The quoted clause hangs on
// the claim's content or its cue as an adverbial clause or a conjunct, with
// no more than a conjunction and a few words of no verb between them: the
// speaker's own words, left out of every claim until now.
func (c *qCtx) quotedRest() {
	if len(c.d.Words) == 0 {
		return
	}
	for _, g := range qPairMarks(c.d) {
		if g.Unclosed || g.Continued {
			continue
		}
		if q := c.claimInto(g); q >= 0 {
			c.d.Quotes[q].Content[len(c.d.Quotes[q].Content)-1].End = g.End
			continue
		}
		if c.claimOver(g.Span) {
			continue
		}
		x := c.quotedClause(g)
		if x < 0 {
			continue
		}
		if q := c.claimGoingOn(g, c.d.Words[x].Head); q >= 0 {
			last := &c.d.Quotes[q].Content[len(c.d.Quotes[q].Content)-1]
			last.End = max(last.End, g.End)
		}
	}
}

// claimInto returns the reported claim that opens quotation g and stops
// inside it, at the end of its first sentence (`said that she opposes it
// because “we cannot wait. Families need this.”`), when no other claim holds
// the rest; -1 when there is none.
func (c *qCtx) claimInto(g qRegion) int {
	found := -1
	for i, q := range c.d.Quotes {
		last := q.Content[len(q.Content)-1]
		switch {
		case last.End <= g.Start || last.Start >= g.End:
			continue
		case q.Direct || q.Cue == nil || found >= 0 || last.Start >= g.Start || last.End >= g.End ||
			!c.sentenceEndAt(last.End, g):
			return -1
		}
		found = i
	}
	return found
}

// sentenceEndAt reports whether a full stop, question or exclamation mark
// of quotation g follows offset end with only spaces between.
func (c *qCtx) sentenceEndAt(end int, g qRegion) bool {
	for k := g.First; k < g.Last; k++ {
		if c.d.Tokens[k].Start >= end {
			return qIsTerminalTok(c.low[k])
		}
	}
	return false
}

// claimOver reports whether some claim's content overlaps span s.
func (c *qCtx) claimOver(s doc.Span) bool {
	for _, q := range c.d.Quotes {
		for _, sp := range q.Content {
			if sp.Start < s.End && sp.End > s.Start {
				return true
			}
		}
	}
	return false
}

// quotedClause returns the one word of quotation g that heads a clause of
// three words or more hung from outside it as an adverbial clause or a
// conjunct, -1 when the quotation is no such clause. Sentences the
// quotation goes on with are the speaker's too: only its first is read.
func (c *qCtx) quotedClause(g qRegion) int {
	first, last := c.d.TokenWords(g.First, g.Last)
	x, words := -1, 0
	for w := first; w < last; w++ {
		word := c.d.Words[w]
		if word.Sentence != c.d.Words[first].Sentence {
			break
		}
		if word.UPOS == "PUNCT" {
			continue
		}
		words++
		if word.Head >= first && word.Head < last {
			continue
		}
		if x >= 0 || word.Head < 0 || !doc.RelIs(word.Rel, "advcl", "conj") {
			return -1
		}
		x = w
	}
	if x < 0 || words < 3 || !c.predicateWord(x) {
		return -1
	}
	return x
}

// predicateWord reports whether word x heads a clause: a verb, or a noun or
// adjective with a subject or copula of its own ("these are hard times").
func (c *qCtx) predicateWord(x int) bool {
	switch c.d.Words[x].UPOS {
	case "VERB", "AUX":
		return true
	case "NOUN", "ADJ", "PROPN":
		return c.tree().dep(x, "nsubj", "cop") >= 0
	}
	return false
}

// claimGoingOn returns the reported claim whose content ends before
// quotation g and holds word h, or whose cue is h, with only a conjunction
// and a few words of no verb between the two (`but not until Obama`); -1
// when there is none.
func (c *qCtx) claimGoingOn(g qRegion, h int) int {
	hw := c.d.Words[h]
	for i, q := range c.d.Quotes {
		if q.Direct || q.Cue == nil || len(q.Content) == 0 {
			continue
		}
		end := q.Content[len(q.Content)-1].End
		if end > g.Start || !c.holds(q, hw.Span) || !c.bareGap(end, g.First) {
			continue
		}
		return i
	}
	return -1
}

// holds reports whether s lies in the content or the cue of claim q.
func (c *qCtx) holds(q doc.Quote, s doc.Span) bool {
	if q.Cue.Start <= s.Start && s.End <= q.Cue.End {
		return true
	}
	for _, sp := range q.Content {
		if sp.Start <= s.Start && s.End <= sp.End {
			return true
		}
	}
	return false
}

// bareGap reports whether the tokens from offset end up to token k hold a
// conjunction or subordinator and at most four words, none a verb, no full
// stop and no quotation mark.
func (c *qCtx) bareGap(end, k int) bool {
	words, joined := 0, false
	for j := k - 1; j >= 0 && c.d.Tokens[j].Start >= end; j-- {
		if qIsTerminalTok(c.low[j]) || doc.IsQuoteMark(c.low[j]) {
			return false
		}
		w := c.d.TokenWord(j)
		if w < 0 || c.d.Words[w].UPOS == "PUNCT" {
			continue
		}
		switch c.d.Words[w].UPOS {
		case "VERB", "AUX":
			return false
		case "CCONJ", "SCONJ":
			joined = true
		}
		if words++; words > 4 {
			return false
		}
	}
	return joined
}
