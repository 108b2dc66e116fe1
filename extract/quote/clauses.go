package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// complement returns the clausal complement of w, the one after it when
// a parser gave it two ("ranking member ..., said he supports it": the
// first is an apposition of a subject it lost); -1 when none. One before
// the cue must be able to report a claim (see canReport).
func (c *qCtx) complement(t *tree, w int) int {
	first := -1
	for _, k := range t.children(w) {
		if k := int(k); c.d.Words[k].Rel == "ccomp" {
			if k > w {
				return k
			}
			if first < 0 && c.canReport(t, k) {
				first = k
			}
		}
	}
	return first
}

// adjoining returns the complement cc of w with the clauses of w that a
// parser split off it and that follow it without a gap ("believes that
// his efforts to slow the warming | will be the legacy", "said that ... |
// and that ...").
func (c *qCtx) adjoining(t *tree, w, cc int) []int {
	roots := []int{cc}
	_, end := t.span(cc)
	for _, k := range t.children(w) {
		k := int(k)
		if k <= cc || !doc.RelIs(c.d.Words[k].Rel, "ccomp", "parataxis") && !c.secondThat(t, k) {
			continue
		}
		f, l := t.span(k)
		ft, prev := c.d.Words[f].Token, c.d.Words[end-1].Token
		if c.low[ft] == "," && ft == prev+1 && (c.opensAdverbial(t, cc) || c.secondThat(t, k)) {
			ft, prev = ft+1, prev+1 // "that, as his path narrows, Sanders will ...", "that ..., and that ..."
		}
		if ft != prev+1 || !qIsWord(c.low[ft]) {
			break // a clause of its own, after a comma or a gap
		}
		roots, end = append(roots, k), l
	}
	return roots
}

// secondThat reports whether k is a conjunct a parser hung on the cue
// that is a second "that" clause of it: "said that the river was “safe”
// and that the beach would open".
func (c *qCtx) secondThat(t *tree, k int) bool {
	m := t.dep(k, "mark")
	return c.d.Words[k].Rel == "conj" && m >= 0 && qLower(c.d.Words[m].Text) == "that" && t.dep(k, "cc") >= 0
}

// opensAdverbial reports whether complement cc opens with an adverbial
// clause ("that as his path narrows, ..."), whose main clause a parser
// may have split off after the comma.
func (c *qCtx) opensAdverbial(t *tree, cc int) bool {
	f, _ := t.span(cc)
	k := c.d.Words[f].Token
	if c.low[k] == "that" {
		k++
	}
	return k < len(c.low) && adverbialMarks[c.low[k]]
}

// contrasts returns the clauses under roots that a parser hung there but
// that set another claim against this one ("..., while nine in 10 said
// ..."): they are cut from the content. A concession with no cue of its
// own is the speaker's ("said the changes helped, although the rules are
// still too narrow") and stays, unless a dash sets it off as an aside.
func (c *qCtx) contrasts(t *tree, roots []int) []int {
	var cuts []int
	for _, r := range roots {
		f, l := t.span(r)
		for x := f; x < l; x++ {
			if x == r || !t.under(x, r) {
				continue
			}
			mark := t.caseOf(x)
			if c.d.Words[x].Rel == "advcl" && contrastMarks[mark] && c.hasClause(t, x) && !c.runOnContrast(t, x) &&
				(!concessiveMarks[mark] || c.cueUnder(t, x) || c.afterDash(t, x)) ||
				c.nextCue(x) {
				cuts = append(cuts, x)
			}
		}
	}
	return cuts
}

// runOnContrast reports whether contrast clause x ("while ...") follows
// the words before it with no comma and reports no speech of its own: the
// speaker's own contrast or time, read as one with the claim ("told them
// she will protect the parks while her rival wants to sell them"); after
// a comma it is most often the writer's ("..., while six in 10 disagreed").
func (c *qCtx) runOnContrast(t *tree, x int) bool {
	m := t.dep(x, "mark")
	if m < 0 || m > x {
		return false
	}
	k := c.d.Words[m].Token - 1
	for k >= 0 && doc.IsQuoteMark(c.low[k]) {
		k-- // a closing quotation mark: the comma may stand inside it
	}
	if k < 0 || strings.ContainsAny(c.low[k], ",;:()-—–") {
		return false
	}
	f, l := t.span(x)
	for k := f; k < l; k++ {
		if w := c.d.Words[k]; w.UPOS == "VERB" && cueLemmas[qLower(w.Lemma)]&kSay != 0 && t.under(k, x) {
			return false // "while Lee said ...": a claim of its own
		}
	}
	return true
}

// beforeMark returns the obliques of complement cc that stand before its
// complementizer when nothing of the clause does: a parser may hang the
// cue's own adjunct there ("said this year | that cutbacks ..."), but
// "that" or "whether" opens the clause reported. A subject or copula
// before the mark ("his worry is that ...") keeps all.
func (c *qCtx) beforeMark(t *tree, cc int) []int {
	m := t.dep(cc, "mark")
	if m < 0 {
		return nil
	}
	var cuts []int
	for _, k := range t.children(cc) {
		k := int(k)
		if k >= m {
			break
		}
		if doc.RelIs(c.d.Words[k].Rel, "nsubj", "csubj", "expl", "cop", "aux") {
			return nil // "his worry is that ...", "the goal was to ...": the clause opens before the mark
		}
		if doc.RelIs(c.d.Words[k].Rel, "obl") {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// concession returns the concession a parser hung on cue w right after
// the clause roots it reports, a comma between ("said the changes helped,
// although the rules are still too narrow"): the speaker's, as when it
// hangs under the clause (see contrasts), unless a cue in it reports a
// claim of its own or a dash sets it off. -1 when none.
func (c *qCtx) concession(t *tree, w int, roots []int) int {
	end := 0
	for _, r := range roots {
		_, l := t.span(r)
		end = max(end, l)
	}
	for _, k := range t.children(w) {
		k := int(k)
		if k < end || c.d.Words[k].Rel != "advcl" || !concessiveMarks[t.caseOf(k)] {
			continue
		}
		f, _ := t.span(k)
		if !c.onlyPunct(c.d.Words[end-1].Token+1, c.d.Words[f].Token) || !c.hasClause(t, k) ||
			c.cueUnder(t, k) || c.afterDash(t, k) {
			return -1
		}
		return k
	}
	return -1
}

// hasClause reports whether x heads a clause, a verb or a predicate with
// a subject or copula: "while she was governor" is set against the claim,
// "while governor" or "while in office" only says when.
func (c *qCtx) hasClause(t *tree, x int) bool {
	u := c.d.Words[x].UPOS
	return u == "VERB" || u == "AUX" || t.dep(x, "nsubj", "csubj", "cop", "aux") >= 0
}

// afterDash reports whether the clause of x is set off by a dash before
// it, the narrator's aside ("will seek reelection - though it is unclear").
func (c *qCtx) afterDash(t *tree, x int) bool {
	f, _ := t.span(x)
	k := c.d.Words[f].Token
	if m := t.dep(x, "mark"); m >= 0 {
		k = c.d.Words[m].Token // the span may open with the dash itself
	}
	return k > 0 && (doc.IsDash(c.low[k-1]) || doc.IsDash(c.low[k]))
}

// cueUnder reports whether a cue predicate stands in the subtree of x: a
// claim of its own ("although she acknowledged it ...").
func (c *qCtx) cueUnder(t *tree, x int) bool {
	f, l := t.span(x)
	for k := f; k < l; k++ {
		if w := c.d.Words[k]; w.UPOS == "VERB" && cueLemmas[qLower(w.Lemma)] != 0 && t.under(k, x) {
			return true
		}
	}
	return false
}

// nextCue reports whether word x is a cue predicate coordinated with or
// adjoined to a clause rather than reported in it: a conjunct, a
// participle or a parenthetical of speech.
func (c *qCtx) nextCue(x int) bool {
	w := c.d.Words[x]
	return w.UPOS == "VERB" && cueLemmas[qLower(w.Lemma)]&kSay != 0 && !c.sharedAuxiliary(x) &&
		(doc.RelIs(w.Rel, "conj", "parataxis") || w.Rel == "advcl" && w.XPOS == "VBG")
}

// sharedAuxiliary reports whether conjunct x is a bare verb (a tagger
// may read it as present, VBP) with no subject or auxiliary of its own
// after a first conjunct that has a modal or "to": x shares them, so it
// continues that verb phrase ("could hurt the case and suggest they ...",
// "would sit him down and tell him ...") and is no act of saying the
// narrator reports beside it.
func (c *qCtx) sharedAuxiliary(x int) bool {
	d, t := c.d, c.tree()
	h := d.Words[x].Head
	bare := d.Words[x].XPOS == "VB" || d.Words[x].XPOS == "VBP"
	if d.Words[x].Rel != "conj" || !bare || h < 0 || h > x || t.dep(x, "nsubj", "aux", "mark") >= 0 {
		return false
	}
	for _, k := range t.children(h) {
		if a := d.Words[k]; doc.RelIs(a.Rel, "aux", "mark") && (a.XPOS == "MD" || qLower(a.Text) == "to") {
			return true
		}
	}
	return false
}

// interrupted returns the head of the clause that cue w stands in as a
// parenthetical, -1 when it is none: a parataxis ("The deal is dead, he
// said") or what a parser makes of one between commas, a clause with a
// subject of its own but no object or complement; a verb a parser hangs
// on the fronted subject as its apposition or list item ("Climate change,
// he says, is ...") is one too.
func (c *qCtx) interrupted(t *tree, w int) int {
	d := c.d
	word := d.Words[w]
	if word.Head < 0 {
		return -1
	}
	switch {
	case word.UPOS == "VERB" && doc.RelIs(word.Rel, "appos", "list"):
		if !c.betweenCommas(t, w) {
			return -1
		}
		return c.root(w)
	case word.Rel == "parataxis":
		if t.dep(w, "nsubj") < 0 {
			return -1 // a second predicate of the sentence's subject ("..., asked for X")
		}
		if c.afterColon(t, w) {
			return -1 // "The Latest: Mourners say ...": a label, not what they say
		}
		return c.root(w)
	case word.Rel == "csubj" && word.Head < w:
		// a clausal subject after its predicate, with a subject of its
		// own after a comma, is a parenthetical the parser misread:
		// "It was impossible, Lund said, so ..."
		if s := t.dep(w, "nsubj"); s < 0 || !c.commaBetween(word.Head, s) {
			return -1
		}
		return c.root(w)
	case doc.RelIs(word.Rel, "acl", "advcl"):
		s := t.dep(w, "nsubj")
		if s < 0 || d.Words[s].XPOS == "WP" || d.Words[s].XPOS == "WDT" ||
			t.dep(w, "obj", "ccomp", "xcomp") >= 0 || !c.commaBetween(word.Head, s) && !c.commaBetween(s, word.Head) ||
			c.inverted(t, w, s) {
			return -1
		}
		return c.root(w)
	}
	return -1
}

// afterColon reports whether clause w opens right after a colon, which
// sets what comes before it off as a label or a topic; not a quotation
// before it, which the headline's clause attributes ("'We will win': Lund
// says").
func (c *qCtx) afterColon(t *tree, w int) bool {
	f, _ := t.span(w)
	k := c.d.Words[f].Token
	for k < c.d.Words[w].Token && !qIsWord(c.low[k]) && c.low[k] != ":" {
		k++
	}
	if c.low[k] != ":" {
		k = c.d.Words[f].Token - 1
	}
	return k > 0 && c.low[k] == ":" && !doc.IsQuoteMark(c.low[k-1])
}

// inverted reports whether clause w puts an auxiliary before its subject
// s: a condition ("had I known, it would ...", "should she say so, ..."),
// no parenthetical that reports the clause it stands in.
func (c *qCtx) inverted(t *tree, w, s int) bool {
	for _, k := range t.children(w) {
		if k := int(k); k < s && doc.RelIs(c.d.Words[k].Rel, "aux", "aux:pass") {
			return true
		}
	}
	return false
}

// betweenCommas reports whether cue w stands between commas after a noun
// phrase, before its complement: "Climate change, he says, is ...".
func (c *qCtx) betweenCommas(t *tree, w int) bool {
	d := c.d
	h, s, cc := d.Words[w].Head, t.dep(w, "nsubj"), c.complement(t, w)
	if s < 0 || cc < w || h > s || d.Words[h].UPOS != "NOUN" && d.Words[h].UPOS != "PROPN" {
		return false
	}
	first, _, _ := d.Subtree(cc)
	for first < cc && d.Words[first].UPOS == "PUNCT" {
		first++
	}
	return c.commaBetween(h, s) && c.commaBetween(w, first)
}

// frontedSubject returns the subject of complement cc that stands before
// cue w, set off by a comma ("The repairs, she said, had cost ..."), when
// a parser hung it on the cue instead: a noun phrase before the cue's
// subject (the nearest before the cue: a parser may give it two), with no
// relation a speech verb gives a word before it (object, time, vocative)
// and no case marker, while cc has neither a subject nor a complementizer
// of its own, nor an object of the cue before it that could be its subject
// ("knew this talk | was wrong"). -1 when none.
func (c *qCtx) frontedSubject(t *tree, w, cc int) int {
	d := c.d
	s := -1
	for _, k := range t.children(w) {
		if k := int(k); k < w && doc.RelIs(d.Words[k].Rel, "nsubj") {
			s = k
		}
	}
	if s < 0 || cc < w || t.dep(cc, "nsubj", "expl", "mark") >= 0 {
		return -1
	}
	if o := t.dep(w, "obj"); o > w && o < cc {
		return -1
	}
	for _, k := range t.children(w) {
		k := int(k)
		if k >= s {
			break
		}
		word := d.Words[k]
		if doc.RelIs(word.Rel, "obj", "iobj", "ccomp", "expl", "vocative", "discourse") ||
			word.Rel == "obl:tmod" || word.Rel == "obl:unmarked" {
			continue
		}
		if (word.UPOS == "NOUN" || word.UPOS == "PROPN" || word.UPOS == "PRON") &&
			t.caseOf(k) == "" && c.commaBetween(k, s) {
			return k
		}
	}
	return -1
}

// subjectBeforeSpeaker returns the subject of complement cc that stands
// before cue w when a parser took the speaker for its apposition and the
// pair for the cue's subject ("Water scarcity, Ms. Rivera often says, is
// the greatest threat"), and that apposition: the speaker follows the
// subject after a comma and runs up to the cue, a comma follows the cue,
// and cc has neither a subject nor a complementizer of its own. -1, -1
// when none.
func (c *qCtx) subjectBeforeSpeaker(t *tree, w, cc int) (int, int) {
	d := c.d
	s := t.dep(w, "nsubj")
	if s < 0 || s > w || cc < w || t.dep(cc, "nsubj", "expl", "mark") >= 0 {
		return -1, -1
	}
	a := t.dep(s, "appos")
	if a < 0 || a > w || !c.commaBetween(s, a) || c.commaBetween(a, w) {
		return -1, -1
	}
	if k := d.Words[w].Token + 1; k >= len(c.low) || c.low[k] != "," {
		return -1, -1
	}
	if _, end := t.span(a); d.Words[end-1].Token >= d.Words[w].Token || !qPersonish(d.Words[a]) {
		return -1, -1
	}
	return s, a
}

// thatClauseUnder returns the clause a parser hung as an adverbial clause
// on complement cc when it, not cc, is what cue w reports: it opens right
// after the cue with the complementizer "that", which no adverbial clause
// takes, a comma closes it, and cc goes on after it with a subject of its
// own ("Years after X claimed that the era was over, his rival won ...":
// the narrator's main clause made the complement); -1 otherwise.
func (c *qCtx) thatClauseUnder(t *tree, w, cc int) int {
	d := c.d
	for _, k := range t.children(cc) {
		k := int(k)
		if k > cc {
			break
		}
		f, l := t.span(k)
		if !doc.RelIs(d.Words[k].Rel, "advcl") || f != w+1 || qLower(d.Words[f].Text) != "that" || t.caseOf(k) != "that" {
			continue
		}
		comma := d.Words[l-1].Text == "," || l < len(d.Words) && d.Words[l].Text == ","
		if s := t.dep(cc, "nsubj", "nsubj:pass", "expl"); comma && s > k {
			return k
		}
	}
	return -1
}
