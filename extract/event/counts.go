package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Event nouns used as things: the votes as a count ("23 percent of the
// vote", "split the vote") are no event (an agency noun that only
// classifies another, "a campaign manager", is trigger.go's modifierOnly).
// A prize such as "won the nomination" stays the act done to the winner:
// receive.go.

var shareVerbs = lex.Words("event/shareVerbs")

// voteCount reports whether "vote" noun w is the votes cast as a count:
// the of-phrase of a share or number ("23 percent of the vote", "a
// majority of the vote") or the object of a verb that divides or carries
// a count ("could split the vote").
func (x *ctx) voteCount(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if x.lemma(w) != "vote" || h < 0 || !x.definite(w) {
		return false
	}
	switch {
	case doc.RelIs(d.Words[w].Rel, "nmod") && caseOf(d, w) == "of":
		return x.measure(h) || quantityNouns[x.lemma(h)] || d.Words[h].UPOS == "NUM"
	case doc.RelIs(d.Words[w].Rel, "obj"):
		return shareVerbs[x.lemma(h)]
	}
	return false
}
