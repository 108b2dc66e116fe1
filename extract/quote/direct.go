package quote

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// findDirect turns paired quotation marks into direct quotes. Within a
// paragraph, a quotation with an attribution starts a quote; quotations
// after it that have none of their own ("...," she said. "...") join it as
// further content spans, as do those on the far side of its attribution
// (`"...," she said, "..."`). Quotations that open a paragraph without any
// attribution continue the previous speaker's quote. It returns the
// content starts of quotes whose speaker is to be taken from context.
func (c *qCtx) findDirect() map[int]bool {
	d := c.d
	cont := map[int]bool{}
	cur, curCue, curPara := -1, -1, -1
	var pending []doc.Span
	flush := func() {
		if len(pending) > 0 {
			d.Quotes = append(d.Quotes, doc.Quote{Content: pending, Speaker: -1, Addressee: -1, Direct: true})
			cont[pending[0].Start] = true
			pending = nil
		}
	}
	for _, g := range qPairMarks(d) {
		if g.First < 0 || g.Last <= g.First {
			continue
		}
		if g.Para != curPara {
			flush()
			cur, curCue, curPara = -1, -1, g.Para
		}
		var after, before qAttrib
		okA, okB := false, false
		if !g.Unclosed {
			after, okA = c.attribAfter(g.Last)
		}
		before, okB = c.attribBefore(g.First, g.Last)
		switch {
		case c.venueTitle(g.First, g.Last):
			for k := g.First; k < g.Last; k++ {
				c.titled[k] = true // she told “Morning Desk,” ...: the hearer, not her words
			}
			continue
		case cur >= 0 && okB && before.cue >= 0 && before.cue == curCue && !okA:
			d.Quotes[cur].Content = append(d.Quotes[cur].Content, g.Span)
		case okA || okB && before.cue >= 0:
			if len(pending) > 0 && c.cueBetween(pending[len(pending)-1].End, g.First) {
				flush() // someone else is reported in between: the earlier quotation is not this speaker's
			}
			at := after
			if !okA {
				at = before
			}
			content := append(pending, g.Span)
			if !okA && len(pending) == 0 {
				if sp, ok := c.frontedBeforeQuote(g.First, at); ok {
					content = []doc.Span{sp, g.Span} // "Tax reform, the minister says, “is ...”"
				} else if a, ok := c.clauseAfterCue(g, at); ok {
					content = []doc.Span{{Start: a, End: g.End}} // saying his remark “has no place”
				}
			} else if okA && len(pending) == 0 {
				if a, ok := c.subjectBeforeQuote(g, at.cue); ok {
					content = []doc.Span{{Start: a, End: g.End}} // The plan “will fail,” she said.
				} else if a, ok := c.clauseBeforeQuote(g, at.cue); ok {
					content = []doc.Span{{Start: a, End: g.End}} // The bridge was “too old,” she said.
				}
			}
			direct := true
			if sp, ok := c.quoteInClause(g, at); okA && len(pending) == 0 && ok {
				// is moving to the “Evening Desk” as its host, the station said; a
				// quotation that opens the clause stays direct
				content, direct = []doc.Span{sp}, sp.Start == g.Span.Start
			}
			pending = nil
			cur, curCue = c.addAttributed(content, at, direct), at.cue
			if !at.speaker.ok() {
				cont[content[0].Start] = true
			}
		case okB && before.cue < 0 && c.apposedTitle(g.First, g.Last):
			for k := g.First; k < g.Last; k++ {
				c.titled[k] = true // "In her memoir, “Born to Run,” she wrote ...": a title set off after its noun
			}
			continue
		case okB || c.standalone(g) && (cur >= 0 || c.closesSentence(g)) || cur >= 0 && c.shortSentence(g):
			if cur >= 0 {
				d.Quotes[cur].Content = append(d.Quotes[cur].Content, g.Span)
			} else {
				pending = append(pending, g.Span)
			}
		default:
			continue // a quoted phrase inside a sentence: a title or scare quote
		}
		for k := g.First; k < g.Last; k++ {
			c.used[k] = true
		}
	}
	flush()
	return cont
}

// addAttributed appends a quote with the attribution at and returns its index.
func (c *qCtx) addAttributed(content []doc.Span, at qAttrib, direct bool) int {
	d := c.d
	q := doc.Quote{Content: content, Speaker: -1, Addressee: -1, Direct: direct}
	if at.cue >= 0 {
		cue := doc.Span{Start: d.Tokens[at.cue].Start, End: d.Tokens[at.cueEnd-1].End}
		q.Cue = &cue
		for k := at.cue; k < at.cueEnd; k++ {
			c.used[k] = true
		}
	}
	c.setSpeaker(&q, at.speaker, at.headLast)
	if at.addr.ok() {
		q.Addressee = c.mention(at.addr, true)
	}
	if q.Addressee < 0 && at.cue >= 0 {
		q.Addressee = c.parsedAddressee(at.cue, content)
	}
	d.Quotes = append(d.Quotes, q)
	return len(d.Quotes) - 1
}

// parsedAddressee returns the mention of the one the cue at token cue
// addresses in the parse, outside the quotation's content: `he told
// aides`, `she complained to a reporter`, `he told him`, where the word
// order finds no capitalized noun phrase; -1 when none.
func (c *qCtx) parsedAddressee(cue int, content []doc.Span) int {
	d := c.d
	w := d.TokenWord(cue)
	if w < 0 {
		return -1
	}
	t := c.tree()
	a := c.addressee(t, w)
	if a < 0 || !c.canSpeak(t, a) {
		return -1 // "said to cheers": no one addressed
	}
	for _, sp := range content {
		if d.Words[a].Start >= sp.Start && d.Words[a].Start < sp.End {
			return -1
		}
	}
	return c.tokMen[d.Words[a].Token]
}

// fillContinuations gives quotes without an attribution of their own the
// speaker of the nearest earlier quote in the same or the previous
// paragraph: news copy names a speaker once and then quotes on.
func (c *qCtx) fillContinuations(cont map[int]bool) {
	d := c.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !cont[q.Content[0].Start] || q.Speaker >= 0 || q.SpeakerSpan != nil {
			continue
		}
		para := c.paraOf[d.TokenAt(q.Content[0].Start)]
		for j := i - 1; j >= 0; j-- {
			p := &d.Quotes[j]
			if c.paraOf[d.TokenAt(p.Content[0].Start)] < para-1 {
				break
			}
			if p.Speaker >= 0 || p.SpeakerSpan != nil {
				q.Speaker, q.SpeakerSpan, q.CoSpeakers = p.Speaker, p.SpeakerSpan, p.CoSpeakers
				q.Continued = true
				break
			}
		}
	}
}

// cueBetween reports whether a speech verb stands outside quotation marks
// between code point end and token first.
func (c *qCtx) cueBetween(end, first int) bool {
	k := sort.Search(len(c.d.Tokens), func(i int) bool { return c.d.Tokens[i].Start >= end })
	for ; k < first; k++ {
		if c.used[k] {
			continue
		}
		if cue, ok := lex.CueVerbs[c.low[k]]; ok && cue.Speech {
			return true
		}
	}
	return false
}

// frontedBeforeQuote returns the subject of a quoted clause that opens
// its sentence before the attribution at that interrupts it: "Tax reform,
// the minister says, “is the first task.”" The quotation must go on with
// a finite verb in lower case, and the words before the speaker's comma
// must be a noun phrase (no verb, no preposition or adverb first: "On
// taxes, she said, “...”" is the narrator's frame). false when none.
func (c *qCtx) frontedBeforeQuote(first int, at qAttrib) (doc.Span, bool) {
	d := c.d
	if !at.speaker.ok() || !at.headLast || at.speaker.a >= at.cue || first+1 >= len(c.low) {
		return doc.Span{}, false
	}
	v := d.TokenWord(first + 1)
	if v < 0 || !qFinite(d.Words[v]) || c.low[first+1] != d.Tokens[first+1].Text {
		return doc.Span{}, false
	}
	s, comma := c.sentStart(at.speaker.a), at.speaker.a-1
	if comma <= s || c.low[comma] != "," || c.usedIn(s, comma) || c.hasVerb(s, comma) ||
		c.inTimex(d.Tokens[s].Start) || qTimeWords[c.low[s]] {
		return doc.Span{}, false
	}
	for k := s; k < comma; k++ {
		if x := d.TokenWord(k); x < 0 || d.Words[x].UPOS == "ADP" && k == s || d.Words[x].UPOS == "ADV" && k == s ||
			d.Words[x].UPOS == "SCONJ" || d.Words[x].UPOS == "PUNCT" && c.low[k] != "-" {
			return doc.Span{}, false
		}
	}
	sp, n := c.trimmed(s, comma)
	return sp, n > 0
}

// subjectBeforeQuote returns where a quoted clause starts when its
// subject, and what the clause puts before it, stands before the opening
// mark in the narrator's words: `The plan “will not work,” she said.` The
// subject must end right before the mark (the parser may hang the mark on
// it) and depend on a finite word inside the quotation whose clause ends
// inside it: "whether she “wiped” her server" goes on past the mark.
// The attribution's cue (token cue), which a parser may hang on the quoted
// clause, is no part of it. false when the quotation opens its own clause.
func (c *qCtx) subjectBeforeQuote(g qRegion, cue int) (int, bool) {
	d := c.d
	s := c.sentStart(g.First)
	if g.First <= s || c.usedIn(s, g.First) {
		return 0, false
	}
	for k := s; k < g.First; k++ {
		w := d.TokenWord(k)
		if w < 0 || !doc.RelIs(d.Words[w].Rel, "nsubj", "csubj", "expl") {
			continue
		}
		h := d.Words[w].Head
		if h < 0 || !c.insideQuote(h, g) {
			h = c.clauseHungOn(w, g)
		}
		if h < 0 || !c.insideQuote(h, g) || !c.finiteClause(h) && !c.untaggedFinite(w, h) {
			continue
		}
		if c.subjectInside(h, g) {
			return 0, false // `the mayor “The bridge is safe,”`: the parser gave the clause two subjects
		}
		first, last, _ := d.Subtree(w)
		if d.Words[h].Head == w {
			last, _, _ = d.Subtree(h) // the subject's phrase ends where the clause hung on it begins
		} else {
			first, _, _ = d.Subtree(h)
		}
		if end := d.Words[last-1].Token; end != g.First-1 && end != g.First ||
			c.goesOnPast(h, g, cue) || d.Words[first].Token < s {
			return 0, false
		}
		for first < w && d.Words[first].UPOS == "PUNCT" {
			first++
		}
		return d.Words[first].Start, true
	}
	return 0, false
}

// insideQuote reports whether word h stands inside quotation g.
func (c *qCtx) insideQuote(h int, g qRegion) bool {
	k := c.d.Words[h].Token
	return k > g.First && k < g.Last
}

// clauseHungOn returns the finite clause inside quotation g that a parser
// hung on the subject w before the opening mark rather than w on it
// (`The plan “will fail,” she said.` with "fail" under "plan"); -1 when
// none.
func (c *qCtx) clauseHungOn(w int, g qRegion) int {
	for _, x := range c.tree().children(w) {
		if x := int(x); c.insideQuote(x, g) && c.finiteClause(x) {
			return x
		}
	}
	return -1
}

// goesOnPast reports whether the clause of h goes on past the closing
// mark of quotation g. The attribution after the mark and the sentence's
// full stop are no part of it, though UD hangs them on the quoted clause
// (parataxis: `The plan “will fail,” she said.`), nor is the cue at
// token cue, whatever the parser hung it by.
func (c *qCtx) goesOnPast(h int, g qRegion, cue int) bool {
	d, t := c.d, c.tree()
	for _, x := range t.children(h) {
		x := int(x)
		if d.Words[x].Token >= g.Last && (doc.RelIs(d.Words[x].Rel, "parataxis", "punct") || d.Words[x].Token == cue) {
			continue
		}
		if _, last, _ := d.Subtree(x); d.Words[last-1].Token >= g.Last {
			return true
		}
	}
	return false
}

// subjectInside reports whether h has a subject of its own inside the
// quotation g: then the quotation opens its clause, whatever else the
// parser hung on h before the mark.
func (c *qCtx) subjectInside(h int, g qRegion) bool {
	for _, x := range c.d.Dependents(h, "nsubj", "csubj", "expl") {
		if t := c.d.Words[x].Token; t > g.First && t < g.Last {
			return true
		}
	}
	return false
}

// untaggedFinite reports whether w is the subject of verb h with no auxiliary
// or infinitive marker: h is finite whatever its tag, as a bare form or a
// participle takes no subject of its own (`They “really had chemistry”`
// with "had" tagged a participle, `The players “trust each other”` with
// "trust" a bare form).
func (c *qCtx) untaggedFinite(w, h int) bool {
	x := c.d.Words[h]
	return x.UPOS == "VERB" && c.d.Words[w].Head == h && doc.RelIs(c.d.Words[w].Rel, "nsubj") &&
		(x.XPOS == "VB" || x.XPOS == "VBN") && len(c.d.Auxiliaries(h)) == 0 && c.d.Dependents(h, "mark") == nil
}

// finiteClause reports whether word h heads a finite clause: it is finite
// itself or has a finite auxiliary or copula.
func (c *qCtx) finiteClause(h int) bool {
	if qFinite(c.d.Words[h]) {
		return true
	}
	for _, a := range c.d.Auxiliaries(h) {
		if qFinite(c.d.Words[a]) {
			return true
		}
	}
	return false
}

// colonSpeakers names the speaker of a direct quote that has none and no
// cue when a colon without a verb names it: "Jane Roe, The Ledger:
// “...”", "“ROE: ...”".
func (c *qCtx) colonSpeakers() {
	d := c.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !q.Direct || q.Cue != nil || q.Speaker >= 0 || q.SpeakerSpan != nil {
			continue
		}
		first, last := d.TokenAt(q.Content[0].Start), d.TokenAt(q.Content[0].End-1)+1
		if first < 0 || last <= first {
			continue
		}
		sp := c.colonSpeaker(first)
		if !sp.ok() {
			sp = c.transcriptSpeaker(first, last)
		}
		if sp.ok() {
			c.setSpeaker(q, sp, true)
		}
	}
}

// colonSpeaker is the speaker a paragraph names before a colon that
// introduces the quotation opening at token k, without a verb: "Jane
// Roe, The Ledger: “...”", "Kerry: “...”": the phrase up to its first
// comma (the name before its outlet or title), when its head can speak.
func (c *qCtx) colonSpeaker(k int) qSpeaker {
	d := c.d
	colon := k - 1
	if colon < 1 || c.low[colon] != ":" || c.paraOf[colon] != c.paraOf[k] {
		return qSpeaker{}
	}
	a := c.pFirst[c.paraOf[k]]
	if colon == a || colon-a > 12 || c.usedIn(a, colon+1) || c.hasVerb(a, colon) || !qIsCap(d.Tokens[a].Text) || colonLabels[c.low[a]] {
		return qSpeaker{}
	}
	b := a
	for b < colon && c.low[b] != "," {
		b++
	}
	src := d.HeadWord(d.TokenWord(a), d.TokenWord(b-1)+1)
	if src < 0 || colonLabels[qLower(d.Words[src].Text)] || !c.canSpeak(c.tree(), src) {
		return qSpeaker{}
	}
	return qSpeaker{a, b}
}

// transcriptSpeaker is the name in capitals and its colon that open the
// quotation of tokens [first, last), the transcript convention ("“PENCE:
// Well, ...”"); none otherwise.
func (c *qCtx) transcriptSpeaker(first, last int) qSpeaker {
	k := first + 1
	for j := k; j < last && j-k < 4; j++ {
		if c.low[j] == ":" {
			if j == k || colonLabels[c.low[k]] {
				break
			}
			return qSpeaker{k, j}
		}
		if t := c.d.Tokens[j].Text; len(t) < 2 || !qIsWord(t) || strings.ToUpper(t) != t {
			break
		}
	}
	return qSpeaker{}
}
