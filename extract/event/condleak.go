package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// complementMarks open a clause that completes a verb or a noun (lex
// event/complementMarks).
var complementMarks = lex.Words("event/complementMarks")

// laterClause returns the clause that if-clause c, hung by the parser on
// w, belongs to when a "that" or "whether" of another clause stands
// between them ("told the panel of a plan that, if it passed, they
// would ...", "has wavered on whether she would sign it if it passed"):
// an if-clause is the condition of the nearest clause before it or of the
// one it opens, never of a verb whose complement opens first. -1 when
// none stands between; a relative clause ("will close the harbor that he
// built if she wins") is no complement and leaves c to w.
func (x *ctx) laterClause(w, c int) int {
	d := x.d
	if c < w {
		return -1
	}
	for k := c - 1; k > w; k-- {
		if !doc.RelIs(d.Words[k].Rel, "mark") {
			continue
		}
		if !complementMarks[strings.ToLower(d.Words[k].Text)] {
			continue
		}
		p := d.Words[k].Head
		if p != w && p != c && p > k && !doc.RelIs(d.Words[p].Rel, "acl:relcl") && x.below(p, w) {
			return p
		}
	}
	return -1
}

// strayCondition reports whether a later clause w is the one an if-clause
// hung on a verb above it belongs to (laterClause).
func (x *ctx) strayCondition(w int) bool {
	d := x.d
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for c := first; c < last; c++ {
		if h := d.Words[c].Head; h >= 0 && doc.RelIs(d.Words[c].Rel, "advcl") && x.conditional(c) && x.laterClause(h, c) == w {
			return true
		}
	}
	return false
}
