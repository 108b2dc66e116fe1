package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// wholeQuotation returns tokens [a, e) with their marks when they are one
// quotation and no more, bar a closing full stop: the claim of a headline "SPEAKER:
// ‘QUOTE’" is the speaker's own words, a direct quote, while "SPEAKER:
// Claim with a ‘quoted’ phrase" is the editor's report of it.
func (c *qCtx) wholeQuotation(a, e int) (doc.Span, bool) {
	for e > a && (qIsTerminalTok(c.low[e-1]) || c.low[e-1] == "") {
		e--
	}
	if e-a < 3 || !doc.IsQuoteMark(c.low[a]) || !doc.IsQuoteMark(c.low[e-1]) {
		return doc.Span{}, false
	}
	for k := a + 1; k < e-1; k++ {
		if doc.IsQuoteMark(c.low[k]) {
			return doc.Span{}, false
		}
	}
	return doc.Span{Start: c.d.Tokens[a].Start, End: c.d.Tokens[e-1].End}, true
}
