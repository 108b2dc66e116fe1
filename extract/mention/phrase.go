package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// npLeavesOut are the relations of a noun's dependents that do not belong
// to its noun phrase: the clause around a noun that is a predicate
// ("Kestrel is [the largest bakery]": nsubj, cop, aux, mark, advcl...),
// the phrases beside it that are mentions of their own (appos, conj, with
// their cc), and what the parser hangs on a noun when it cannot place it
// (parataxis, list, dep, discourse, vocative, dislocated, reparandum,
// orphan). Relative and participial clauses (acl), prepositional
// complements (nmod) and everything before the head stay: coreference
// annotation (GUM, MEANTIME) marks the whole phrase "the team formed to
// look at it", "migrants who are at sea"; not one set off by a comma
// ("the audit, which is no review": nounModifierLeftOut).
var npLeavesOut = []string{
	"nsubj", "csubj", "cop", "aux", "mark", "advcl", "ccomp", "xcomp", "obl", "expl",
	"appos", "conj", "cc", "parataxis", "list", "dep", "discourse", "vocative", "dislocated", "reparandum", "orphan",
}

// adverbialPreps open a phrase that modifies a clause, not a noun ("his
// party due to its defeat"): a complement the parser hangs on a noun
// with one of them is left out.
var adverbialPreps = lex.Words("mention/adverbialPreps")

// timeNouns head the phrases that date a clause ("on Monday", "last
// year"): one the parser hangs on a noun is left out.
var timeNouns = lex.Words("mention/timeNouns")

// NounPhrase returns the word range [first, last) of the noun phrase
// headed by word h: h with its determiner, modifiers, possessor and
// complements, without a preposition before it (case), a clause it is the
// predicate of, its appositions and its conjuncts. A possessor keeps its
// marker ("the team's"), as GUM marks it and the chunker before the parse
// did; MEANTIME and UD leave it out, and so does the name tagger
// ("Boeing" of "Boeing's"). An adverb before the determiner, or on a predicate noun,
// modifies the clause ("is now the leader"). Clauses on the noun that are
// more likely the parser's mistake than a modifier are left out too
// (clauseOnNoun), and so is a clause with a subject of its own joined to
// one inside the phrase ("residents who live here and their mayor
// criticized it": the mayor's clause is the sentence's).
func NounPhrase(d *doc.Document, h int) (first, last int) {
	det := h
	predicate := false
	for _, c := range d.Children(h) {
		switch r := d.Words[c].Rel; {
		case r == "det" && c < det:
			det = c
		case r == "cop":
			predicate = true
		}
	}
	first, last = d.Phrase(h, func(c int) bool {
		w := d.Words[c]
		if existentialCoda(d, h, c) {
			return true // "There were three people [injured in the crash]"
		}
		if w.Head != h {
			if doc.RelIs(w.Rel, "conj", "parataxis") && len(d.Dependents(c, "nsubj")) > 0 && d.Words[c].UPOS != "NOUN" {
				return true
			}
			if verbConjunct(d, c) || prepConjunct(d, h, c) || clauseLeftOut(d, w.Head, c) {
				return true
			}
			return nounModifierLeftOut(d, w.Head, c, false)
		}
		switch {
		case w.Rel == "case" && c > h && w.XPOS == "POS":
			return false // the possessive marker: "the team's"
		case w.Rel == "obl" && c > h && partitiveHeads[strings.ToLower(d.Words[h].Text)] && d.CaseWords(c) == "of":
			return false // "several of my neighbours": an adjective's "of" complement is an oblique
		case doc.RelIs(w.Rel, npLeavesOut...), doc.RelIs(w.Rel, "case"):
			return true
		case doc.RelIs(w.Rel, "advmod"):
			return predicate || c < det && !approximates(d, h, c)
		case doc.RelIs(w.Rel, "nmod") && c < h:
			return d.CaseMarker(c) != "" && w.Rel != "nmod:poss" // "at 0800 UTC, the bank": an adverbial
		case w.Rel == "nmod" && c > h && verbsPlace(d, h, c):
			return true // "told reporters [in Boston]": where they were told
		case w.Rel == "nmod" && c > h && passiveAgent(d, h, c):
			return true // "was handed to the police [by a neighbour]": who handed it
		case w.Rel == "compound" && c < h && ownArticle(d, c) && quantityNoun(d, h):
			return true // "cost [the coal industry] [thousands of jobs]": two objects, not one compound
		}
		return nounModifierLeftOut(d, h, c, true)
	})
	start := first
	for first < h && (openerJunk(d, first) || relativeOpener(d, first)) {
		first++ // "and 2 other girls", "like Mom": no noun phrase opens with a conjunction or a preposition
	}
	first = keepOpeningQuote(d, start, first, last)
	return first, pluralGenitive(d, first, closeQuote(d, first, last))
}

// approximators say how near a count is ("almost half", "about a
// quarter"); fractionHeads are the fractions a count may be.
var (
	approximators = lex.Words("mention/approximators")
	fractionHeads = lex.Words("mention/fractionHeads")
)

// approximates reports whether adverb c before quantity head h says how
// near the count is ("almost half of all voters", "about a quarter of its
// dealers"): part of the noun phrase, as a number's "nearly" is ("nearly
// 300 people"), unlike an adverb of the clause before a noun ("also the
// president", "only the rich").
func approximates(d *doc.Document, h, c int) bool {
	head := strings.ToLower(d.Words[h].Text)
	quantity := d.Words[h].UPOS == "NUM" || partitiveHeads[head] || fractionHeads[head]
	return quantity && approximators[strings.ToLower(d.Words[c].Text)]
}

// appendixPreps open a complement that adds to a noun phrase after a
// comma rather than restricting it ("her dealings, including her
// refusal to ..."): the phrase ends before the comma.
var appendixPreps = lex.Words("mention/appendixPreps")

// setOff reports whether dependent c after its head is set off by a
// comma: a non-restrictive clause or an appendix ("the audit, which is no
// review"), which adds to what the phrase names without being part of
// its noun phrase; a restrictive clause takes no comma ("the people who
// fled").
func setOff(d *doc.Document, c int) bool {
	first, _, _ := d.Subtree(c)
	if setOffMark(d.Words[first].Text) {
		return true // the parse hangs the comma on the clause
	}
	return first > 0 && setOffMark(d.Words[first-1].Text)
}

// setOffMark reports whether s is a comma or a dash, which open an aside.
func setOffMark(s string) bool {
	switch s {
	case ",", "--", "—", "–":
		return true
	}
	return false
}

// openerJunk reports whether word w, first in a phrase, is a conjunction
// or a preposition the parse ran into it: a coordinator ("and"; not the
// "both" of "both A and B"), a subordinator, a preposition of a noun (not
// of a quantifier: "at least three"), or punctuation.
func openerJunk(d *doc.Document, w int) bool {
	switch word := d.Words[w]; {
	case word.UPOS == "PUNCT":
		return true
	case word.UPOS == "CCONJ":
		return word.Rel == "cc"
	case word.UPOS == "SCONJ":
		return word.Rel == "mark"
	case word.Rel == "det" && word.XPOS == "WP":
		return true // "in what officials called a crime": the free relative's "what", no determiner of the noun
	case word.UPOS == "ADP":
		return len(d.Dependents(w, "fixed")) == 0 && word.Head >= 0 && nominalWord(d.Words[word.Head])
	}
	return false
}

// nominalWord reports whether w is a noun, a proper noun, a pronoun or a
// number.
func nominalWord(w doc.Word) bool {
	return w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "PRON" || w.UPOS == "NUM"
}

// closeQuote returns last, or the word after it when that word closes a
// quotation mark or a bracket opened inside the phrase [first, last): the
// phrase is quoted words of its own ("the “transmedia fan”") or holds an
// aside ("a son of Ana Ruiz (a painter)"), which the edges of a phrase
// would otherwise cut in two.
func closeQuote(d *doc.Document, first, last int) int {
	_, sl := d.SentenceWords(d.Words[first].Sentence)
	if last >= sl {
		return last
	}
	open, straight, paren := 0, 0, 0
	for w := first; w < last; w++ {
		switch d.Words[w].Text {
		case "“":
			open++
		case "”":
			open--
		case "\"":
			straight++
		case "(":
			paren++
		case ")":
			paren--
		}
	}
	switch d.Words[last].Text {
	case ")":
		if paren > 0 {
			return last + 1 // "a son of Ana Ruiz (a painter)"
		}
	case "”":
		if open > 0 {
			return last + 1
		}
	case "\"":
		if straight%2 == 1 {
			return last + 1
		}
	}
	return last
}

// nounModifierLeftOut reports whether dependent c of a noun p inside a
// noun phrase (its head, or a noun under it: "a lot of people given the
// record") modifies the clause rather than the noun or adds to it: a
// clause or an appendix set off by a comma (setOff), a complement after
// it with an adverbial preposition ("due to") or one that names the time
// of the head or of a noun under it that is no event ("tankers in 2008",
// "states on June 7"; "the front-runner for the nomination in 2020" keeps
// it, and so does a time that is the noun's own: "the heroes of the
// past"), or a clause that is more likely the
// parser's mistake than a modifier: on the head, by clauseOnNoun; under
// it, a finite verb or a participle with an object (a relative clause
// there keeps even no relative word, "the leverage they needed", and "the
// decision to proceed" its infinitive).
func nounModifierLeftOut(d *doc.Document, p, c int, head bool) bool {
	if p < 0 {
		return false
	}
	w := d.Words[c]
	switch up := d.Words[p].UPOS; {
	case up != "NOUN" && up != "PROPN" && up != "PRON" && up != "NUM":
		return false
	case w.Rel == "nmod" && c > p && verbOpensBareNoun(d, p, c):
		return true
	case w.Rel == "obj" && c > p && givingObject(d, p):
		return true // "gave farmers and ranchers $20 billion": no noun takes an object, the verb's second
	case clauseLeftOut(d, p, c), absoluteAside(d, p, c), doc.RelIs(w.Rel, "acl") && sentenceVerb(d, p, c), reportingParticiple(d, p, c):
		return true // "17 candidates, with both parties setting the rules", "the border spiked in 2014"
	case c > p && (doc.RelIs(w.Rel, "acl") || appendixPreps[d.CaseWords(c)]) && setOff(d, c):
		return true // "the audit, which is no review", "her dealings, including her refusal"
	case doc.RelIs(w.Rel, "nmod") && c > p && w.Rel != "nmod:poss":
		prep := d.CaseWords(c)
		event := !head && lex.AbstractNoun(strings.ToLower(d.Words[p].Lemma))
		if prep == "than" && comparedNoun(d, p) {
			return false // "more magicians than ever", "a more complex company than Kestrel"
		}
		return adverbialPreps[prep] || (!event && prep != "of" && timePhrase(d, c, prep != ""))
	case doc.RelIs(w.Rel, "acl") && stackedParticiple(d, p, c):
		return true
	case doc.RelIs(w.Rel, "acl") && head:
		return !clauseOnNoun(d, p, c)
	case w.Rel == "acl":
		return w.XPOS == "VBD" || (w.XPOS == "VBN" && len(d.Objects(c)) > 0)
	}
	return false
}

// verbOpensBareNoun reports a complement c of noun p with no preposition
// whose phrase opens, right after p, with a past form the parser made its
// modifier ("The firm fired workers": fired a participle on workers, the
// whole a noun): a noun phrase does not go on with a bare one, so that is
// the clause's verb between its subject and its object. A gerund there is
// a modifier ("the home winning streak"), a capitalised word opens a name
// ("company United Technologies").
func verbOpensBareNoun(d *doc.Document, p, c int) bool {
	first, _, _ := d.Subtree(c)
	w := d.Words[first]
	return first == p+1 && (w.XPOS == "VBD" || w.XPOS == "VBN") && d.CaseWords(c) == "" && strings.ToLower(w.Text) == w.Text
}

// timePhrase reports whether noun w heads a phrase that names a time: a
// time noun ("Monday", "year"), or, after a preposition, a year ("in
// 2008") or a number with a month on it ("on June 7"); a bare number
// after a date is its year ("December 30, 2006"), and "the quarter of
// 2009" is the noun's.
func timePhrase(d *doc.Document, w int, marked bool) bool {
	t := strings.ToLower(d.Words[w].Text)
	if timeNouns[t] {
		return true
	}
	if !marked {
		return false
	}
	if isYear(t) {
		return true
	}
	if d.Words[w].UPOS != "NUM" {
		return false
	}
	for _, k := range d.Children(w) {
		if timeNouns[strings.ToLower(d.Words[k].Text)] {
			return true
		}
	}
	return false
}

// isYear reports whether s is a year of the last centuries: four digits
// from 1800 to 2199.
func isYear(s string) bool {
	if len(s) != 4 || (s[0] != '1' && s[0] != '2') {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s >= "1800" && s < "2200"
}

// givingVerbs take a recipient and a theme as two objects ("gave them
// $5"): the event stage's list.
var givingVerbs = lex.Words("event/dativeVerbs")

// givingObject reports whether noun p is the first object of a giving verb,
// or conjoined to it: where a second object the parse hung on it belongs
// to the verb. A noun elsewhere with an object is more likely a verb
// mistagged ("by painting the state", "to address the nation, mold his
// legacy"), whose object stays.
func givingObject(d *doc.Document, p int) bool {
	if doc.RelIs(d.Words[p].Rel, "conj") && d.Words[p].Head >= 0 {
		p = d.Words[p].Head
	}
	h := d.Words[p].Head
	return doc.RelIs(d.Words[p].Rel, "obj", "iobj") && h >= 0 && d.Words[h].UPOS == "VERB" &&
		givingVerbs[strings.ToLower(d.Words[h].Lemma)]
}
