package event

import "github.com/newsgraph/newsgraph/extract/doc"

// A quote's cue is told by the text, outside what it reports: "he said"
// after a quotation is no future, condition or question of the
// quotation's, however the parser hangs the two together (a cue hung on a
// word of the quotation, a "will" of the quotation hung on the cue). The
// factuality of a cue reads only the words outside its content.

// cueOf returns the quote whose cue covers word w, nil when w is no cue.
func (x *ctx) cueOf(w int) *doc.Quote { return quoteWithCue(x.d, x.d.Words[w].Span) }

// acrossQuote reports whether word k lies in the content of the quote
// whose cue is word w: what k says belongs to the speaker's words, not
// to the cue.
func (x *ctx) acrossQuote(w, k int) bool {
	q := x.cueOf(w)
	return q != nil && x.inContent(q, x.d.Words[k].Span)
}
