package coref

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A description the text predicates of a named entity is that entity:
// "Ana Ruiz is a retired nurse", "she described herself as a pragmatist",
// "the board named him chairman", "Ruiz became the first woman to lead
// it". linkNominals places such a description when its subject is linked
// by then; a first-person "I" of a quotation, a relative "who" and most
// pronouns are linked only later (the quote stages, linkLatePronouns), so
// JoinPredicates reads the same constructions again once every subject is
// placed.

// secondaryVerbs take an object and a bare noun phrase that says what the
// object is or becomes ("called him a genius", "named Ruiz chairman"), and
// in the passive say it of the subject ("was named chairman").
var secondaryVerbs = lex.Words("coref/secondaryVerbs")

// becomingVerbs link their subject to a bare noun phrase as a copula does
// ("Ruiz became the first woman to win it").
var becomingVerbs = lex.Words("coref/becomingVerbs")

// JoinPredicates makes each description that no name placed, and that the
// parse makes a predicate of a named entity's name or pronoun, a mention
// of that entity (predicateReferent), then each description a naming
// participle gives a name ("a cleric named Omar Yavuz",
// joinNamedDescriptions), and then each definite description of a role
// one named person holds by then (joinHeldRoles), and last each
// description of the speaker the text has just reported
// (joinSpeakingDescriptions). The
// description's type follows the entity's.
func JoinPredicates(d *doc.Document) {
	if len(d.Words) == 0 {
		return
	}
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Kind != doc.Nominal || m.Entity < 0 || named(d, m) || strings.HasPrefix(d.Entities[m.Entity].ID, "coord") {
			continue
		}
		c, ok := asCandidate(d, m)
		if !ok {
			continue
		}
		if e := predicateReferent(d, c); e >= 0 && e != m.Entity && doc.HasNameMention(d, e) && !groupEntity(d, e) {
			joinPredicate(d, i, e)
		}
	}
	joinNamedDescriptions(d)
	joinHeldRoles(d)
	joinSpeakingDescriptions(d)
}

// asCandidate is person description m as the nominal candidate the parse
// rules read: its head the head noun of its words, singular when that
// noun is; one of a faith or a person noun typed OTHER ("a devout
// Catholic") is read as a person's. An organisation's description is
// left to linkNominals: its late subjects are a plural "they" as often as
// the firm ("they are a part of our company").
func asCandidate(d *doc.Document, m doc.Mention) (doc.NominalMention, bool) {
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 || d.Words[h].UPOS != "NOUN" && d.Words[h].UPOS != "PROPN" {
		return doc.NominalMention{}, false
	}
	c := doc.NominalMention{Span: m.Span, FirstTok: m.FirstTok, LastTok: m.LastTok, Type: m.Type, Head: d.Words[h].Token,
		Plural: d.Words[h].XPOS == "NNS" || d.Words[h].XPOS == "NNPS"}
	if c.Type == doc.Other {
		lemma := strings.ToLower(d.Words[h].Lemma)
		if _, ok := lex.PersonNouns[lemma]; !ok && !faithNames[lemma] {
			return c, false
		}
		c.Type = doc.Person
	}
	return c, c.Type == doc.Person
}

// predicateReferent is the entity description c is the predicate of by
// the parse: a copula's subject (parsedCopula, parsedListedPredicate for
// a later item of a list of predicates, parsedListedApposition of an
// apposition), the one an "as" phrase
// describes (parsedAs) or a secondary predicate's (parsedSecondary); -1
// when there is none, or the predicate is not asserted (irrealis).
func predicateReferent(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || irrealis(d, h) || strings.EqualFold(d.Words[h].Lemma, "one") {
		return -1 // "if she were a senator", "one of the candidates"
	}
	if e := parsedCopula(d, c); e >= 0 {
		return e
	}
	if e := parsedListedPredicate(d, c); e >= 0 {
		return e
	}
	if e := parsedListedApposition(d, c); e >= 0 {
		return e
	}
	if v := d.Words[h].Head; v >= 0 && (d.Modal(v) != "" || irrealis(d, v)) {
		return -1 // "could serve as its chair"
	}
	if e := parsedAs(d, c); e >= 0 {
		return e
	}
	return parsedSecondary(d, c)
}

// parsedSecondary is the entity a bare singular noun phrase is said of as
// the complement (xcomp) of a verb: a secondaryVerbs verb's object ("named
// Ruiz chairman", "called herself a pragmatist") or, passive, its subject
// ("Ruiz was named chairman"), and a becomingVerbs verb's subject ("Ruiz
// became the first woman to win"); -1 otherwise and when the verb is
// negated, modal or not asserted.
func parsedSecondary(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || d.Words[h].Head < 0 || len(d.Dependents(h, "case", "mark", "cop")) > 0 {
		return -1
	}
	v := d.Words[h].Head
	if d.Words[v].UPOS != "VERB" || d.Negated(v) || d.Modal(v) != "" || irrealis(d, v) {
		return -1
	}
	obj := objectBefore(d, v, h)
	lemma := strings.ToLower(d.Words[v].Lemma)
	// a passive verb of naming has no object of its own: the parse's object
	// of one is its complement ("was dubbed the quiz champion")
	passiveObj := secondaryVerbs[lemma] && d.Passive(v) && obj < 0 && doc.RelIs(d.Words[h].Rel, "obj")
	if !doc.RelIs(d.Words[h].Rel, "xcomp") && !passiveObj && (obj < 0 || !doc.RelIs(d.Words[h].Rel, "obj", "obl:unmarked", "nmod:unmarked")) {
		return -1 // "called Ruiz a gambler" may come as two objects, or an object and a bare oblique or nominal modifier
	}
	switch {
	case secondaryVerbs[lemma] && !d.Passive(v):
		if obj >= 0 {
			return mentionEntityAt(d, obj, c)
		}
	case secondaryVerbs[lemma], becomingVerbs[lemma]:
		if ws := d.Dependents(v, "nsubj"); len(ws) == 1 && len(d.Dependents(ws[0], "conj")) == 0 {
			return mentionEntityAt(d, ws[0], c)
		}
	}
	return -1
}

// objectBefore is the one object (obj, iobj) of verb v before word h, -1
// when there is none or more.
func objectBefore(d *doc.Document, v, h int) int {
	o := -1
	for _, w := range d.Dependents(v, "obj", "iobj") {
		if w < h && w != h {
			if o >= 0 {
				return -1
			}
			o = w
		}
	}
	return o
}

// irrealisMarks open a clause whose predicate is not asserted.
var irrealisMarks = map[string]bool{"if": true, "whether": true, "unless": true}

// irrealis reports whether predicate w is not asserted of its subject: a
// question (the "?" is w's), or a clause opened by "if", "whether" or "unless" ("whether
// I am the nominee"), or an infinitive ("to be the nominee", "to" a particle), or joined
// to a predicate with a modal ("must heed them and make him the nominee").
func irrealis(d *doc.Document, w int) bool {
	for _, k := range d.Dependents(w, "mark") {
		// "to" marks an infinitive only as a particle: a preposition before a
		// gerund ("objected to Lund's calling him a fraud") asserts it
		if t := strings.ToLower(d.Words[k].Text); irrealisMarks[t] || t == "to" && d.Words[k].UPOS == "PART" {
			return true
		}
	}
	if doc.RelIs(d.Words[w].Rel, "conj") && d.Words[w].Head >= 0 && d.Modal(d.Words[w].Head) != "" {
		return true
	}
	for _, p := range d.Dependents(w, "punct") {
		if d.Words[p].Text == "?" {
			return true // the question's own mark, not one of a quotation the clause is in
		}
	}
	return false
}

// groupEntity reports whether entity e is named as a group ("Muslims",
// "Democrats", a faith's people): a plural name is no one a singular description is. A
// name with a gender is a person's, whatever the tagger made of
// "Sanders".
func groupEntity(d *doc.Document, e int) bool {
	ent := &d.Entities[e]
	if ent.Gender == doc.Plural || faithNames[strings.ToLower(ent.Name)] {
		return true // "Muslims", "Hispanics"
	}
	if gendered(ent) {
		return false
	}
	for _, mi := range ent.Mentions {
		m := d.Mentions[mi]
		if h := d.HeadNoun(m.FirstTok, m.LastTok); m.Kind == doc.Name && h >= 0 && d.Words[h].XPOS != "NNPS" && d.Words[h].XPOS != "NNS" {
			return false
		}
	}
	return true
}

// named reports whether description m's entity has a name: one the
// description holds ("Rep. Ana Ruiz") as much as one elsewhere, except
// the name of a kind typed OTHER in it ("Catholic" of "a devout
// Catholic"), which says what it is, not who.
func named(d *doc.Document, m doc.Mention) bool {
	for _, mi := range d.Entities[m.Entity].Mentions {
		x := d.Mentions[mi]
		inside := m.FirstTok <= x.FirstTok && x.LastTok <= m.LastTok
		if x.Kind == doc.Name && (!inside || d.Entities[m.Entity].Type != doc.Other) {
			return true
		}
	}
	return false
}

// joinPredicate makes mention mi a mention of entity e, typed as e; when
// it was the first of its own entity, the rest of that entity ("the
// nominee" again, "he") follow it, as they would had linkNominals placed
// it; a name of its kind in it stays where it is.
func joinPredicate(d *doc.Document, mi, e int) {
	old := d.Mentions[mi].Entity
	moved := []int{mi}
	if ms := d.Entities[old].Mentions; len(ms) > 0 && firstMention(d, ms) == mi && !doc.HasNameMention(d, old) {
		moved = slices.Clone(ms)
	}
	for _, x := range moved {
		d.Relink(x, e)
		d.Mentions[x].Type = d.Entities[e].Type
	}
}

// firstMention is the mention of ms that comes first in the text.
func firstMention(d *doc.Document, ms []int) int {
	best := ms[0]
	for _, x := range ms[1:] {
		if d.Mentions[x].Start < d.Mentions[best].Start {
			best = x
		}
	}
	return best
}
