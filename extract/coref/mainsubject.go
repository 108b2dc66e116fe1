package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

// mainSubjectOver is the entity a plural subject pronoun at k takes in
// place of group entity e, whose latest mention m is the subject of a
// clause nested under its sentence's main clause: a relative clause on
// the main subject ("The new rules, which officials said will take effect
// in May, will not cover ... They will ..."), a reported clause or
// another subordinate clause. The main clause's subject, a group too, is
// what the next main clause goes on about; the nested subject is named
// later only because English puts the clause after the noun. -1 keeps e:
// k is no subject of its own sentence's main clause, m is no nested
// subject, the main subject names no group, or it names a thing while
// k's verb is one of saying, which a thing does not do.
func mainSubjectOver(d *doc.Document, m doc.Mention, k int) int {
	if len(d.Words) == 0 || !mainClauseSubject(d, k) {
		return -1
	}
	first, last := d.TokenWord(m.FirstTok), d.TokenWord(m.LastTok-1)
	if first < 0 || last < 0 {
		return -1
	}
	h := d.HeadWord(first, last+1)
	if h < 0 || !doc.RelIs(d.Words[h].Rel, "nsubj") || mainClause(d, d.Words[h].Head) {
		return -1
	}
	root := nestingRoot(d, d.Words[h].Head)
	if root < 0 {
		return -1
	}
	for _, s := range d.Subjects(root) {
		if s == h || d.Words[s].Token >= k {
			continue
		}
		e := mentionBy(d, d.Words[s].Token, func(o doc.Mention) bool {
			return o.Entity != m.Entity && o.FirstTok <= d.Words[s].Token && groupMention(d, o, true) && headedAt(d, o, s)
		})
		if e < 0 && !sayingVerb(d, k) {
			e = pluralThing(d, s)
		}
		if e < 0 {
			continue
		}
		if t := d.Entities[e].Type; t != doc.Person && t != doc.Organization && sayingVerb(d, k) {
			return -1 // "They said": people, not the rules
		}
		return e
	}
	return -1
}

// pluralThing is a new entity of type OTHER for the plural noun phrase
// that subject word s heads when no mention covers it ("The new rules":
// no person, organisation or place, so no earlier stage named them), with
// the phrase as its first mention; -1 when s is no plural common noun or
// a mention covers it. Its id is a thing's, as the event stage names
// the things it makes.
func pluralThing(d *doc.Document, s int) int {
	if d.Words[s].UPOS != "NOUN" || d.Words[s].XPOS != "NNS" || mentionBy(d, d.Words[s].Token, func(doc.Mention) bool { return true }) >= 0 {
		return -1
	}
	first, last := mention.NounPhrase(d, s)
	if first >= last {
		return -1
	}
	firstTok, lastTok := d.Words[first].Token, d.Words[last-1].Token+1
	sp := doc.Span{Start: d.Tokens[firstTok].Start, End: d.Tokens[lastTok-1].End}
	e := d.AddEntity(doc.Entity{ID: doc.LocalID(d, doc.ThingKind, sp.Start), Name: d.Slice(sp), Type: doc.Other, Gender: doc.Plural})
	d.AddLinkedMention(doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Nominal, Type: doc.Other, Gender: doc.Plural,
		Entity: e, FirstTok: firstTok, LastTok: lastTok})
	return e
}

// mainClauseSubject reports whether the pronoun at token k is the
// subject of its sentence's main clause or of a clause conjoined to it
// ("They will, however, expand ...", "..., and they will ...").
func mainClauseSubject(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	return w >= 0 && doc.RelIs(d.Words[w].Rel, "nsubj") && mainClause(d, d.Words[w].Head)
}

// mainClause reports whether word v heads its sentence's main clause or
// a clause conjoined to it.
func mainClause(d *doc.Document, v int) bool {
	for steps := 0; v >= 0 && steps < 8; steps++ {
		rel := d.Words[v].Rel
		if rel == "root" || d.Words[v].Head < 0 {
			return true
		}
		if !doc.RelIs(rel, "conj") {
			return false
		}
		v = d.Words[v].Head
	}
	return false
}

// nestingRoot is the root of the sentence of clause word w when w's
// clause is nested under the main clause as a relative, reported or
// adverbial clause, or a noun or clause on the way to one; -1 when the
// way up passes a clause only set beside the main one (parataxis: more
// often the parser's two sentences than one) or does not reach the root.
func nestingRoot(d *doc.Document, w int) int {
	for steps := 0; w >= 0 && steps < 40; steps++ {
		if d.Words[w].Head < 0 {
			return w
		}
		if !doc.RelIs(d.Words[w].Rel, "acl", "ccomp", "xcomp", "advcl", "conj", "nsubj", "obj", "obl", "nmod") {
			return -1
		}
		w = d.Words[w].Head
	}
	return -1
}

// headedAt reports whether mention m has word w for its head: the
// subject is the group itself, not a noun inside it.
func headedAt(d *doc.Document, m doc.Mention, w int) bool {
	first, last := d.TokenWord(m.FirstTok), d.TokenWord(m.LastTok-1)
	return first >= 0 && last >= 0 && d.HeadWord(first, last+1) == w
}

// sayingVerb reports whether the clause of the subject pronoun at token k
// is one of saying ("they said", "they told reporters").
func sayingVerb(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || d.Words[w].Head < 0 {
		return false
	}
	c, ok := lex.CueVerbs[strings.ToLower(d.Words[d.Words[w].Head].Text)]
	return ok && c.Speech
}
