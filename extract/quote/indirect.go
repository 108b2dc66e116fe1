package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// findIndirect reads reported speech around every cue verb that no direct
// quote used. The three shapes of English news attribution are handled:
//
//	NP said (that) CLAUSE          content after the cue, from "that" on
//	CLAUSE, NP said.               content before the comma (and after a
//	CLAUSE, said NP.               second comma: "X, she said, that Y")
//	according to NP, CLAUSE / CLAUSE, according to NP.
//
// Participial cues ("..., saying that ...") take the main clause's subject.
// Content never includes the final full stop (the PolNeAR convention) and
// may contain partial quotations (`she noted that he could "be impactful"`).
func (c *qCtx) findIndirect() {
	d := c.d
	for i := 0; i < len(d.Tokens); i++ {
		if c.used[i] {
			continue
		}
		w := c.low[i]
		if w == "according" && i+1 < len(d.Tokens) && c.low[i+1] == "to" && !c.used[i+1] {
			c.according(i)
			continue
		}
		cue, ok := lex.CueVerbs[w]
		if !ok || cue.DirectOnly || qIsCap(d.Tokens[i].Text) && i != c.sentStart(i) {
			continue
		}
		c.reported(i, cue)
	}
}

// according handles "according to NP".
func (c *qCtx) according(i int) {
	s, e := c.sentStart(i), c.sentEnd(i)
	sp := c.npAfter(i+2, e)
	if !sp.ok() {
		return
	}
	at := qAttrib{cue: i, cueEnd: i + 2, speaker: sp}
	// "According to X, CLAUSE."
	if c.onlyPunctBetween(s, i) {
		k := sp.b
		for k < e && c.low[k] != "," {
			k++
		}
		if k+1 < e {
			if content, ok := c.contentSpan(k+1, e); ok {
				c.addAttributed([]doc.Span{content}, at, false)
			}
		}
		return
	}
	// "CLAUSE, according to X."
	if i-1 > s && c.low[i-1] == "," {
		if content, ok := c.contentSpan(s, i-1); ok {
			c.addAttributed([]doc.Span{content}, at, false)
		}
	}
}

func (c *qCtx) onlyPunctBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if qIsWord(c.low[k]) {
			return false
		}
	}
	return true
}

// reported handles a cue verb at token i.
func (c *qCtx) reported(i int, cue lex.Cue) {
	s, e := c.sentStart(i), c.sentEnd(i)
	if i > s {
		p := c.low[i-1]
		// Nouns ("the claims", "Trump's tweet"), infinitives and passives
		// ("was said", "is expected") are not attributions.
		if cue.Base && (qDeterminers[p] || p == "'s" || p == "’s" || p == "to" || qIsAdjLike(p)) {
			return
		}
		if cue.Base && !c.hasSubject(i, s) && !(i+1 < e && (c.low[i+1] == "that" || qSubjectPronoun[c.low[i+1]])) {
			return
		}
		if !cue.Gerund && !cue.Base && qBeForms[c.prevNonAdverb(i, s)] {
			return
		}
	}
	at := qAttrib{cue: i, cueEnd: i + 1, headLast: true}
	if i+1 < e && c.low[i+1] == "out" { // pointed out
		at.cueEnd = i + 2
	}
	if cue.Gerund {
		if i == s || c.low[i-1] != "," {
			return
		}
		at.speaker = c.lastSpeakerInSentence(i)
		if !at.speaker.ok() {
			at.speaker = c.sentenceSubject(i)
		}
		c.clauseAfter(at, cue, e)
		return
	}
	at.speaker = c.npBefore(i, s)
	if at.speaker.ok() {
		// "CLAUSE, NP said[, CLAUSE]."
		if a := at.speaker.a; a-1 > s && c.low[a-1] == "," && cue.Speech && c.tailIsAdjunct(at.cueEnd, e) {
			c.clauseAround(at, s, a-1, e)
			return
		}
		c.clauseAfter(at, cue, e)
		return
	}
	// "CLAUSE, said NP."
	if i-1 > s && c.low[i-1] == "," && cue.Invert {
		at.speaker, at.headLast = c.npAfter(i+1, e), false
		if at.speaker.ok() {
			c.clauseAround(at, s, i-1, e)
		}
	}
}

var qBeForms = lex.Words("quote/qBeForms")

func qIsAdjLike(w string) bool {
	return w == "new" || w == "latest" || w == "recent" || w == "same" || w == "first" || w == "last" || w == "own"
}

// prevNonAdverb returns the lower-case word before token i, skipping adverbs.
func (c *qCtx) prevNonAdverb(i, s int) string {
	for k := i - 1; k >= s; k-- {
		w := c.low[k]
		if len(w) > 2 && w[len(w)-2:] == "ly" || w == "also" || w == "not" || w == "n't" {
			continue
		}
		return w
	}
	return ""
}

// tailIsAdjunct reports whether the tokens from k to the sentence end are
// only an adjunct of the attribution ("on Tuesday", "in a statement") or a
// comma opening the rest of the claim.
func (c *qCtx) tailIsAdjunct(k, e int) bool {
	if k >= e || c.low[k] == "," || qIsTerminalTok(c.low[k]) || qIsQuoteMark(c.low[k]) {
		return true
	}
	if !qTimeWords[c.low[k]] && !qIsCap(c.d.Tokens[k].Text) {
		return false
	}
	for j := k; j < e && j-k < 15; j++ {
		w := c.low[j]
		if w == "," || qIsTerminalTok(w) || qIsQuoteMark(w) {
			return true
		}
		if w == "that" {
			return false
		}
	}
	return false
}

// clauseAround records "CLAUSE, NP said[, CLAUSE]": content is the clause
// before the comma at token comma, plus what follows the attribution after
// a further comma.
func (c *qCtx) clauseAround(at qAttrib, s, comma, e int) {
	first, ok := c.contentSpan(s, comma)
	if !ok || comma-s < 4 {
		return // "In 1999, he said ..." opens with an adjunct, not a claim
	}
	content := []doc.Span{first}
	// "X, Smith said, that Y": the claim resumes after a comma that
	// follows the verb closely (not after an inverted subject's apposition).
	k := at.cueEnd
	for k < e && k-at.cueEnd < 4 && c.low[k] != "," && !qIsTerminalTok(c.low[k]) {
		k++
	}
	if at.headLast && k < e && c.low[k] == "," {
		if rest, ok := c.contentSpan(k+1, e); ok {
			content = append(content, rest)
		}
	}
	c.addAttributed(content, at, false)
}

// clauseAfter records "NP said (that) CLAUSE".
func (c *qCtx) clauseAfter(at qAttrib, cue lex.Cue, e int) {
	j := at.cueEnd
	if cue.Addressee && j < e {
		if c.low[j] != "that" {
			at.addr = c.npAfter(j, e)
			if at.addr.ok() {
				j = at.addr.b
			}
		}
	}
	if j >= e {
		return
	}
	start := -1
	if c.low[j] == "that" {
		start = j
	} else {
		for k := j; k < e && k-j < 12; k++ {
			w := c.low[k]
			if w == "that" {
				if k > j && (qTimeWords[c.low[j]] || qIsCap(c.d.Tokens[j].Text)) {
					start = k
				}
				break
			}
			if qIsTerminalTok(w) || qIsQuoteMark(w) || w == ";" {
				break
			}
		}
	}
	if start < 0 && cue.Attitude && !cue.Speech {
		// "criticized the plan", "called for a ban": the rest of the clause.
		if w := c.low[j]; qIsWord(w) || qIsQuoteMark(c.d.Tokens[j].Text) && !c.used[j] {
			start = j
		}
	}
	if start < 0 {
		w := c.low[j]
		if qClauseStoppers[w] || !qIsWord(w) && !qIsQuoteMark(c.d.Tokens[j].Text) {
			return
		}
		if qIsQuoteMark(c.d.Tokens[j].Text) && c.used[j] {
			return
		}
		if !cue.Speech && !(qSubjectPronoun[w] || qDeterminers[w] || qIsCap(c.d.Tokens[j].Text)) {
			return
		}
		start = j
	}
	end := e
	// Stop before a trailing attribution of the same claim or a direct quote.
	for k := start + 1; k < e; k++ {
		if c.used[k] {
			end = k
			break
		}
		if c.low[k] == "," && k+2 < e && c.low[k+1] == "according" && c.low[k+2] == "to" {
			end = k
			break
		}
	}
	if content, ok := c.contentSpan(start, end); ok {
		c.addAttributed([]doc.Span{content}, at, false)
	}
}

var qSubjectPronoun = lex.Words("quote/qSubjectPronoun")

// contentSpan is the text of tokens [a, b) without leading punctuation and
// trailing commas or full stop; ok is false when fewer than two words remain.
func (c *qCtx) contentSpan(a, b int) (doc.Span, bool) {
	for k := a; k < b; k++ {
		if c.used[k] {
			b = k // never run into a direct quotation
			break
		}
	}
	for a < b && (c.low[a] == "," || c.low[a] == ":" || c.low[a] == "—" || c.low[a] == "--") {
		a++
	}
	for b > a && (c.low[b-1] == "," || c.low[b-1] == ";" || c.low[b-1] == ":" || qIsTerminalTok(c.low[b-1]) || c.low[b-1] == "—") {
		b--
	}
	words := 0
	for k := a; k < b; k++ {
		if qIsWord(c.low[k]) {
			words++
		}
	}
	if words < 2 {
		return doc.Span{}, false
	}
	return doc.Span{Start: c.d.Tokens[a].Start, End: c.d.Tokens[b-1].End}, true
}

// lastSpeakerInSentence returns the speaker phrase of the last quote whose
// cue lies in the sentence of token i before i, for "..., saying ...".
func (c *qCtx) lastSpeakerInSentence(i int) qSpeaker {
	s := c.sentStart(i)
	lo, hi := c.d.Tokens[s].Start, c.d.Tokens[i].Start
	for j := len(c.d.Quotes) - 1; j >= 0; j-- {
		q := c.d.Quotes[j]
		if q.Cue == nil || q.Cue.Start < lo || q.Cue.Start >= hi {
			continue
		}
		if q.Speaker >= 0 {
			m := c.d.Mentions[q.Speaker]
			return qSpeaker{m.FirstTok, m.LastTok}
		}
		if q.SpeakerSpan != nil {
			a, b := c.d.TokenAt(q.SpeakerSpan.Start), c.d.TokenAt(q.SpeakerSpan.End-1)
			if a >= 0 && b >= 0 {
				return qSpeaker{a, b + 1}
			}
		}
	}
	return qSpeaker{}
}
