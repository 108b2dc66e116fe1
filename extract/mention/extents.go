package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Extent rules that keep a mention a noun phrase whatever the parser
// hung on it: a noun phrase holds modifiers, complements and relative or
// participle clauses, never the predicate of its own sentence, a clause
// the parser could not place, or an aside with a verb of its own.

// clauseLeftOut reports whether dependent c of word p, below the head of
// a noun phrase, is no part of the phrase although its head is: a clause
// the parser hung there as a list item or a parataxis when it could not
// place it (not one in brackets, an aside inside the phrase; the parser's
// reparandum, discourse and dep stand mostly inside a phrase, for a
// broken word, "like" or "say", and stay), a verb taken for a noun's
// complement (a finite form without a noun's modifiers as nmod: "a
// friend of the couple's, said that ..."), or a relative clause with
// neither relative word nor subject ("the border spiked in 2014"): a
// relative clause without a relative word has its own subject ("the
// leverage they needed"), so without both it is a predicate the parse ran
// into the phrase, unless its head is the relative word ("a look at what
// happened").
func clauseLeftOut(d *doc.Document, p, c int) bool {
	w := d.Words[c]
	switch {
	case doc.RelIs(w.Rel, "list", "parataxis"):
		// not "corporations and some (favored by them) for the poor": an aside inside
		return clausal(d, c) && !bracketed(d, c)
	case doc.RelIs(w.Rel, "nmod") && (w.UPOS == "VERB" || w.UPOS == "AUX"):
		// not the nouns "political giving", "the fallen", "block grants"
		return finiteVerb(w) && len(d.Dependents(c, "det", "amod", "compound", "nummod", "nmod:poss")) == 0
	case w.Rel == "acl:relcl":
		if x := d.Words[p].XPOS; x == "WP" || x == "WDT" {
			return false // "a look at what happened": the head is the relative word
		}
		return !hasRelativeWord(d, c) && len(d.Dependents(c, "nsubj", "csubj")) == 0
	}
	return false
}

// reportingParticiple reports whether complement c of noun p is a
// participle clause that reports a clause of its own ("a report released
// Thursday suggesting that emissions must peak", "a memo saying the plant
// would close"): what the thing says is no part of which thing it is, and
// a phrase running into it would take in the reported content and its
// verb. The phrase ends before it; a participle that reports nothing
// stays ("the report released Thursday").
func reportingParticiple(d *doc.Document, p, c int) bool {
	w := d.Words[c]
	if c < p || w.Rel != "acl" || w.XPOS != "VBG" && w.XPOS != "VBN" {
		return false
	}
	return len(d.Dependents(c, "ccomp")) > 0
}

// absolutePreps open an absolute construction, a noun with a participle
// of its own ("with both parties setting the rules").
var absolutePreps = lex.Words("mention/absolutePreps")

// absoluteAside reports whether complement c of noun p is an absolute
// construction set off by a comma ("17 candidates, with both parties
// setting the rules"): a preposition's noun with a participle of its own,
// which says something about the clause, not about p.
func absoluteAside(d *doc.Document, p, c int) bool {
	if c < p || !doc.RelIs(d.Words[c].Rel, "nmod") || !absolutePreps[d.CaseWords(c)] || !setOff(d, c) {
		return false
	}
	for _, k := range d.Dependents(c, "acl") {
		if d.Words[k].Rel == "acl" && (d.Words[k].XPOS == "VBG" || d.Words[k].XPOS == "VBN") && len(d.Children(k)) > 0 {
			return true
		}
	}
	return false
}

// clausal reports whether word c heads a clause: a verb, or a word with
// a copula, an auxiliary or a subject ("were overwhelming markets"), not
// one item of a list of names ("backed Cruz, Kasich, Rubio").
func clausal(d *doc.Document, c int) bool {
	w := d.Words[c]
	return w.UPOS == "VERB" || w.UPOS == "AUX" || len(d.Dependents(c, "cop", "aux", "nsubj", "csubj")) > 0
}

// bracketed reports whether the phrase of word c stands in brackets.
func bracketed(d *doc.Document, c int) bool {
	first, last, _ := d.Subtree(c)
	return d.Words[first].Text == "(" || d.Words[last-1].Text == ")" || (first > 0 && d.Words[first-1].Text == "(")
}

// sentenceVerb reports whether participle clause c on noun p is the
// predicate of a sentence that the parser read as a noun phrase ("the
// number of families arriving at the border spiked in 2014"): a past form
// without auxiliary, not set off by a comma, a word of its own (not
// "union-backed"), the last such one in a full sentence (one ending in a
// full stop, not a headline's "Man charged in crash") that has no verb
// above p: p lies in a noun that roots the sentence without copula or
// subject, or in a subject whose head is no verb.
func sentenceVerb(d *doc.Document, p, c int) bool {
	w := d.Words[c]
	if w.XPOS != "VBN" && w.XPOS != "VBD" || w.Rel != "acl" || setOff(d, c) ||
		len(d.Dependents(c, "aux", "aux:pass", "mark")) > 0 || strings.ToLower(w.Text) != w.Text ||
		c > 0 && d.Words[c-1].End == w.Start {
		return false
	}
	first, last := d.SentenceWords(w.Sentence)
	if !fullStop(d, first, last) {
		return false
	}
	for k := c + 1; k < last; k++ {
		if x := d.Words[k]; x.Rel == "acl" && (x.XPOS == "VBN" || x.XPOS == "VBD") && !setOff(d, k) {
			return false // a later one is the verb: "people killed in the attack rose"
		}
	}
	return verblessAbove(d, p)
}

// verblessAbove reports whether noun p stands in a clause without a verb:
// climbing through nouns and the participles on them, the top is a noun
// rooting its sentence with no copula or subject, or a subject whose head
// is a noun or an adjective without copula; none of them set off by a
// comma.
func verblessAbove(d *doc.Document, p int) bool {
	x := p
	for steps := 0; steps < len(d.Words); steps++ {
		w := d.Words[x]
		if w.Head < 0 || w.Rel == "root" {
			return nominalWord(w) && len(d.Dependents(x, "cop", "nsubj", "csubj")) == 0
		}
		h := d.Words[w.Head]
		switch {
		case doc.RelIs(w.Rel, "nsubj"):
			return (nominalWord(h) || h.UPOS == "ADJ") && len(d.Dependents(w.Head, "cop")) == 0
		case setOff(d, x):
			return false // "Brolin stars, in a role inspired by ...": an aside, past a verb the tagger missed
		case nominalWord(h), h.UPOS == "VERB" && doc.RelIs(h.Rel, "acl") && (h.XPOS == "VBG" || h.XPOS == "VBN"):
			x = w.Head
		default:
			return false
		}
	}
	return false
}

// fullStop reports whether sentence [first, last) ends in a full stop,
// closing quotes and brackets aside: running text, not a headline.
func fullStop(d *doc.Document, first, last int) bool {
	for last > first && closing(d.Words[last-1].Text) {
		last--
	}
	return last > first && d.Words[last-1].Text == "."
}

// closing reports a closing quotation mark or bracket.
func closing(s string) bool {
	switch s {
	case "”", "’", "\"", "''", "'", ")", "]":
		return true
	}
	return false
}

// relativeOpener reports whether word w, first in a phrase, is a
// relative or interrogative possessive ("whose program"): it stands for
// the noun the clause is about, not for part of this phrase.
func relativeOpener(d *doc.Document, w int) bool {
	return d.Words[w].XPOS == "WP$"
}

// keepOpeningQuote returns first, or the first of the opening quotation
// marks right before it, down to start, when the phrase [first, last)
// holds a closing one: the quote opened inside the phrase ("whose
// “Live” program" is "“Live” program").
func keepOpeningQuote(d *doc.Document, start, first, last int) int {
	closes := false
	for w := first; w < last; w++ {
		closes = closes || d.Words[w].XPOS == "''"
	}
	for closes && first > start && d.Words[first-1].XPOS == "``" {
		first--
	}
	return first
}

// finiteVerb reports whether word w has a finite verb's tag (past or
// present tense): no gerund or participle, which may head a noun ("in
// political giving", "the families of the fallen").
func finiteVerb(w doc.Word) bool {
	switch w.XPOS {
	case "VBD", "VBZ", "VBP":
		return strings.ToLower(w.Text) == w.Text
	}
	return false
}

// claimNouns take a "that" clause of content ("his claim that ...", the
// quote stage's list).
var claimNouns = lex.Words("quote/claimNouns")

// complementClause reports whether clause c, which the parser made a
// relative clause of noun h, is the complement of the verb h is the
// object of ("told the board that he backed the plan", "asked our readers
// which candidate won"). The clause has a subject of its own and opens
// with a complementizer "that" (mark), or with a question's "which" or
// "what": before a noun (a relative "which" stands alone), or in a role
// another word of the clause fills (a relative word fills a gap), unless
// a preposition is left without its noun ("the law that he spent years
// fighting for"). h is an object or a complement ("told an audience at
// the club that ..."), not a subject, and no noun of content ("repeated
// his claim that ...", "a report that ...", whose clause is theirs).
func complementClause(d *doc.Document, h, c int) bool {
	if !doc.RelIs(d.Words[h].Rel, "obj", "iobj", "obl", "nmod") || len(d.Dependents(c, "nsubj", "nsubj:pass")) == 0 {
		return false
	}
	if lemma := strings.ToLower(d.Words[h].Lemma); claimNouns[lemma] || lex.AbstractNoun(lemma) {
		return false
	}
	for _, m := range d.Dependents(c, "mark") {
		if strings.EqualFold(d.Words[m].Text, "that") {
			return true
		}
	}
	first, _, _ := d.Subtree(c)
	for w := first; w < c; w++ {
		x := d.Words[w]
		if x.XPOS != "WDT" && x.XPOS != "WP" {
			continue
		}
		if x.Rel == "det" || (doc.RelIs(x.Rel, "obj", "nsubj") && len(d.Dependents(c, x.Rel)) > 1 && !stranded(d, c)) {
			return true // "which candidate won", "which won the debate" with another object: no role left for it
		}
	}
	return false
}

// stranded reports whether clause c holds a preposition without its noun
// after it ("fighting for"), whose object is the relative word.
func stranded(d *doc.Document, c int) bool {
	first, last, _ := d.Subtree(c)
	for k := first; k < last; k++ {
		if w := d.Words[k]; w.UPOS == "ADP" && (w.Rel != "case" || w.Head < k) {
			return true
		}
	}
	return false
}
