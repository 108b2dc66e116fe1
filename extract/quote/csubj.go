package quote

// clauseAfterObject widens a reported claim whose cue the parser made the
// clausal subject of the next verb ("The governor admitted the gap
// between them does not reflect ..." read as "[admitted the gap] does
// not reflect"): the cue's object is the subject of that finite verb, so
// the claim is the whole clause, up to the verb's last word. The last
// piece of the content must end where only the verb's auxiliaries and
// adverbs stand before it.
func (c *qCtx) clauseAfterObject() {
	d, t := c.d, c.tree()
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Direct || q.Cue == nil || len(q.Content) == 0 || q.Content[0].Start < q.Cue.End {
			continue
		}
		w := d.TokenWord(d.TokenAt(q.Cue.Start))
		if w < 0 || d.Words[w].Rel != "csubj" {
			continue
		}
		v := d.Words[w].Head
		last := &q.Content[len(q.Content)-1]
		end := d.TokenAt(last.End - 1)
		if v < 0 || end < 0 || d.Words[v].Token <= end || !c.finiteClause(v) {
			continue
		}
		if !c.onlyVerbWordsBetween(v, end+1, d.Words[v].Token) {
			continue
		}
		_, l := t.span(v)
		if sp, n := c.trimmed(d.TokenAt(last.Start), d.Words[l-1].Token+1); n > 0 && sp.End > last.End {
			last.End = sp.End
		}
	}
}

// onlyVerbWordsBetween reports whether tokens [a, b) are all
// auxiliaries, negation or adverbs of verb v.
func (c *qCtx) onlyVerbWordsBetween(v, a, b int) bool {
	d := c.d
	for k := a; k < b; k++ {
		x := d.TokenWord(k)
		if x < 0 || d.Words[x].Head != v || !(d.Words[x].UPOS == "AUX" || d.Words[x].UPOS == "PART" || d.Words[x].UPOS == "ADV") {
			return false
		}
	}
	return true
}
