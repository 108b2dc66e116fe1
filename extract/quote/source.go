package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// source returns the word that names who makes the claim of cue w (-1
// when the text names nobody) and whether w is passive ("it was reported
// that", "is expected to"), whose source is the "by" agent if any.
func (c *qCtx) source(t *tree, w int) (src int, passive bool) {
	if t.dep(w, "aux:pass") >= 0 || t.dep(w, "expl") >= 0 {
		if a := t.dep(w, "obl:agent"); a >= 0 {
			return a, true
		}
		return -1, true
	}
	if o := c.invertedSpeaker(t, w); o >= 0 {
		return o, false
	}
	s := c.subjectOf(t, w)
	if s < 0 || !c.canSpeak(t, s) || c.d.Words[s].UPOS == "VERB" {
		// "Years after Clinton claimed": a parse that took an opening
		// phrase for the subject; the words may still say who. A subject
		// tagged as a verb is a tagger's error ("Sanders | supporters
		// said"): the words say where its phrase ends.
		if r := c.reducedRelativeSubject(t, w); s < 0 && r >= 0 {
			return r, false
		}
		if l := c.linearSubject(t, w); l >= 0 && (s < 0 || c.canSpeak(t, l)) {
			return l, false
		}
	}
	return s, false
}

// invertedSpeaker returns the speaker that follows cue w and ends the
// sentence, which a parser took for the cue's object: "The vote is off,
// reports the Daily Ledger.", "..., writes Tom Hale." The cue is a finite
// verb after a comma with no subject or complement of its own, and the
// named phrase right after it is all that is left of the sentence; -1
// otherwise.
func (c *qCtx) invertedSpeaker(t *tree, w int) int {
	d := c.d
	tok := d.Words[w].Token
	if tok == 0 || c.low[tok-1] != "," || !strings.HasPrefix(d.Words[w].XPOS, "VB") || d.Words[w].XPOS == "VB" ||
		d.Words[w].XPOS == "VBG" || t.dep(w, "nsubj", "nsubj:pass", "ccomp", "xcomp", "iobj") >= 0 {
		return -1
	}
	o := t.dep(w, "obj")
	if o < w || d.Words[o].UPOS != "PROPN" || !c.canSpeak(t, o) {
		return -1
	}
	f, l := t.span(o)
	if d.Words[f].Token != tok+1 {
		return -1
	}
	if !c.onlyPunctBetween(d.Words[l-1].Token+1, c.sentEnd(tok)) {
		return -1
	}
	return o
}

// reducedRelativeSubject returns the subject of cue w that a parser gave
// to a participle before it, read as the finite verb of the sentence:
// "Figures reported on Sunday now suggest that ..." parsed as "Figures
// reported", with "suggest" hung on it. The participle h is a past form
// with a plural noun subject, w a plain present form with no subject of
// its own, hung on h with nothing but words between them, no comma or
// conjunction; -1 otherwise.
func (c *qCtx) reducedRelativeSubject(t *tree, w int) int {
	d := c.d
	h := d.Words[w].Head
	if h < 0 || h > w || d.Words[h].XPOS != "VBD" || !doc.RelIs(d.Words[w].Rel, "parataxis", "conj") ||
		d.Words[w].XPOS != "VBP" && d.Words[w].XPOS != "VB" {
		return -1
	}
	s := t.dep(h, "nsubj")
	if s < 0 || s > h || d.Words[s].XPOS != "NNS" {
		return -1
	}
	for k := d.Words[h].Token + 1; k < d.Words[w].Token; k++ {
		if c.low[k] == "," || c.low[k] == ";" || c.low[k] == "and" || c.low[k] == "but" || !qIsWord(c.low[k]) {
			return -1
		}
	}
	return s
}

// linearSubject reads the subject of a finite cue w off the words around
// it when the parse gave it none: the noun phrase right before it ("Cook
// said", which a tagger may take for a verb), or right after it past a
// comma ("..., said the senator"); -1 when neither is there.
func (c *qCtx) linearSubject(t *tree, w int) int {
	d := c.d
	word := d.Words[w]
	tok := word.Token
	s, e := c.sentStart(tok), c.sentEnd(tok)
	if word.XPOS == "VBG" {
		// "..., saying ...": the speaker of the sentence's earlier cue, or its subject.
		if sp := c.gerundSpeaker(tok); sp.ok() {
			return d.TokenWord(sp.b - 1)
		}
		return -1
	}
	if tok > s && c.low[tok-1] == "to" {
		return -1 // an infinitive has no subject of its own
	}
	end := tok
	for end > s {
		if x := d.TokenWord(end - 1); x < 0 || d.Words[x].UPOS != "ADV" || c.nameAt(end-1) {
			break // a name the tagger took for an adverb ("Jolly said") is the subject
		}
		end-- // "disingenuously claimed"
	}
	if sp := c.npBefore(end, s); sp.ok() && c.inDate(d.Tokens[sp.a].Start) && c.inDate(d.Tokens[sp.b-1].Start) {
		// "the Supreme Court this month rejected", "allies have in the
		// past said": the subject stands before the time; else the time,
		// which the claim takes for no speaker
		date := d.TokenWord(sp.b - 1)
		end = sp.a
		for end > s && c.low[end-1] != "," && (qTimeWords[c.low[end-1]] || qSkipBeforeCue[c.low[end-1]]) {
			end--
		}
		if sp := c.npBefore(end, s); sp.ok() {
			if x := d.TokenWord(sp.b - 1); x >= 0 && d.Words[x].UPOS != "VERB" {
				return x // not "a poll released on Tuesday showed"
			}
		}
		return date
	}
	if sp := c.speakerBefore(end, s); sp.ok() {
		return d.TokenWord(c.headBeforeOf(sp))
	}
	if tok > s && c.low[tok-1] == "," {
		if sp := c.npAfter(tok+1, e); sp.ok() {
			return d.TokenWord(sp.b - 1)
		}
	}
	return -1
}

// headBeforeOf returns the token heading noun phrase sp read off the
// words: its last, or the one before its first "of" when that one is a
// name ("Sen. Ana Ruiz of Ohio": Ruiz, not Ohio), which an "of" phrase
// places or describes; a name that goes on past "of" ("Bank of England")
// is one name.
func (c *qCtx) headBeforeOf(sp qSpeaker) int {
	for k := sp.a + 1; k+1 < sp.b; k++ {
		if c.low[k] != "of" {
			continue
		}
		if m := c.tokMen[k-1]; m >= 0 && c.d.Mentions[m].Kind == doc.Name && c.d.Mentions[m].LastTok == k {
			return k - 1
		}
		break
	}
	return sp.b - 1
}

// nameAt reports whether token k lies in a name mention.
func (c *qCtx) nameAt(k int) bool {
	m := c.tokMen[k]
	return m >= 0 && c.d.Mentions[m].Kind == doc.Name
}

// subjectOf returns the subject of predicate w: its own, a conjoined
// predicate's ("said X and added Y"), the controller of an open
// complement, the main clause's for a participle ("..., saying ..."), the
// noun a participle modifies ("officials, speaking on ...", or who issued
// it: "the office released a statement saying ...") and the
// antecedent of a relative pronoun ("Smith, who said ...").
func (c *qCtx) subjectOf(t *tree, w int) int {
	d := c.d
	for steps := 0; w >= 0 && steps < 8; steps++ {
		if s := c.nearestSubject(t, w); s >= 0 {
			a := c.antecedent(s, w)
			if i := c.issuer(t, a); a != s && i >= 0 {
				return i // "released a statement that said ..."
			}
			return a
		}
		word := d.Words[w]
		switch {
		case doc.RelIs(word.Rel, "advcl") && word.XPOS == "VBG" && !notSpeechMarks[t.caseOf(w)]:
			w = word.Head
		case doc.RelIs(word.Rel, "conj") && c.conjunctOfCue(t, w):
			w = d.Words[word.Head].Head // "is telling them that it is “depleted” and says he will ...": the cue's conjunct
		case doc.RelIs(word.Rel, "conj"):
			w = word.Head
		case doc.RelIs(word.Rel, "xcomp"):
			if o := t.dep(word.Head, "obj", "iobj"); o >= 0 {
				return o
			}
			w = word.Head
		case word.Rel == "acl" && word.XPOS == "VBG":
			if s := c.issuer(t, word.Head); s >= 0 {
				return s // "her office put out a statement saying ...": the office speaks through it
			}
			if c.placeNotSpeaker(t, word.Head) {
				return -1 // "is on firm ground criticizing them": where one stands says nothing
			}
			return word.Head
		default:
			return -1
		}
	}
	return -1
}

// placeNotSpeaker reports whether noun n, which a participle modifies, is
// a predicate with a copula and a preposition other than an author's
// ("by", "from") and names no person, organisation or document: "is on
// firm ground criticizing the plan" tells where one stands; "a letter
// from groups demanding", "along with graphics showing" keep who speaks.
func (c *qCtx) placeNotSpeaker(t *tree, n int) bool {
	d := c.d
	p := t.dep(n, "case")
	if p < 0 || t.dep(n, "cop") < 0 || d.Words[p].UPOS != "ADP" || authorCases[qLower(d.Words[p].Text)] || d.Words[n].UPOS != "NOUN" || c.isSourceNoun(n) {
		return false
	}
	if m := c.tokMen[d.Words[n].Token]; m >= 0 && (d.Mentions[m].Type == doc.Person || d.Mentions[m].Type == doc.Organization) {
		return false
	}
	ty, ok := lex.HeadNoun(qLower(d.Words[n].Lemma))
	return !ok || ty != doc.Person && ty != doc.Organization
}

// issuer returns who voices document noun n, the object of a verb that
// issues it ("the office released a statement", "put out a report"): the
// verb's subject when it can speak; -1 otherwise.
func (c *qCtx) issuer(t *tree, n int) int {
	d := c.d
	if n < 0 {
		return -1
	}
	v := d.Words[n].Head
	if v < 0 || d.Words[n].Rel != "obj" || !voicingVerbs[qLower(d.Words[v].Lemma)] || !c.isSourceNoun(n) {
		return -1
	}
	if s := c.nearestSubject(t, v); s >= 0 && c.canSpeak(t, s) {
		return c.antecedent(s, v)
	}
	return -1
}

// nearestSubject returns the subject of w nearest to it, preferring one
// that can speak: a parser that gives a clause two subjects has taken an
// opening phrase for one ("At the rally Monday morning, Rubio said"). A
// pronoun after the cue is the reported clause's subject, not the cue's.
func (c *qCtx) nearestSubject(t *tree, w int) int {
	best, bestSpeaks := -1, false
	for _, k := range t.children(w) {
		k := int(k)
		if !doc.RelIs(c.d.Words[k].Rel, "nsubj", "csubj") || k > w && c.d.Words[k].UPOS == "PRON" {
			continue // "said he would": the clause's subject, which a parser may hang on the cue
		}
		if p := t.dep(k, "case"); p >= 0 && c.d.Words[p].UPOS == "ADP" {
			continue // "At Bear Stearns, Ms. Sherry said": a phrase with a preposition is no subject
		}
		speaks := c.canSpeak(t, k)
		if best < 0 || speaks && !bestSpeaks || speaks == bestSpeaks && abs(k-w) < abs(best-w) {
			best, bestSpeaks = k, speaks
		}
	}
	if best < 0 {
		return c.bareNounBefore(t, w)
	}
	return best
}

// bareNounBefore returns the bare noun phrase that a parser hung before
// cue w as a time it is not ("26% | say they are conservative" read as
// "26% of the time"): the subject of a cue that has none; -1 otherwise.
func (c *qCtx) bareNounBefore(t *tree, w int) int {
	for _, k := range t.children(w) {
		k := int(k)
		if rel := c.d.Words[k].Rel; k < w && (rel == "obl:unmarked" || rel == "obl:tmod") && t.caseOf(k) == "" &&
			!c.inTimex(c.d.Words[k].Start) && c.canSpeak(t, k) {
			return k
		}
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// antecedent replaces a relative pronoun subject s of predicate p by the
// noun its clause modifies.
func (c *qCtx) antecedent(s, p int) int {
	d := c.d
	switch w := d.Words[s]; {
	case w.XPOS == "WP", w.XPOS == "WDT":
	case w.UPOS == "PRON" && (qLower(w.Text) == "that" || qLower(w.Text) == "which") && d.Words[p].Rel == "acl:relcl":
	default:
		return s
	}
	for steps := 0; p >= 0 && steps < 4; steps++ {
		if d.Words[p].Rel == "acl:relcl" {
			return d.Words[p].Head
		}
		p = d.Words[p].Head
	}
	// A parse without the relative clause: the noun before ", who".
	k := d.Words[s].Token - 1
	if k >= 0 && c.low[k] == "," {
		k--
	}
	if x := d.TokenWord(k); k >= 0 && x >= 0 && doc.RelIs(d.Words[x].Rel, "flat", "compound") && d.Words[x].Head < x {
		return d.Words[x].Head // "Ines Duarte" headed by "Ines"
	} else if x >= 0 && (d.Words[x].UPOS == "PROPN" || d.Words[x].UPOS == "NOUN") {
		return x
	}
	return -1
}

// canSpeak reports whether the phrase headed by s can say or think
// something: a name, a pronoun, a number of people, or a noun of a person,
// an organisation, a place that governs itself, or a document; not "the
// camera" or "the election".
func (c *qCtx) canSpeak(t *tree, s int) bool {
	d := c.d
	w := d.Words[s]
	if c.dateline(w.Token) {
		return false // "PARIS (AP) — ...": where the report was filed
	}
	m := c.tokMen[w.Token]
	if m >= 0 && (d.Mentions[m].Type == doc.Person || d.Mentions[m].Type == doc.Organization) {
		return true // a name the tagger took for a verb or adverb ("Cook said") still speaks
	}
	if c.inDate(w.Start) {
		return false // "Friday, Clinton announced": a parse that took the time for the subject
	}
	if m >= 0 && d.Mentions[m].Type == doc.Place {
		return true
	}
	if p := c.partitiveOf(t, s); p >= 0 && doc.RelIs(w.Rel, "nsubj") && lex.AbstractNoun(qLower(d.Words[p].Lemma)) {
		return false // "many of the contests": acts and events say nothing
	}
	switch w.UPOS {
	case "PROPN", "PRON", "NUM", "DET", "ADJ", "X", "SYM":
		return true
	case "NOUN":
	default:
		return false
	}
	low := qLower(w.Text)
	if ty, ok := lex.HeadNoun(low); ok && ty != doc.Other {
		return true
	}
	return c.isSourceNoun(s)
}

// dateline reports whether token k lies in the place in capitals that
// opens a report ("PARIS (AP) —"): where it was filed, not who speaks.
func (c *qCtx) dateline(k int) bool {
	m := c.tokMen[k]
	if m < 0 {
		return false
	}
	mn := c.d.Mentions[m]
	return mn.Kind == doc.Name && mn.Text == strings.ToUpper(mn.Text) && doc.AtDateline(c.d, mn.FirstTok, mn.LastTok)
}

// isSourceNoun reports whether noun s names a document, a count or a
// medium that a claim can come from ("the poll", "records").
func (c *qCtx) isSourceNoun(s int) bool {
	w := c.d.Words[s]
	return speakerNouns[qLower(w.Text)] || speakerNouns[qLower(w.Lemma)]
}
