package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// capitalCue reads the claim of a cue that a writer capitalised inside a
// sentence ("Ruiz, in a post on Friday, Tweeted that ..."), which a tagger
// takes for a name and a parser then hangs anywhere: an inflected form of
// a verb of saying, not opening its sentence nor inside a name, with
// "that" right after it. Its speaker is the noun phrase before it and its
// content the clause after "that", both read off the words. It reports
// whether it added a claim.
func (c *qCtx) capitalCue(w int) bool {
	d := c.d
	word := d.Words[w]
	tok := word.Token
	if word.UPOS != "PROPN" || !qIsCap(word.Text) || tok == c.sentStart(tok) || tok+2 >= c.sentEnd(tok) ||
		c.low[tok+1] != "that" || c.tokMen[tok] >= 0 {
		return false
	}
	low := c.low[tok]
	lemma := lex.VerbLemma(low)
	if lemma == low || cueLemmas[lemma]&kSay == 0 {
		return false // "Said" the name, "Post" the paper
	}
	content := c.clauseFrom(tok+2, c.sentEnd(tok))
	if len(content) == 0 {
		return false
	}
	cue := doc.Span{Start: d.Tokens[tok].Start, End: d.Tokens[tok].End}
	q := doc.Quote{Content: content, Cue: &cue, Speaker: -1, Addressee: -1}
	c.setSpeaker(&q, c.speakerBefore(tok, c.sentStart(tok)), true)
	if q.Speaker < 0 && q.SpeakerSpan == nil {
		return false
	}
	d.Quotes = append(d.Quotes, q)
	return true
}
