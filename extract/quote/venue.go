package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// venueTitle reports whether quotation [first, last) names a show, paper
// or book that the words before it make the place or hearer of a speech,
// not words said: it follows a preposition ("said on “Morning Desk,”"), a
// possessive ("the network's “Night Line”") or a verb that takes its
// hearer as object ("told “Morning Desk,”"), and reads as a title.
func (c *qCtx) venueTitle(first, last int) bool {
	p := first - 1
	if p < 0 || c.paraOf[p] != c.paraOf[first] || !c.titleShaped(first, last) {
		return false
	}
	if cue, ok := lex.CueVerbs[c.low[p]]; ok && cue.Addressee {
		return true
	}
	x := c.d.TokenWord(p)
	return x >= 0 && (c.d.Words[x].UPOS == "ADP" && c.d.Words[x].Rel == "case" || doc.RelIs(c.d.Words[x].Rel, "case") && (c.low[p] == "'s" || c.low[p] == "’s"))
}
