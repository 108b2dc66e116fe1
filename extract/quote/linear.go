package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// clauseAfter is the reading of "NP said (that) CLAUSE" off the words for
// a parse that missed the clause (a noun taken for a verb, a clause hung
// on the wrong word): the rest of the sentence after the cue, past the
// one told and the adjuncts of the cue ("said on Tuesday in a statement
// that ..."), up to a direct quotation, a semicolon or a trailing
// attribution (", according to", ", adding"). It needs a clause: a verb
// in it, and a first word that can open one.
func (c *qCtx) clauseAfter(t *tree, w int) []doc.Span {
	d := c.d
	tok := d.Words[w].Token
	e := c.sentEnd(tok)
	k := c.afterAdjuncts(t, w, tok+1, e)
	if k >= e || !c.opensClause(k) {
		return nil
	}
	return c.clauseFrom(k, e)
}

// clauseFrom returns the clause that opens at token k, up to sentence end
// e, a direct quotation, a semicolon or a trailing attribution; nil when
// it has no verb or fewer than three words.
func (c *qCtx) clauseFrom(k, e int) []doc.Span {
	end := k
	for end < e && !(c.used[end] || c.low[end] == ";" || c.low[end] == "," && end+1 < e && c.endsClaim(end+1)) {
		end++
	}
	if !c.hasVerb(k, end) || end-k < 3 {
		return nil
	}
	sp, n := c.trimmed(k, end)
	if n < 3 {
		return nil
	}
	return []doc.Span{sp}
}

// brokenClause returns the clause a parser broke up after cue w, taking
// its opening words for the cue's object o: "acknowledged that coal
// mining | would decline" ("that" read as a determiner, the clause's verb
// hung elsewhere), "recalled how | on his first day, all he saw was ...".
// The object must follow the cue at once and open with a complementizer
// or a question word; "that" needs a finite verb right after the object
// ("rejected that argument in a letter" stays an object), a question word
// an object with no verb of its own. nil when the words say otherwise.
func (c *qCtx) brokenClause(t *tree, w, o int) []doc.Span {
	d := c.d
	f, l := t.span(o)
	k, z := d.Words[f].Token, d.Words[l-1].Token+1
	if k != d.Words[w].Token+1 || !clauseOpeners[c.low[k]] {
		return nil
	}
	if c.low[k] == "that" {
		if x := d.TokenWord(z); x < 0 || !qFinite(d.Words[x]) || d.Words[x].Rel == "conj" {
			return nil
		}
	} else if c.hasVerb(k, z) {
		return nil
	}
	return c.clauseFrom(k, c.mainClauseAfter(w, c.sentEnd(k)))
}

// mainClauseAfter returns where the clause of cue w ends when it stands
// before the main clause of its sentence, which ends at e: at the last
// comma before the sentence's root ("Where they sought to say how tough
// they would be, | the Democrats stressed ..."); else e.
func (c *qCtx) mainClauseAfter(w, e int) int {
	tok, rt := c.d.Words[w].Token, c.d.Words[c.root(w)].Token
	for j := rt - 1; j > tok; j-- {
		if c.low[j] == "," {
			return j
		}
	}
	return e
}

// clauseOpeners open a reported clause or question: "that", "how", "why".
var clauseOpeners = lex.Words("quote/clauseOpeners")

// qFinite reports whether w is a finite verb or a modal: the predicate of
// a clause of its own.
func qFinite(w doc.Word) bool {
	switch w.XPOS {
	case "MD", "VBZ", "VBP", "VBD":
		return w.UPOS == "VERB" || w.UPOS == "AUX"
	}
	return false
}

// afterAdjuncts returns the first token from k on past what stands
// between cue w and its clause: "that" when it comes within a few words
// ("said Tuesday in a statement that"), else past the noun phrases and
// adjuncts the cue governs there ("told reporters", "said on Tuesday").
func (c *qCtx) afterAdjuncts(t *tree, w, k, e int) int {
	d := c.d
	for j := k; j < e && j-k < 15; j++ {
		if c.used[j] || qIsTerminalTok(c.low[j]) || doc.IsQuoteMark(c.low[j]) {
			break
		}
		if x := d.TokenWord(j); c.low[j] == "that" && x >= 0 && (d.Words[x].UPOS == "SCONJ" || c.timexUpTo(k, j)) {
			return j
		}
	}
	for _, ch := range t.children(w) {
		ch := int(ch)
		for k < e && c.low[k] == "," {
			k++
		}
		f, l := t.span(ch)
		rel := d.Words[ch].Rel
		if rel == "obj" || rel == "iobj" {
			f, l = c.speakerWords(t, ch)
		}
		if d.Words[f].Token != k {
			continue
		}
		if (rel == "obl:unmarked" || rel == "obl:tmod") && t.caseOf(ch) == "" && !c.inTimex(d.Words[ch].Start) &&
			!thingCues[qLower(d.Words[w].Lemma)] {
			break // "said the last time anyone paid attention | was ...": no time, the clause's subject
		}
		if !doc.RelIs(rel, "obl", "advmod", "iobj", "compound:prt", "nmod") &&
			!(rel == "obj" && c.addressee(t, w) == ch && qPersonish(d.Words[ch])) {
			break
		}
		k = d.Words[l-1].Token + 1
	}
	for k < e && (c.low[k] == "," || c.low[k] == ":") {
		k++
	}
	return k
}

// timexUpTo reports whether tokens [k, j) are a time expression and
// nothing else: a "that" after "said this year" opens the reported clause
// even where a parser took it for a relative pronoun of "year".
func (c *qCtx) timexUpTo(k, j int) bool {
	if j <= k {
		return false
	}
	for i := k; i < j; i++ {
		if !c.inTimex(c.d.Tokens[i].Start) {
			return false
		}
	}
	return true
}

// opensClause reports whether token k can be the first word of a reported
// clause: "that", a subject-like word, not a preposition or an infinitive.
func (c *qCtx) opensClause(k int) bool {
	if c.low[k] == "that" {
		return true
	}
	x := c.d.TokenWord(k)
	if x < 0 {
		return false
	}
	switch c.d.Words[x].UPOS {
	case "ADV": // "said nearly every conversation ... centers on"
		return k > 0 && c.low[k-1] != "," && k+1 < len(c.low) && c.d.Words[x].Head > x && c.opensNoun(k+1)
	case "DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ":
		return !qClauseStoppers[c.low[k]] && c.low[k] != "it" && c.low[k] != "this" && c.low[k] != "so"
	case "PUNCT":
		return doc.IsQuoteMark(c.low[k]) && !c.used[k] && k+1 < len(c.low) && qIsWord(c.low[k+1])
	}
	return false
}

// opensNoun reports whether token k opens a noun phrase: a determiner, a
// number or a noun.
func (c *qCtx) opensNoun(k int) bool {
	x := c.d.TokenWord(k)
	if x < 0 {
		return false
	}
	switch c.d.Words[x].UPOS {
	case "DET", "NUM", "NOUN", "PROPN":
		return true
	}
	return false
}

// endsClaim reports whether token k, after a comma and the closing mark
// of a quotation, opens a trailing attribution of the claim before it
// ("according to", a participle of speech: "adding") or a clause set
// against it ("while", "but").
func (c *qCtx) endsClaim(k int) bool {
	if doc.IsQuoteMark(c.low[k]) {
		// `“overblown,” adding that ...`: the quotation closes after its
		// comma; a contrast after it may be the quoted speaker's own
		for k < len(c.low)-1 && doc.IsQuoteMark(c.low[k]) {
			k++ // `''overblown,'' adding`: a mark of two apostrophes
		}
		x := c.d.TokenWord(k)
		return c.low[k] == "according" || x >= 0 && c.d.Words[x].XPOS == "VBG" && cueLemmas[qLower(c.d.Words[x].Lemma)] != 0
	}
	switch c.low[k] {
	case "according", "which", "but", "while", "whereas", "although", "though", "compared":
		return true // "..., while nine in 10 said ...": another claim, another speaker
	}
	x := c.d.TokenWord(k)
	return x >= 0 && c.d.Words[x].XPOS == "VBG" && cueLemmas[qLower(c.d.Words[x].Lemma)] != 0
}

// qPersonish reports whether word w can be one spoken to.
func qPersonish(w doc.Word) bool { return w.UPOS == "PROPN" || w.UPOS == "PRON" || w.UPOS == "NOUN" }

// clauseBefore is the reading of "CLAUSE, NP said." and "CLAUSE, said NP."
// off the words: the attribution (the cue, its subject src and adjuncts of
// the cue such as "on Tuesday") closes the sentence and a comma sets it
// off from the clause before it. "CLAUSE, NP said, CLAUSE." adds the
// rest of the sentence as a second piece.
func (c *qCtx) clauseBefore(t *tree, w, src int) []doc.Span {
	d := c.d
	tok := d.Words[w].Token
	s, e := c.sentStart(tok), c.sentEnd(tok)
	a, z := tok, tok+1 // the attribution's tokens [a, z)
	if src >= 0 {
		f, l := t.span(src)
		if sf := d.Words[f].Token; sf < tok {
			a = sf
		} else if ll := d.Words[l-1].Token + 1; ll > z {
			z = ll
		}
	}
	if a-1 <= s || c.low[a-1] != "," && !doc.IsDash(c.low[a-1]) || a-1-s < 4 {
		return nil
	}
	first, n := c.trimmed(s, a-1)
	if n < 3 || c.usedIn(s, a-1) || !c.hasVerb(s, a-1) || src >= 0 && d.Words[src].Token < a-1 {
		return nil // an apposition or a speaker's own phrase is no claim
	}
	out := []doc.Span{first}
	k := z
	for k < e && c.adjunctOf(t, w, k) {
		k++
	}
	switch {
	case k >= e || qIsTerminalTok(c.low[k]) || doc.IsQuoteMark(c.low[k]):
	case c.low[k] == "," && src >= 0 && d.Words[src].Token < tok:
		if rest, n := c.trimmed(k+1, e); n >= 2 && !c.usedIn(k+1, e) {
			out = append(out, rest)
		}
	default:
		return nil // the cue goes on with content of its own
	}
	return out
}

// adjunctOf reports whether token k is punctuation or lies in an adjunct
// of cue w ("on Tuesday", "in a statement", "to reporters").
func (c *qCtx) adjunctOf(t *tree, w, k int) bool {
	if !qIsWord(c.low[k]) {
		return c.low[k] != ","
	}
	x := c.d.TokenWord(k)
	for steps := 0; x >= 0 && steps < 12; steps++ {
		if h := c.d.Words[x].Head; h == w {
			return doc.RelIs(c.d.Words[x].Rel, "obl", "advmod", "nmod", "iobj", "advcl", "compound", "nsubj")
		} else if h < 0 {
			return false
		} else {
			x = h
		}
	}
	return false
}

// usedIn reports whether a direct quotation holds one of tokens [a, b).
func (c *qCtx) usedIn(a, b int) bool {
	for k := a; k < b; k++ {
		if c.used[k] {
			return true
		}
	}
	return false
}

// hasVerb reports whether tokens [a, b) hold a verb or auxiliary: a
// clause, not a noun phrase.
func (c *qCtx) hasVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if x := c.d.TokenWord(k); x >= 0 && (c.d.Words[x].UPOS == "VERB" || c.d.Words[x].UPOS == "AUX") {
			return true
		}
	}
	return false
}
