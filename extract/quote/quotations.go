package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// shortSentence reports whether quotation g is a sentence of its own of
// fewer words than standalone asks for: it opens a sentence and ends with
// its own full stop, question or exclamation mark inside the marks
// (`..., she said. “Big mistake.”`). After a quote of the paragraph it goes
// on with it; a title or scare quote ends with no full stop inside.
func (c *qCtx) shortSentence(g qRegion) bool {
	prev := g.First - 1
	if prev >= c.pFirst[c.paraOf[g.First]] && !qIsTerminalTok(c.low[prev]) {
		return false
	}
	j := g.Last - 1
	for j > g.First && doc.IsQuoteMark(c.low[j]) {
		j--
	}
	return j > g.First+1 && qIsTerminalTok(c.low[j]) && qIsWord(c.low[g.First+1])
}

// apposedTitle reports whether quotation g is a title set off by a comma
// after a noun ("her new book, “Doomed to Fail,”"): every word of four
// letters or more capitalized, as titles are and quoted speech is not,
// and no full stop, question or exclamation mark of its own.
func (c *qCtx) apposedTitle(first, last int) bool {
	p := first - 1
	if p < 1 || c.low[p] != "," {
		return false
	}
	if x := c.d.TokenWord(p - 1); x < 0 || c.d.Words[x].UPOS != "NOUN" && c.d.Words[x].UPOS != "PROPN" {
		return false
	}
	return c.titleShaped(first, last)
}

// titleShaped reports whether the words inside quotation marks [first,
// last) read as a title: every word of four letters or more capitalized
// and no full stop, question or exclamation mark of its own.
func (c *qCtx) titleShaped(first, last int) bool {
	words := 0
	for k := first + 1; k < last; k++ {
		t := c.d.Tokens[k].Text
		switch {
		case qIsTerminalTok(c.low[k]):
			return false
		case !qIsWord(c.low[k]):
		case len([]rune(t)) >= 4 && !qIsCap(t):
			return false
		default:
			words++
		}
	}
	return words > 0
}
