package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// leadingConditions adds to a reported claim the condition that opens its
// sentence before the speaker and cue: "If the vote fails, she said she
// would back the rival plan." The speaker states what follows under that
// condition; without it the content ("she would back the rival plan")
// says more than was said. The sentence opens with a conditional mark
// ("if", "unless"); its clause ends at the first comma, after which
// only the speaker stands before the cue; the content follows the cue;
// and the condition holds no other claim's words. A time clause ("When
// asked, she said") tells when the speaker spoke and stays out.
func (c *qCtx) leadingConditions() {
	d := c.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Direct || q.Cue == nil || len(q.Content) == 0 {
			continue
		}
		cue := d.TokenAt(q.Cue.Start)
		if cue < 0 {
			continue
		}
		s := c.sentStart(cue)
		if !conditionalMarks[c.low[s]] {
			continue
		}
		k := s + 1
		for k < cue && c.low[k] != "," {
			k++
		}
		if k >= cue || k-s < 2 || q.Content[0].Start < q.Cue.End || !c.onlySpeakerBetween(k+1, cue) {
			continue
		}
		cond := doc.Span{Start: d.Tokens[s].Start, End: d.Tokens[k-1].End}
		if c.otherClaimIn(cond, i) {
			continue
		}
		q.Content = append([]doc.Span{cond}, q.Content...)
	}
}

// onlySpeakerBetween reports whether tokens [a, b) hold no verb and no
// punctuation: a noun phrase, the speaker right before the cue.
func (c *qCtx) onlySpeakerBetween(a, b int) bool {
	return a < b && !c.hasVerb(a, b) && c.onlyWords(a, b)
}

// onlyWords reports whether every token in [a, b) has a letter or digit:
// words only, no punctuation mark.
func (c *qCtx) onlyWords(a, b int) bool {
	for k := a; k < b; k++ {
		if !qIsWord(c.low[k]) {
			return false
		}
	}
	return true
}

// otherClaimIn reports whether a quote other than the i-th has its cue or
// content inside span sp.
func (c *qCtx) otherClaimIn(sp doc.Span, i int) bool {
	for j, q := range c.d.Quotes {
		if j == i {
			continue
		}
		if q.Cue != nil && sp.Overlaps(*q.Cue) {
			return true
		}
		for _, x := range q.Content {
			if sp.Overlaps(x) {
				return true
			}
		}
	}
	return false
}
