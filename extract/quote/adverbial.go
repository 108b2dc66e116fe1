package quote

// adverbialEndByWords returns the comma that closes the adverbial clause
// of cue w, read off the words when the parse does not hang the clause on
// the main clause ("When she says the school is safe, parents do not
// believe her": the parser may root the sentence on the claim and hang
// the main clause on it). The sentence opens with the clause's marker
// ("when", "because"; a conjunction may come first), no comma stands
// between the marker and the cue, and after the comma a main clause
// opens: a subject and its finite verb. -1 otherwise.
func (c *qCtx) adverbialEndByWords(w int) int {
	tok := c.d.Words[w].Token
	k := c.sentStart(tok)
	for k < tok {
		x := c.d.TokenWord(k)
		if x < 0 || c.d.Words[x].UPOS != "CCONJ" && !qIsQuoteMark(c.low[k]) {
			break
		}
		k++
	}
	if k >= tok || !adverbialMarks[c.low[k]] || c.low[k] == "as" {
		return -1 // "As Lund said, the depot is gone": the main clause is what it says
	}
	for j := k + 1; j < tok; j++ {
		if c.low[j] == "," {
			return -1
		}
	}
	e := c.sentEnd(tok)
	for j := tok + 1; j+1 < e; j++ {
		if c.used[j] {
			return -1 // a quotation: its commas are the speaker's
		}
		if c.low[j] == "," && c.opensMainClause(j+1, e) {
			return j
		}
	}
	return -1
}

// opensMainClause reports whether a clause opens at token k, before e: a
// noun phrase of a few words, then a finite verb or modal.
func (c *qCtx) opensMainClause(k, e int) bool {
	if !c.opensNoun(k) && !c.pronoun(k) {
		return false
	}
	for j := k + 1; j < e && j-k <= 5; j++ {
		x := c.d.TokenWord(j)
		if x < 0 {
			return false
		}
		if qFinite(c.d.Words[x]) {
			return true
		}
		switch c.d.Words[x].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART":
		default:
			return false
		}
	}
	return false
}

// pronoun reports whether token k is a personal pronoun, as the subject
// of a clause ("it would seem", "they left").
func (c *qCtx) pronoun(k int) bool {
	x := c.d.TokenWord(k)
	return x >= 0 && c.d.Words[x].XPOS == "PRP"
}
