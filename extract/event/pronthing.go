package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A third-person pronoun that coreference left without an antecedent
// ("The council later rejected it", "the treaty depended on it", "as it
// approached the harbor", "Ann Lee should embrace them") still names a
// participant, most often a thing, which no earlier stage resolves. The
// pronoun then becomes a thing of its own, so that the event keeps the
// participant its clause names instead of dropping it. An expletive "it"
// ("it seems that", "made it clear that", "as she put it") names none;
// a pronoun whose likeliest antecedent is a name ("Russia said it would")
// is left to coreference, and so is "they", most often people.

// pronounThing returns a mention for the unresolved pronoun w ("it",
// "them"), making it a thing on first use; -1 when w is no such pronoun,
// an expletive, or likely a named entity's.
func (x *ctx) pronounThing(w int) int {
	d := x.d
	if w < 0 || w >= len(d.Words) {
		return -1
	}
	word := d.Words[w]
	l := strings.ToLower(word.Text)
	if word.UPOS != "PRON" || l != "it" && l != "them" || x.expletiveIt(w) {
		return -1
	}
	if mi := x.head[w]; mi >= 0 {
		return mi
	}
	if x.entityBefore(w, l == "it") {
		return -1 // "Russia said it would": the name it most likely stands for, coreference's to link
	}
	k := word.Token
	sp := doc.Span{Start: d.Tokens[k].Start, End: d.Tokens[k].End}
	g := lex.Pronouns[l]
	e := d.AddEntity(doc.Entity{ID: doc.LocalID(d, thingKind, sp.Start), Name: d.Slice(sp), Type: doc.Other, Gender: g})
	mi := -1
	for i, m := range d.Mentions {
		if m.FirstTok == k && m.LastTok == k+1 && m.Entity < 0 {
			mi = i // the pronoun pass's own mention, left unlinked
			d.Relink(mi, e)
			break
		}
	}
	if mi < 0 {
		mi = d.AddLinkedMention(doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Pronoun, Type: doc.Other, Gender: g,
			Entity: e, FirstTok: k, LastTok: k + 1})
	}
	x.head[w] = mi
	x.things[mi] = true
	return mi
}

// expletiveIt reports whether w is an "it" that stands for no
// participant: parsed as an expletive, the subject of a copula ("it is
// time to act", "it was a close race": what "it" is, no part in an event
// of the clause), of a verb whose clause it announces ("it seems that",
// "it was reported that", "it amazes me that", "it costs $5 to enter",
// "it was taking too long to count"; not "it said that": a body
// says), the object
// before a complement it stands for ("made it clear that", "find it hard
// to"), of a manner clause ("as she put it") or of an idiom ("made it").
func (x *ctx) expletiveIt(w int) bool {
	d := x.d
	word := d.Words[w]
	if !strings.EqualFold(word.Text, "it") {
		return false
	}
	h := word.Head
	if doc.RelIs(word.Rel, "expl") || h < 0 || x.quoteBetween(w, h) {
		return true // a subject in a quotation hung on the verb that cites it: a misparse
	}
	if lex.IdiomObject(d, w) {
		return true
	}
	switch {
	case doc.RelIs(word.Rel, "nsubj"):
		return len(d.Dependents(h, "cop", "csubj")) > 0 || x.expletive(h) || x.announcedClause(h, word.Rel == "nsubj:pass") ||
			x.delayedInfinitive(h)
	case doc.RelIs(word.Rel, "obj"):
		return len(d.Dependents(h, "xcomp", "ccomp")) > 0 || hasMark(d, h, "as") && len(d.Dependents(h, "obl")) == 0
	}
	return false
}

// delayedInfinitive reports whether verb h takes a to-infinitive after
// another complement, which no object controls: "it costs members $500
// to join", "it has taken so long to respond" (not "it urged voters to
// leave", "it allows voters to choose": the voters leave and choose, the
// open complement of the verb with an object).
func (x *ctx) delayedInfinitive(h int) bool {
	d := x.d
	for _, c := range d.Dependents(h, "xcomp", "advcl") {
		if !hasMark(d, c, "to") {
			continue
		}
		for _, o := range d.Dependents(h, "obj", "obl", "advmod", "iobj") {
			if h < o && o < c && !(d.Words[o].Rel == "obj" && (d.Words[c].Rel == "xcomp" || x.controls(h, o))) {
				return true
			}
		}
	}
	return false
}

// quoteBetween reports whether a quotation mark stands between words a
// and b: "'... it might not have,' added Murphy" with "it" parsed as the
// subject of "added".
func (x *ctx) quoteBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for i := a + 1; i < b; i++ {
		if _, mark := quoteMark(x.d.Words[i]); mark {
			return true
		}
	}
	return false
}

// numberedRole reports a core role of the frame (Arg0 to Arg5), not a
// modifier (Argm-LOC): a pronoun in an adjunct names no participant.
func numberedRole(role string) bool {
	return len(role) == 4 && strings.HasPrefix(role, "Arg") && role[3] >= '0' && role[3] <= '5'
}

// announcedClause reports whether verb h takes a that-clause which its
// subject "it" announces: a passive ("it was reported that") or a verb of
// no saying ("it amazes me that"); a body says or tells ("it said that").
func (x *ctx) announcedClause(h int, passive bool) bool {
	if !passive && (speechVerbs[x.lemma(h)] || hearerVerbs[x.lemma(h)] || frameOf[x.lemma(h)] == "STATEMENT") {
		return false
	}
	for _, c := range x.d.Dependents(h, "ccomp", "advcl") {
		if passive && x.d.Words[c].Rel == "ccomp" || hasMark(x.d, c, "that") { // the parse hangs some as advcl
			return true
		}
	}
	return false
}

// entityBefore reports whether the latest mention before pronoun w, in
// its sentence or the one before, that it could stand for is an entity
// of the earlier stages: a body or a place for "it", a body or people for
// "they". Coreference left the pronoun unlinked as unsure; a thing of its
// own would split it from that entity. A thing the stage made, or none,
// leaves it a thing ("reviewed the report ... rejected it"). The other
// arguments of w's own verb are never what it stands for ("the council
// rejected it": not the council).
func (x *ctx) entityBefore(w int, neuter bool) bool {
	d := x.d
	k := d.Words[w].Token
	sent := d.Tokens[k].Sentence
	latest, entity := -1, false
	for mi, m := range d.Mentions {
		if m.Entity < 0 || m.FirstTok >= k || m.FirstTok <= latest || d.Tokens[m.FirstTok].Sentence < sent-1 || x.coArgument(m, w) {
			continue
		}
		e := &d.Entities[m.Entity]
		switch {
		case x.things[mi] || e.Type == doc.Other:
			latest, entity = m.FirstTok, false
		case e.Type == doc.Organization || e.Type == doc.Place && neuter:
			latest, entity = m.FirstTok, true
		case e.Type == doc.Person && !neuter && (e.Gender == doc.Plural || m.Gender == doc.Plural):
			latest, entity = m.FirstTok, true
		}
	}
	return entity
}

// coArgument reports whether mention m heads a dependent of the verb
// pronoun w depends on.
func (x *ctx) coArgument(m doc.Mention, w int) bool {
	first, last := x.d.TokenWords(m.FirstTok, m.LastTok)
	h := x.d.HeadWord(first, last)
	return h >= 0 && h != w && x.d.Words[h].Head == x.d.Words[w].Head
}
