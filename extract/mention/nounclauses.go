package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

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
		return hasRelativeWord(d, c) && !complementClause(d, h, c) && len(d.Dependents(c, "nsubj", "nsubj:pass")) < 2
	}
	kids := d.Children(c)
	if d.Words[h].Rel == "root" && d.Words[c].UPOS == "VERB" && len(d.Dependents(h, "cop", "nsubj")) == 0 {
		return false // "Man charged in crash": a headline's verb
	}
	switch d.Words[c].XPOS {
	case "VBD":
		return false
	case "VBN":
		if len(kids) == 0 && subjectBeforeItsVerb(d, h, c) {
			return true // "Other delegates elected were ...": the clause's verb is elsewhere
		}
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

// prepConjunct reports whether word c, under the head h of a noun phrase,
// is a conjunct of h's own prepositional phrase that the parse hung lower:
// a conjunct with a preposition its head does not share but h does ("on
// the north side of the river and on the far side of the valley": the
// parse may hang the second "on" phrase on "river"). Conjuncts of one
// complement share its preposition or have none ("of the river and of the
// valley"); two prepositional phrases of one noun are coordinated whatever
// their prepositions ("clashes with the police or between rival groups"),
// and so stay in the phrase.
func prepConjunct(d *doc.Document, h, c int) bool {
	w := d.Words[c]
	if w.Rel != "conj" || w.Head < 0 || !doc.RelIs(d.Words[w.Head].Rel, "nmod") {
		return false
	}
	prep := preposition(d, c)
	if prep == "" || prep == preposition(d, w.Head) {
		return false
	}
	for a, steps := d.Words[w.Head].Head, 0; a >= 0 && steps < len(d.Words); a, steps = d.Words[a].Head, steps+1 {
		if preposition(d, a) == prep {
			return a == h // a phrase between them is what it is coordinated with
		}
		if a == h {
			break
		}
	}
	return false
}

// preposition is the lemma of the preposition that marks word w (its
// case dependents other than a possessive marker), "" if none.
func preposition(d *doc.Document, w int) string {
	var parts []string
	for _, c := range d.Dependents(w, "case") {
		if d.Words[c].XPOS != "POS" {
			parts = append(parts, strings.ToLower(d.Words[c].Text))
		}
	}
	return strings.Join(parts, " ")
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
	if !placePreps[d.CaseWords(c)] || !placeNoun(d, c) {
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

// subjectBeforeItsVerb reports whether noun h, with the bare participle c
// right after it, is the subject of a verb or copula after c ("the
// delegates chosen were ..."): the participle cannot be the clause's verb,
// so it is the noun's.
func subjectBeforeItsVerb(d *doc.Document, h, c int) bool {
	w := d.Words[h]
	if c != h+1 || !doc.RelIs(w.Rel, "nsubj") || w.Head <= c {
		return false
	}
	if len(d.Dependents(w.Head, "cop")) > 0 {
		return true
	}
	return d.Words[w.Head].UPOS == "VERB"
}
