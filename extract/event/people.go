package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// Who takes part instead of a nominal participant: the names after a
// plural title (addConj).

// titledNames returns the first name right after plural title w ("Senators
// Ann Cole and Tom Ray", parsed as an apposition to the title, or as a
// second subject or object of the same verb), or -1: the named people
// take part, each with an entity of her own.
func (x *ctx) titledNames(w int) int {
	d := x.d
	if t := d.Words[w].XPOS; t != "NNS" && t != "NNPS" || w+1 >= len(d.Words) {
		return -1
	}
	n := w + 1
	if d.Words[n].Head == w && doc.RelIs(d.Words[n].Rel, "appos") ||
		d.Words[n].Head == d.Words[w].Head && d.Words[n].Rel == d.Words[w].Rel && d.Words[n].Sentence == d.Words[w].Sentence {
		if mi := x.mentionOf(n); mi >= 0 && d.Mentions[mi].Kind == doc.Name && d.Entities[d.Mentions[mi].Entity].Type == doc.Person {
			return n
		}
	}
	return -1
}
