package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// withoutCueConjunct clips the content after cue w at "and" when the
// verb phrase after it is a conjunct of the cue, the narrator's, not of
// the clause reported, wherever the parser hung it ("claimed self-defense
// | and was acquitted", "admitted that the plan was costly | and
// called ..."). See cueConjunct.
func (c *qCtx) withoutCueConjunct(w int, content []doc.Span) []doc.Span {
	d := c.d
	if len(content) == 0 || content[0].Start < d.Words[w].End {
		return content
	}
	first := d.TokenAt(content[0].Start)
	if first < 0 {
		return content
	}
	for i, sp := range content {
		for k := d.TokenAt(sp.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].End <= sp.End; k++ {
			if c.low[k] == "and" && c.cueConjunct(first, k) {
				if s, n := c.trimmed(d.TokenAt(sp.Start), k); n > 0 {
					return append(content[:i:i], s)
				}
				return content[:i]
			}
		}
	}
	return content
}

// cueConjunct reports whether the finite verb right after "and" at token
// k, with no subject of its own, continues the cue rather than the
// content that opens at token first: after a noun phrase, which takes no
// verb phrase as a conjunct ("claimed self-defense and was acquitted"),
// or a verb of speech or judgement, another claim the narrator reports
// ("found it confusing and called it ..."); a verb of thought may be the
// speaker's ("said he had watched it rise and thought of ...").
func (c *qCtx) cueConjunct(first, k int) bool {
	x := c.d.TokenWord(k + 1)
	if x < 0 || c.used[k+1] || !qFinite(c.d.Words[x]) || c.sharedAuxiliary(x) {
		return false
	}
	v := c.d.Words[x]
	if cueLemmas[qLower(v.Lemma)]&(kSay|kJudge|kName) != 0 {
		return true
	}
	return v.XPOS != "VBP" && !c.hasVerb(first, k) // "desire to cast aside X and embrace Y": a bare verb
}
