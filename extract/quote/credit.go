package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// creditLines cuts from each direct quote a credit line that closes it
// inside the quotation marks, as a pull quote prints its speaker: a last
// sentence that opens with a name and, after a comma, gives the title,
// with no verb ("... is working. Jane Doe, deputy adviser."). The line
// names who said it; it is not what was said.
func (c *qCtx) creditLines() {
	d := c.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !q.Direct {
			continue
		}
		sp := &q.Content[len(q.Content)-1]
		k := d.TokenAt(sp.End - 1)
		if k < 0 {
			continue
		}
		s := d.Sentences[d.Tokens[k].Sentence]
		if s.First == 0 || d.Tokens[s.First].Start <= sp.Start || !c.creditLine(s.First, s.Last) {
			continue
		}
		sp.End = d.Tokens[s.First-1].End
	}
}

// creditLine reports whether tokens [a, b) are a name, a comma and a
// title, with no verb: "Lena Moss, assistant harbor commissioner."
func (c *qCtx) creditLine(a, b int) bool {
	d := c.d
	for a < b && doc.IsQuoteMark(c.low[a]) {
		a++
	}
	if b-a > 14 {
		return false
	}
	first := d.TokenWord(a)
	if first < 0 || d.Words[first].UPOS != "PROPN" {
		return false
	}
	comma := false
	for k := a; k < b; k++ {
		if x := d.TokenWord(k); x >= 0 && (d.Words[x].UPOS == "VERB" || d.Words[x].UPOS == "AUX") {
			return false
		}
		comma = comma || c.low[k] == ","
	}
	return comma
}
