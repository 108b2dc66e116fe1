package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// withEnumeratedNext extends each reported claim from index from on whose
// content ends its sentence and opens a count with "one" ("said one task
// will be to ...") by the next sentence of the paragraph when that one
// goes on with the count ("Another is ...") and holds no claim or
// quotation of its own: the speaker's list goes on past the full stop.
func (c *qCtx) withEnumeratedNext(from int) {
	d := c.d
	for i := from; i < len(d.Quotes); i++ {
		q := &d.Quotes[i]
		last := q.Content[len(q.Content)-1]
		k := d.TokenAt(last.End - 1)
		if k < 0 || !c.opensCount(q.Content[0]) {
			continue
		}
		s := d.Tokens[k].Sentence
		if s+1 >= len(d.Sentences) || !c.onlyPunct(k+1, d.Sentences[s].Last) {
			continue
		}
		next := d.Sentences[s+1]
		if next.Paragraph != d.Sentences[s].Paragraph || c.low[next.First] != "another" ||
			c.usedIn(next.First, next.Last) || c.claimIn(next) {
			continue
		}
		if sp, n := c.trimmed(next.First, next.Last); n >= 3 {
			q.Content = append(q.Content, sp)
		}
	}
}

// opensCount reports whether content span sp opens with "one" or a
// determiner and "one" as the first of several ("one task", "the one
// problem" is no count: only "one" first).
func (c *qCtx) opensCount(sp doc.Span) bool {
	k := c.d.TokenAt(sp.Start)
	if k >= 0 && c.low[k] == "that" {
		k++
	}
	return k >= 0 && k < len(c.low) && c.low[k] == "one"
}

// claimIn reports whether a claim already found has its cue in sentence s.
func (c *qCtx) claimIn(s doc.Sentence) bool {
	a, b := c.d.Tokens[s.First].Start, c.d.Tokens[s.Last-1].End
	for _, q := range c.d.Quotes {
		if q.Cue != nil && q.Cue.Start >= a && q.Cue.Start < b {
			return true
		}
	}
	return false
}
