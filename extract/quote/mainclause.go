package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// writersMainClause cuts a reported claim whose cue stands in an adverbial
// clause ("When the mayor claimed that the budget was balanced, the
// council had questions"; "Although she said the merger failed, this week
// she said ...") at the comma that closes that clause: what follows is the
// writer's main clause, which a wrong parse hangs inside the complement.
// The clause is opened by an adverbial mark before the cue with no comma
// between ("as" excepted: "As the mayor said, X" reports X); the content
// follows the cue; the comma closes the clause when a subject and its
// verb follow it, past any phrases without a verb between commas.
func (c *qCtx) writersMainClause() {
	d := c.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Direct || q.Cue == nil || len(q.Content) == 0 || q.Content[0].Start < q.Cue.End {
			continue
		}
		cue := d.TokenAt(q.Cue.Start)
		if cue < 0 || !c.adverbialCue(cue) {
			continue
		}
		e := c.sentEnd(cue)
	pieces:
		for j, sp := range q.Content {
			a, b := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)
			if a < 0 || b < 0 {
				break
			}
			for k := a + 1; k <= b; k++ {
				if c.low[k] != "," || !c.ownClauseAfter(k, e) {
					continue
				}
				if cut, n := c.trimmed(a, k); n >= 1 {
					q.Content = append(q.Content[:j], cut)
				} else {
					q.Content = q.Content[:j]
				}
				break pieces
			}
		}
	}
}

// adverbialCue reports whether an adverbial mark ("when", "although",
// not "as") opens the clause of the cue at token cue: it stands between
// the sentence start and the cue with no comma after it.
func (c *qCtx) adverbialCue(cue int) bool {
	for k := cue - 1; k >= c.sentStart(cue); k-- {
		switch {
		case c.low[k] == "," || c.low[k] == ";" || doc.IsDash(c.low[k]):
			return false
		case adverbialMarks[c.low[k]] && c.low[k] != "as":
			return true
		}
	}
	return false
}

// ownClauseAfter reports whether a finite clause with its own subject
// begins after the comma at token k, before the sentence end e:
// prepositional phrases ("in 2009, as governor,") may come first. A
// conjunction, a mark or relative word ("as if", "when", "which"), a verb
// before any subject, a phrase of another kind between commas ("frankly,
// very bad") or a participle's subject ("with one finding") say the comma
// is inside the complement.
func (c *qCtx) ownClauseAfter(k, e int) bool {
	d := c.d
	adjunct := true // the phrase since the last comma opens with a preposition
	opens := true   // the next word opens a phrase
	for j := k + 1; j < e; j++ {
		if doc.IsQuoteMark(c.low[j]) {
			continue
		}
		if c.low[j] == "," {
			if !adjunct {
				return false // a phrase between commas that is no adjunct
			}
			opens = true
			continue
		}
		w := d.TokenWord(j)
		if w < 0 {
			return false
		}
		x := d.Words[w]
		switch {
		case x.UPOS == "CCONJ" || x.UPOS == "SCONJ" || x.UPOS == "VERB" || x.UPOS == "AUX" ||
			strings.HasPrefix(x.XPOS, "W") || adverbialMarks[c.low[j]] && x.Rel != "case":
			return false
		case doc.RelIs(x.Rel, "nsubj", "nsubj:pass", "expl"):
			h := x.Head
			return h >= 0 && d.Words[h].Token > j && c.finiteClause(h) &&
				!doc.RelIs(d.Words[h].Rel, "acl", "acl:relcl", "appos")
		case opens:
			adjunct = x.UPOS == "ADP"
		}
		opens = false
	}
	return false
}
