package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// governingOrg is the organisation (or named place) that a pronoun at token tok ("it",
// "its", "itself") refers to by the parse: the subject of the nearest
// clause above it, when that names an organisation before the pronoun ("AMD said it would buy ATI", "AMD completed its purchase of
// SeaMicro as part of its strategy": AMD, not the company named last).
// A pronoun inside an apposition is never the noun it is set beside
// ("Intel, its rival": not Intel). -1 when no such subject is found, or
// the pronoun is itself in the subject.
func governingOrg(d *doc.Document, tok int) int {
	return governingBy(d, tok, func(m doc.Mention) bool {
		ent := &d.Entities[m.Entity]
		// a named country acting is an "it" too: "Israel said its forces ..."
		return (ent.Type == doc.Organization || (ent.Type == doc.Place && m.Kind == doc.Name)) &&
			!ent.Ambiguous() && !creditOnly(d, m.Entity)
	})
}

// governing is the entity of type t that the subject of the nearest
// clause above token tok names, before tok (see governingOrg).
func governing(d *doc.Document, tok int, t doc.EntityType) int {
	return governingBy(d, tok, func(m doc.Mention) bool {
		ent := &d.Entities[m.Entity]
		return ent.Type == t && !ent.Ambiguous() && !creditOnly(d, m.Entity)
	})
}

// governingBy is the entity that the subject of the nearest clause above
// token tok names, before tok, if accept takes its mention; an object
// pronoun skips its own clause, and the noun its phrase is in apposition
// to is never taken. Only the nearest subject counts: further up, the
// clauses are about other things ("officials said the team was refused,
// but Mohib says there were concerns they ...": not the officials).
func governingBy(d *doc.Document, tok int, accept func(m doc.Mention) bool) int {
	e, _ := governingSubject(d, tok, accept)
	return e
}

// governingSubject is governingBy that also returns the word of the
// nearest subject above tok (-1 when there is none), whatever it names.
func governingSubject(d *doc.Document, tok int, accept func(m doc.Mention) bool) (int, int) {
	w := d.TokenWord(tok)
	if w < 0 {
		return -1, -1
	}
	banned := -1
	for a, steps := w, 0; a >= 0 && steps < 4; a, steps = d.Words[a].Head, steps+1 {
		if doc.RelIs(d.Words[a].Rel, "appos") && d.Words[a].Head >= 0 {
			banned = mentionBy(d, d.Words[d.Words[a].Head].Token, accept)
			break
		}
	}
	a := d.Words[w].Head
	if coArgument(d, w) && a >= 0 {
		a = d.Words[a].Head // "Holt called her": not Holt, whose clause it is
	}
	for steps := 0; a >= 0 && steps < 40; a, steps = d.Words[a].Head, steps+1 {
		subj := -1
		for _, s := range d.Subjects(a) {
			if d.Words[s].Token >= tok || dominates(d, s, w) {
				continue
			}
			subj = s
			if e := mentionBy(d, d.Words[s].Token, accept); e >= 0 && e != banned {
				return e, s
			}
			if e := appositiveSubject(d, s, tok, banned, accept); e >= 0 {
				return e, s
			}
			if e := relativeSubject(d, s, accept); e >= 0 && e != banned {
				return e, s // "Ruiz, who told Lind she would ...": Ruiz
			}
		}
		if subj >= 0 {
			return -1, subj // the nearest subject above names something else: no further up
		}
	}
	return -1, -1
}

// appositiveSubject is the entity of the one name in apposition to
// subject word s, when accept takes it and it is no person: "Cable
// operator, Seacom, said they ...". Not for people: "Ruiz's successor,
// Mayor Lind, revoked his decrees" leaves whose decrees to the reader,
// unless the name follows the noun with no comma ("her rival Ana Ruiz"); nor
// in a list the parse took apart ("the Bank of Canada, the Bank of
// England, ... and the SNB announced that they"). -1 otherwise.
func appositiveSubject(d *doc.Document, s, tok, banned int, accept func(m doc.Mention) bool) int {
	aps := d.Dependents(s, "appos")
	if len(aps) != 1 || len(d.Dependents(s, "conj")) > 0 || d.Words[aps[0]].Token >= tok {
		return -1
	}
	if e := mentionBy(d, d.Words[aps[0]].Token, accept); e >= 0 && e != banned &&
		(d.Entities[e].Type != doc.Person || aps[0] == s+1) {
		return e // "her opponent Donald Trump doesn't know what he ...": a name set close is the subject's own
	}
	return -1
}

// mentionBy is the entity of the name or description covering token t
// that accept takes, -1 if none.
func mentionBy(d *doc.Document, t int, accept func(m doc.Mention) bool) int {
	for _, m := range d.Mentions {
		if m.FirstTok <= t && t < m.LastTok && m.Kind != doc.Pronoun && m.Entity >= 0 && accept(m) {
			return m.Entity
		}
	}
	return -1
}

// boundSubject reports whether the pronoun at token tok is the subject
// of its clause by the parse and the subject of the nearest clause above
// it is one person's name or description: a singular noun or a relative
// "who", no coordination ("Berg says he is ending his bid": Berg; not
// "Latinos think that he ..."). In a paragraph where no one else of the
// pronoun's stated gender was named, the clause then says whom the
// pronoun means, more surely than that gender (pickAntecedent).
func boundSubject(d *doc.Document, tok int) bool {
	w := d.TokenWord(tok)
	if w < 0 || !doc.RelIs(d.Words[w].Rel, "nsubj") {
		return false
	}
	_, s := governingSubject(d, tok, func(m doc.Mention) bool { return d.Entities[m.Entity].Type == doc.Person })
	if s < 0 {
		return false
	}
	x := d.Words[s].XPOS
	return (x == "NN" || x == "NNP" || x == "WP") && len(d.Dependents(s, "conj")) == 0 // WP: "Pardo, who said he ..."
}

// dominates reports whether word a is w or one of its ancestors.
func dominates(d *doc.Document, a, w int) bool {
	for steps := 0; w >= 0 && steps < 40; w, steps = d.Words[w].Head, steps+1 {
		if w == a {
			return true
		}
	}
	return false
}

// coArgument reports whether pronoun word w is an object of its clause
// and no reflexive ("her" in "Holt called her"): the subject of that
// clause is someone else (binding principle B).
func coArgument(d *doc.Document, w int) bool {
	x := d.Words[w]
	if doc.RelIs(x.Rel, "obl") {
		// "Trump, who came in ahead of him": not Trump; but a place or
		// company beside the subject may be the subject ("had his son with him")
		return objectCase(d, w) && !besidePreposition(d, w)
	}
	return doc.RelIs(x.Rel, "obj", "iobj") && !strings.HasSuffix(strings.ToLower(x.Text), "self") &&
		!strings.HasSuffix(strings.ToLower(x.Text), "selves")
}

// localSubject is the entity of type t that the subject of an object
// pronoun's own clause names ("Holt" for "her" in "Holt called her"),
// which the pronoun cannot be; -1 otherwise.
func localSubject(d *doc.Document, tok int, t doc.EntityType) int {
	w := d.TokenWord(tok)
	if w < 0 || !coArgument(d, w) || d.Words[w].Head < 0 {
		return -1
	}
	accept := func(m doc.Mention) bool { return d.Entities[m.Entity].Type == t }
	h := d.Words[w].Head
	for _, s := range clauseSubjects(d, h) {
		if e := mentionBy(d, d.Words[s].Token, accept); e >= 0 {
			return e
		}
		if e := relativeSubject(d, s, accept); e >= 0 {
			return e // "Rusk, who campaigned against him"
		}
		if !sharedSubject(d, h, s) || !plainObject(d, w) || toldClause(d, d.Words[s].Head) {
			continue // "he backed it, putting him at odds": the subject of "putting" is no one
		}
		if e := placedPronoun(d, d.Words[s].Token, accept); e >= 0 {
			return e // "He called him a liar": not whom "He" is
		}
	}
	return -1
}

// reflexiveBinder is the person a reflexive pronoun at token tok
// ("himself", "herself") is bound to, by binding principle A: the noun
// it intensifies ("the mayor himself"), else the subject of its own
// clause, whatever else the text said since. A clause without a subject
// of its own (coordinated, controlled: "Ruiz walked in and turned
// herself in") takes the nearest person mentioned before the pronoun in
// the sentence. -1 for another word, or when the binder is no person,
// stands for several, or is of the other stated gender g.
func reflexiveBinder(d *doc.Document, tok int, g doc.Gender) int {
	word := strings.ToLower(d.Tokens[tok].Text)
	w := d.TokenWord(tok)
	if !strings.HasSuffix(word, "self") || w < 0 || d.Words[w].Head < 0 {
		return -1
	}
	e := -1
	h := d.Words[w].Head
	if u := d.Words[h].UPOS; (u == "PROPN" || u == "NOUN") && d.Words[h].Token < tok {
		e = personAt(d, d.Words[h].Token)
	} else if subj := d.Dependents(h, "nsubj"); len(subj) > 0 {
		if d.Words[subj[0]].Token < tok {
			e = personAt(d, d.Words[subj[0]].Token)
		}
	} else {
		// a coordinated or controlled clause: the parse often hangs it
		// on the wrong verb ("X told reporters that Y walked in and
		// turned himself in"), the nearest person is its subject
		e = personBefore(d, tok)
	}
	if e < 0 || d.Entities[e].Gender != doc.Unknown && d.Entities[e].Gender != g {
		return -1
	}
	return e
}

// personAt is the person entity of the mention (a pronoun too) covering
// token t, -1 if none or one standing for several people.
func personAt(d *doc.Document, t int) int {
	for _, m := range d.Mentions {
		if m.FirstTok <= t && t < m.LastTok && m.Entity >= 0 {
			if ent := &d.Entities[m.Entity]; ent.Type == doc.Person && !ent.Ambiguous() {
				return m.Entity
			}
		}
	}
	return -1
}

// personBefore is the person entity of the mention nearest before token
// tok in its sentence, -1 if none.
func personBefore(d *doc.Document, tok int) int {
	best, bestTok := -1, -1
	for _, m := range d.Mentions {
		if m.LastTok > tok || m.FirstTok <= bestTok || m.Entity < 0 || !doc.SameSentence(d, m.FirstTok, tok) {
			continue
		}
		if ent := &d.Entities[m.Entity]; ent.Type == doc.Person && !ent.Ambiguous() {
			best, bestTok = m.Entity, m.FirstTok
		}
	}
	return best
}

// relativeSubject is the entity of the noun that a relative pronoun
// subject s ("who", "which") stands for: the mention right before it, or
// before it and a comma ("met Tom Rusk, who told ..."; the parse may hang
// the clause on an earlier noun or a conjunct), else the noun the parse
// says its clause modifies. Relative pronouns get their own mentions only
// later (linkLatePronouns), so the pronouns of the clause read the noun
// itself. -1 otherwise.
func relativeSubject(d *doc.Document, s int, accept func(m doc.Mention) bool) int {
	if _, ok := relativePronouns[strings.ToLower(d.Words[s].Text)]; !ok {
		return -1
	}
	t := d.Words[s].Token - 1
	if t >= 1 && d.Tokens[t].Text == "," {
		t--
	}
	parsed, noun := -1, -1
	if v := d.Words[s].Head; v >= 0 && doc.RelIs(d.Words[v].Rel, "acl") && d.Words[v].Head >= 0 {
		noun = d.Words[v].Head
		parsed = mentionBy(d, d.Words[noun].Token, accept)
	}
	if t >= 0 && doc.SameSentence(d, t, d.Words[s].Token) {
		// "the Party of Freedonia, which": the noun the name after "of"
		// modifies, as the parse says, when it names something
		if w := d.TokenWord(t); noun >= 0 && w >= 0 && d.Words[w].Head == noun && ofModifier(d, w) {
			return parsed
		}
		if e := mentionEndingAt(d, t+1, accept); e >= 0 {
			return e
		}
	}
	return parsed
}

// mentionEndingAt is the entity of the widest name or description ending
// right before token end that accept takes, -1 if none.
func mentionEndingAt(d *doc.Document, end int, accept func(m doc.Mention) bool) int {
	best, width := -1, 0
	for _, m := range d.Mentions {
		if m.LastTok == end && m.Kind != doc.Pronoun && m.Entity >= 0 && m.LastTok-m.FirstTok > width && accept(m) {
			best, width = m.Entity, m.LastTok-m.FirstTok
		}
	}
	return best
}

// ofModifier reports whether word w modifies a noun through "of" ("the
// Party of Freedonia").
func ofModifier(d *doc.Document, w int) bool {
	if !doc.RelIs(d.Words[w].Rel, "nmod") {
		return false
	}
	for _, c := range d.Dependents(w, "case") {
		if strings.EqualFold(d.Words[c].Text, "of") {
			return true
		}
	}
	return false
}

// objectCase reports whether pronoun word w is in the object case:
// "him", "them", and "her" where no word of its phrase follows ("with
// her", not "with her staff").
func objectCase(d *doc.Document, w int) bool {
	switch strings.ToLower(d.Words[w].Text) {
	case "him", "them":
		return true
	case "her":
		if w+1 >= len(d.Words) {
			return true
		}
		switch d.Words[w+1].UPOS {
		case "PUNCT", "ADP", "PART", "DET", "CCONJ", "SCONJ":
			return true
		}
	}
	return false
}

// besidePrepositions place something next to someone ("with him",
// "behind her"), which English says of the subject itself too.
var besidePrepositions = map[string]bool{"with": true, "before": true, "behind": true, "beside": true,
	"near": true, "around": true, "among": true, "like": true, "about": true, "over": true}

// besidePreposition reports whether word w is the object of a
// preposition of besidePrepositions.
func besidePreposition(d *doc.Document, w int) bool {
	for _, c := range d.Dependents(w, "case") {
		if besidePrepositions[strings.ToLower(d.Words[c].Text)] {
			return true
		}
	}
	return false
}
