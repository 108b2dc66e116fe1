package quote

// partitiveOf returns the noun of the "of" phrase that quantifier s picks
// a part of ("many of the contests", "most of the reports"): what the
// phrase is made of says whether it can speak; -1 when s is no such head.
func (c *qCtx) partitiveOf(t *tree, s int) int {
	d := c.d
	if !partitiveHeads[qLower(d.Words[s].Text)] {
		return -1
	}
	for _, k := range t.children(s) {
		if k := int(k); d.Words[k].Rel == "nmod" && k > s && t.caseOf(k) == "of" && d.Words[k].UPOS == "NOUN" {
			return k
		}
	}
	return -1
}
