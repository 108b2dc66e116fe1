package quote

import (
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// relativeClaim returns the claim of cue w standing in a relative clause
// whose relative pronoun is the subject of the clause reported: "the fees,
// which the mayor said will start in May, will not cover parking". The
// words decide, whatever the parser hung where (it may root the sentence
// on the complement and hang the main clause on it): the pronoun opens
// the clause after a comma or its noun, the cue's subject alone stands
// between it and the cue, and a finite verb follows the cue at once or
// after an adverb or two ("which the agency claimed now allows"), its
// subject the pronoun's gap. The claim is that verb's clause, up to a
// comma before the main clause's predicate or the end of the sentence;
// nil when the words say otherwise.
func (c *qCtx) relativeClaim(w int) []doc.Span {
	r := c.relativePronoun(w)
	if r < 0 {
		return nil
	}
	k := c.d.Words[w].Token + 1
	e := c.sentEnd(k - 1)
	v := k
	for n := 0; n < 2 && v < e && c.adverb(v); n++ {
		v++ // the adverb is the clause's
	}
	if x := c.d.TokenWord(v); v >= e || x < 0 || !qFinite(c.d.Words[x]) {
		return nil
	}
	end := k
	for end < e && c.low[end] != ";" && !(c.low[end] == "," && end+1 < e && c.resumes(end+1)) {
		end++
	}
	sp, n := c.trimmed(k, end)
	if n < 2 {
		return nil
	}
	return []doc.Span{sp}
}

// adverb reports whether token k is an adverb.
func (c *qCtx) adverb(k int) bool {
	x := c.d.TokenWord(k)
	return x >= 0 && c.d.Words[x].UPOS == "ADV"
}

// relativePronoun returns the token of the relative pronoun ("which",
// "who") that opens the clause of cue w, its subject alone between them
// ("which the mayor said"); -1 when none. The pronoun must follow a comma
// or a noun, which a free relative ("what he said was ...") does not.
func (c *qCtx) relativePronoun(w int) int {
	d := c.d
	tok := d.Words[w].Token
	nouns := 0
	for k := tok - 1; k >= 0 && tok-k <= 6; k-- {
		x := d.TokenWord(k)
		if x < 0 || d.Words[x].Sentence != d.Words[w].Sentence {
			return -1
		}
		switch xw := d.Words[x]; {
		case xw.XPOS == "WP" || xw.XPOS == "WDT":
			if nouns == 0 || c.low[k] == "that" || c.low[k] == "what" || k == 0 {
				return -1
			}
			p := d.TokenWord(k - 1)
			if c.low[k-1] == "," || p >= 0 && (d.Words[p].UPOS == "NOUN" || d.Words[p].UPOS == "PROPN") {
				return k
			}
			return -1
		case xw.UPOS == "NOUN" || xw.UPOS == "PROPN" || xw.UPOS == "PRON":
			nouns++
		case xw.UPOS == "DET" || xw.UPOS == "ADJ" || xw.UPOS == "NUM" || c.low[k] == "'s":
		default:
			return -1
		}
	}
	return -1
}

// resumes reports whether token k, after a comma, is the predicate of the
// main clause a relative clause interrupted ("..., will not cover
// parking"): a finite verb or modal, its subject before the clause.
func (c *qCtx) resumes(k int) bool {
	x := c.d.TokenWord(k)
	return x >= 0 && qFinite(c.d.Words[x])
}

// cutRelatives takes the relative clause of each claim from index from on
// that relativeClaim read out of the content of the other claims, which a
// parser may have hung it under ("urged the judge to give a fair
// sentence, which I said was not prison"): the clause is another
// speaker's, and its claim then stands on its own (see dropNested). A
// relative its own speaker voices again ("which he said ...") stays in a
// claim that runs to its end. A claim left with no words is dropped.
func (c *qCtx) cutRelatives(from int) {
	d := c.d
	for i := from; i < len(d.Quotes); i++ {
		q := d.Quotes[i]
		if q.Cue == nil || len(q.Content) == 0 {
			continue
		}
		k := d.TokenAt(q.Cue.Start)
		x := -1
		if k >= 0 {
			x = d.TokenWord(k)
		}
		if x < 0 || q.Content[0].Start < q.Cue.End {
			continue
		}
		r := c.relativePronoun(x)
		if r < 0 {
			continue
		}
		own := c.sameSpeakerRelative(r, k)
		if r > 0 && c.low[r-1] == "," {
			r--
		}
		a, b := d.Tokens[r].Start, q.Content[len(q.Content)-1].End
		for j := from; j < len(d.Quotes); j++ {
			if p := d.Quotes[j].Content; j != i && !(own && p[len(p)-1].End >= b) {
				d.Quotes[j].Content = c.without(p, a, b)
			}
		}
	}
	d.Quotes = slices.DeleteFunc(d.Quotes, func(q doc.Quote) bool { return len(q.Content) == 0 })
}

// sameSpeakerRelative reports whether the relative clause opening at
// token r, with its cue at token k, is voiced by a third-person pronoun
// alone ("criticized the system, which he said runs a risk"): the one
// the sentence is about, whose claim goes on in it, not another speaker.
func (c *qCtx) sameSpeakerRelative(r, k int) bool {
	if k != r+2 {
		return false
	}
	switch c.low[r+1] {
	case "he", "she", "they":
		return true
	}
	return false
}

// without returns spans less the text from offset a to b, each piece
// trimmed of the punctuation at its edges.
func (c *qCtx) without(spans []doc.Span, a, b int) []doc.Span {
	var out []doc.Span
	for _, sp := range spans {
		if sp.End <= a || sp.Start >= b {
			out = append(out, sp)
			continue
		}
		for _, p := range []doc.Span{{Start: sp.Start, End: a}, {Start: b, End: sp.End}} {
			if p.End <= p.Start {
				continue
			}
			toks := c.d.Tokens
			f := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= p.Start })
			l := sort.Search(len(toks), func(k int) bool { return toks[k].End > p.End })
			if f >= l {
				continue
			}
			if t, n := c.trimmed(f, l); n > 0 {
				out = append(out, t)
			}
		}
	}
	return out
}

// ownRelative reports whether claim q's cue stands in a relative clause
// its speaker voices again ("which he said runs a risk"), which the claim
// around it keeps (see cutRelatives): the text asserts both.
func (c *qCtx) ownRelative(q doc.Quote) bool {
	k := c.d.TokenAt(q.Cue.Start)
	if k < 0 {
		return false
	}
	x := c.d.TokenWord(k)
	if x < 0 {
		return false
	}
	r := c.relativePronoun(x)
	return r >= 0 && c.sameSpeakerRelative(r, k)
}
