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

// caseWords are the words of the preposition that marks w ("according
// to"), lower case, joined by a space; "" when none.
func caseWords(d *doc.Document, w int) string {
	var parts []string
	for _, c := range d.Dependents(w, "case") {
		parts = append(parts, strings.ToLower(d.Words[c].Text))
		for _, f := range d.Dependents(c, "fixed") {
			parts = append(parts, strings.ToLower(d.Words[f].Text))
		}
	}
	return strings.Join(parts, " ")
}

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
		if w.Head != h {
			if doc.RelIs(w.Rel, "conj", "parataxis") && len(d.Dependents(c, "nsubj")) > 0 && d.Words[c].UPOS != "NOUN" {
				return true
			}
			if verbConjunct(d, c) {
				return true
			}
			return nounModifierLeftOut(d, w.Head, c, false)
		}
		switch {
		case w.Rel == "case" && c > h && w.XPOS == "POS":
			return false // the possessive marker: "the team's"
		case w.Rel == "obl" && c > h && partitiveHeads[strings.ToLower(d.Words[h].Text)] && caseWords(d, c) == "of":
			return false // "several of my neighbours": an adjective's "of" complement is an oblique
		case doc.RelIs(w.Rel, npLeavesOut...), doc.RelIs(w.Rel, "case"):
			return true
		case doc.RelIs(w.Rel, "advmod"):
			return predicate || c < det
		case doc.RelIs(w.Rel, "nmod") && c < h:
			return d.CaseMarker(c) != "" && w.Rel != "nmod:poss" // "at 0800 UTC, the bank": an adverbial
		case w.Rel == "nmod" && c > h && verbsPlace(d, h, c):
			return true // "told reporters [in Boston]": where they were told
		case w.Rel == "compound" && c < h && ownArticle(d, c) && quantityNoun(d, h):
			return true // "cost [the coal industry] [thousands of jobs]": two objects, not one compound
		}
		return nounModifierLeftOut(d, h, c, true)
	})
	for first < h && openerJunk(d, first) {
		first++ // "and 2 other girls", "like Mom": no noun phrase opens with a conjunction or a preposition
	}
	return first, closeQuote(d, first, last)
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
// it), or a clause that is more likely the
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
	case c > p && (doc.RelIs(w.Rel, "acl") || appendixPreps[caseWords(d, c)]) && setOff(d, c):
		return true // "the audit, which is no review", "her dealings, including her refusal"
	case doc.RelIs(w.Rel, "nmod") && c > p && w.Rel != "nmod:poss":
		prep := caseWords(d, c)
		event := !head && lex.AbstractNoun(strings.ToLower(d.Words[p].Lemma))
		if prep == "than" && comparedNoun(d, p) {
			return false // "more magicians than ever", "a more complex company than Kestrel"
		}
		return adverbialPreps[prep] || (!event && timePhrase(d, c, prep != "" && prep != "of"))
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
	return first == p+1 && (w.XPOS == "VBD" || w.XPOS == "VBN") && caseWords(d, c) == "" && strings.ToLower(w.Text) == w.Text
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

// clauseOnNoun reports whether clause c that the parser attached to noun
// h (acl, acl:relcl) is one that modifies it. A relative clause needs a
// relative word ("the people who left"; without one, "the carmaker
// Volvo agreed" is more often a subject and its verb) and one subject: a
// "that" beside another subject opens a complement ("told the leaders
// that few people understood it"), not a relative clause. A participle
// needs to be one: not a past tense, not a passive participle with an
// object of its own ("the scientists found a reduction"), not a bare
// word ("schools held") and not an infinitive after an object ("asked
// the team to travel", "called for the bases to be hit": the verb's
// complement). A noun that roots its
// sentence, and is no predicate, has no verb but the participle: a
// headline ("Man charged in crash").
func clauseOnNoun(d *doc.Document, h, c int) bool {
	if d.Words[c].Rel == "acl:relcl" {
		if personRelative(d, c) && nextTo(d, h, c) {
			if t, ok := lex.HeadNoun(strings.ToLower(d.Words[h].Text)); ok && t == doc.Place {
				return false // "voters across the country, who highlighted ...": "who" is no place's
			}
		}
		return hasRelativeWord(d, c) && len(d.Dependents(c, "nsubj", "nsubj:pass")) < 2
	}
	kids := d.Children(c)
	if d.Words[h].Rel == "root" && d.Words[c].UPOS == "VERB" && len(d.Dependents(h, "cop", "nsubj")) == 0 {
		return false // "Man charged in crash": a headline's verb
	}
	switch d.Words[c].XPOS {
	case "VBD":
		return false
	case "VBN":
		if len(kids) == 0 || len(d.Objects(c)) > 0 {
			return false
		}
	}
	if len(d.Dependents(c, "mark")) > 0 && doc.RelIs(d.Words[h].Rel, "obj", "iobj", "obl") {
		return false
	}
	return true
}

// hasRelativeWord reports whether relative clause c opens with a relative
// pronoun, determiner or adverb (who, which, whose, that, where, when)
// before its verb.
func hasRelativeWord(d *doc.Document, c int) bool {
	first, _, _ := d.Subtree(c)
	for w := first; w < c; w++ {
		switch d.Words[w].XPOS {
		case "WDT", "WP", "WP$", "WRB":
			return true
		}
		if strings.EqualFold(d.Words[w].Text, "that") {
			return true
		}
	}
	return false
}

// verbConjunct reports whether word c is a verb the parse coordinated
// with a verb of a clause inside a noun phrase although its form differs
// ("the oil that funds the militia and proposed a zone": a present tense
// and a past): verbs coordinated inside one clause share their form ("who
// came and stayed", "pledged to cap and reduce"), below an auxiliary
// ("is taking and acting") or above it ("has left and remains"), so the
// second verb is the sentence's own predicate, attached low, and no part
// of the phrase.
func verbConjunct(d *doc.Document, c int) bool {
	w := d.Words[c]
	if w.Rel != "conj" || w.Head < 0 || (w.UPOS != "VERB" && w.UPOS != "AUX") {
		return false
	}
	h := w.Head
	if hd := d.Words[h]; hd.UPOS != "VERB" && hd.UPOS != "AUX" {
		return false
	}
	form := verbForm(d, c, true)
	return form != verbForm(d, h, true) && form != verbForm(d, h, false)
}

// verbForm groups the verb tags by the forms the tagger tells apart
// reliably: the present and the bare infinitive ("reduce" as VB or VBP),
// the past and the past participle ("proposed" as VBD or VBN), the
// gerund.
// With withAux, a verb with auxiliaries takes the form of its first ("has
// left" is a present, as "remains").
func verbForm(d *doc.Document, v int, withAux bool) string {
	xpos := d.Words[v].XPOS
	if aux := d.Dependents(v, "aux", "aux:pass"); withAux && len(aux) > 0 && aux[0] < v {
		xpos = d.Words[aux[0]].XPOS
	}
	switch xpos {
	case "VB", "VBZ", "VBP", "MD":
		return "present"
	case "VBD", "VBN":
		return "past"
	}
	return xpos
}

// ownArticle reports whether noun modifier c has an article of its own
// ("the coal industry" in "cost the coal industry thousands of jobs").
// Before a quantity noun, which takes no compound modifier, that is a
// noun phrase of its own the parser ran into the next one (the first
// object of a verb with two); before other nouns it is more often an
// article the parser hung on the wrong noun ("the majority leader").
func ownArticle(d *doc.Document, c int) bool {
	if d.Words[c].UPOS != "NOUN" {
		return false
	}
	for _, k := range d.Dependents(c, "det") {
		if articles[strings.ToLower(d.Words[k].Text)] {
			return true
		}
	}
	return false
}

// nextTo reports whether relative clause c opens right after noun h, with
// at most a comma between them: its relative word then stands for h, not
// for a noun of a complement of h ("a quarter of the people who live").
func nextTo(d *doc.Document, h, c int) bool {
	first, _, _ := d.Subtree(c)
	for w := h + 1; w < first; w++ {
		if d.Words[w].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// personRelative reports whether relative clause c opens with "who" or
// "whom", which stand for people (and groups of them), never for places.
func personRelative(d *doc.Document, c int) bool {
	first, _, _ := d.Subtree(c)
	for w := first; w < c; w++ {
		switch strings.ToLower(d.Words[w].Text) {
		case "who", "whom":
			return true
		}
	}
	return false
}

// participle reports whether clause c is a bare participle: a VBN or VBG
// verb with no relative word and no marker ("families arriving at the
// border", "weapons used in the attack").
func participle(d *doc.Document, c int) bool {
	switch d.Words[c].XPOS {
	case "VBN", "VBG":
	default:
		return false
	}
	return d.Words[c].Rel == "acl" && len(d.Dependents(c, "mark")) == 0
}

// stackedParticiple reports whether past participle clause c on noun p
// follows another participle clause on p, with words of its own (a lone
// one is more often a noun the tagger took for a verb, "window
// dressing"), with no comma between them
// ("the number of families arriving at the border spiked in 2014"): a
// noun takes one restrictive reduced relative clause, or several joined
// by a conjunction; a second bare one is the sentence's verb the parser
// could not place. After a comma a participle adds to the phrase ("a
// government, clinging to power, driving on").
func stackedParticiple(d *doc.Document, p, c int) bool {
	if d.Words[c].XPOS != "VBN" || !participle(d, c) || (c > 0 && d.Words[c-1].Text == ",") {
		return false
	}
	for _, k := range d.Dependents(p, "acl") {
		if k < c && participle(d, k) && len(d.Children(k)) > 0 {
			return true
		}
	}
	return false
}

// quantityNoun reports whether noun h counts or measures ("thousands",
// "millions", "dozens", "a number"): a partitive head or a number.
func quantityNoun(d *doc.Document, h int) bool {
	w := d.Words[h]
	return w.UPOS == "NUM" || partitiveHeads[strings.ToLower(w.Text)]
}

// comparedNoun reports whether noun p is compared: a comparative before
// it ("more magicians", "a more complex company", "fewer people",
// "other states"), to which a "than" complement after it belongs.
func comparedNoun(d *doc.Document, p int) bool {
	first, _, _ := d.Subtree(p)
	for w := first; w < p; w++ {
		switch x := d.Words[w]; {
		case x.XPOS == "JJR" || x.XPOS == "RBR":
			return true
		case strings.EqualFold(x.Text, "other"):
			return true
		}
	}
	return false
}

// placePreps introduce a place (the event lexicon's list).
var placePreps = lex.Words("event/placePreps")

// placedObjectVerbs meet their person object where they happen: the
// place after it is the verb's ("told reporters in Boston").
var placedObjectVerbs = lex.Words("mention/placedObjectVerbs")

// verbsPlace reports whether complement c, which the parser hung on
// noun h, says where the verb h is the object of happened: the object of
// a verb that meets it there (placedObjectVerbs: "told reporters in
// Boston", "join her brother in Canada", "beat the senator in Ohio") is
// not modified by where it is; the object of other verbs often is ("want
// immigrants in the country", "has subsidiaries in tax havens"). The complement is a
// place ("in", "at" before a place name or noun) and the last thing on
// the noun: a clause after it ("reporters in Boston who ...") makes the
// place pick out whom it means.
func verbsPlace(d *doc.Document, h, c int) bool {
	w := d.Words[h]
	if !doc.RelIs(w.Rel, "obj", "iobj") || w.Head < 0 || d.Words[w.Head].UPOS != "VERB" ||
		!placedObjectVerbs[strings.ToLower(d.Words[w.Head].Lemma)] {
		return false
	}
	if t, ok := lex.HeadNoun(strings.ToLower(w.Text)); !ok || t != doc.Person {
		return false
	}
	if !placePreps[caseWords(d, c)] || !placeNoun(d, c) {
		return false
	}
	for _, k := range d.Children(h) {
		if k > c && !doc.RelIs(d.Words[k].Rel, "punct") {
			return false
		}
	}
	return true
}

// placeNoun reports whether noun w names a place: a place name, or a noun
// the lexicon lists as a place ("the city").
func placeNoun(d *doc.Document, w int) bool {
	tok := d.Words[w].Token
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= tok && tok < m.LastTok {
			return m.Type == doc.Place
		}
	}
	t, ok := lex.HeadNoun(strings.ToLower(d.Words[w].Text))
	return ok && t == doc.Place
}
