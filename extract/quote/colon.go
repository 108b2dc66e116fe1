package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// colonLabels open a paragraph with a colon without naming a speaker:
// "Update: ...", "Photo: ...", "WASHINGTON: ...".
var colonLabels = lex.Words("quote/colonLabels")

// findColonClaims reads the headline and transcript convention "SPEAKER:
// CLAIM": a paragraph that opens with a short noun phrase naming someone
// who can speak ("Graham: Trump's rhetoric is destroying the party",
// "PENCE: Well, look, ..."), then a colon, then what they say, which runs
// to the paragraph's end. Quotations after the colon are direct quotes'.
// Two names joined before the colon name what the piece is about.
func (c *qCtx) findColonClaims(t *tree) {
	d := c.d
	for p := range c.pFirst {
		a, e := c.pFirst[p], c.pLast[p]
		if a < 0 {
			continue
		}
		for a < e && doc.IsQuoteMark(c.low[a]) && !c.used[a] {
			a++ // a transcript paragraph may open inside quotation marks
		}
		colon := a
		for colon < e && colon-a < 8 && c.low[colon] != ":" {
			colon++
		}
		if colon >= e || c.low[colon] != ":" || colon == a || c.usedIn(a, colon+1) || c.hasVerb(a, c.addressedTo(a, colon)) {
			continue
		}
		src := d.HeadWord(d.TokenWord(a), d.TokenWord(c.addressedTo(a, colon))) // not the addressee's words
		if src < 0 || colonLabels[c.low[a]] || colonLabels[qLower(d.Words[src].Text)] || !qIsCap(d.Tokens[a].Text) || !c.canSpeak(t, src) || d.Words[src].Sentence != d.Words[d.TokenWord(a)].Sentence {
			continue
		}
		if t.dep(src, "conj") >= 0 {
			continue // "Lund and Ruiz: A rivalry of twenty years": a topic, not a joint speaker
		}
		content, n := c.trimmed(colon+1, e)
		if n < 3 || c.usedIn(colon+1, e) {
			continue
		}
		cue := d.Tokens[colon].Span
		q := doc.Quote{Content: []doc.Span{content}, Cue: &cue, Speaker: -1, Addressee: -1}
		if sp, ok := c.wholeQuotation(colon+1, e); ok {
			q.Content, q.Direct = []doc.Span{sp}, true // "Ortiz: ‘We Will Win’"
		}
		c.setSpeakerWord(t, &q, src)
		c.used[colon] = true
		d.Quotes = append(d.Quotes, q)
	}
}

// addressedTo returns the token of "to" in the headline's "SPEAKER to
// ADDRESSEE: CLAIM" ("Mayor to Council: The budget will pass"), where the
// speaker ends; colon when there is none.
func (c *qCtx) addressedTo(a, colon int) int {
	for k := a + 1; k < colon-1; k++ {
		if c.low[k] == "to" && qIsCap(c.d.Tokens[k+1].Text) {
			return k
		}
	}
	return colon
}
