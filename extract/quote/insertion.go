package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// insertionEnd returns the comma that closes an inserted "according to X"
// whose source phrase runs on past the speaker's words (", according to a
// letter she wrote to the board in May, is ..."): the words between end
// the insertion when none of them is a verb outside the source's subtree,
// since a verb of the main clause would mean the commas enclose more than
// the attribution. k is the token after the source (or its apposition),
// e the sentence end; k itself when it is already a comma or no such
// comma follows.
func (c *qCtx) insertionEnd(t *tree, x, k, e int) int {
	d := c.d
	for j := k; j < e; j++ {
		if c.low[j] == "," {
			return j
		}
		w := d.TokenWord(j)
		if w < 0 || qIsTerminalTok(c.low[j]) || doc.IsQuoteMark(c.low[j]) || doc.IsDash(c.low[j]) {
			return k
		}
		if u := d.Words[w].UPOS; (u == "VERB" || u == "AUX") && !t.under(w, x) {
			return k
		}
	}
	return k
}
