package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// orgPronoun keeps the uses of it/its/they/their that can refer to an
// organisation: possessives always, "it"/"they" only as a clause subject
// ("it said", "they announced"), never the expletive "it is ...".
func orgPronoun(d *doc.Document, k int, w string) bool {
	switch w {
	case "its", "their", "itself", "themselves":
		return true
	case "it", "they":
		if k+1 >= len(d.Tokens) {
			return false
		}
		next := strings.ToLower(d.Tokens[k+1].Text)
		if next == "is" || next == "was" || next == "'s" || next == "’s" || next == "seems" || next == "appears" || next == "would" {
			return false // "it is clear that ...", "it was revealed"
		}
		if w := d.TokenWord(k); w >= 0 && !doc.RelIs(d.Words[w].Rel, "nsubj") {
			return false // "vote against it and ...": an object, by the parse
		}
		return doc.IsWordToken(next)
	}
	return false
}

// pickOrganization returns the organisation the subject of a clause above
// the pronoun names (governingOrg), else the one mentioned most recently in
// this or the two sentences before, or -1. For a subject pronoun (subject
// true) that one must have been mentioned last as a clause's subject or
// its owner (topicalSince): an organisation named in a phrase ("told Vega
// News", "a forum of the Kessel Institute") is seldom what a later "it"
// means, which is as often a thing or the clause. A possessive ("helped
// Vega structure its sale") keeps the nearest.
func pickOrganization(d *doc.Document, s *salience, tok int, subject bool) int {
	if e := coordinatedOrg(d, tok); e >= 0 {
		return e // "infiltrated by Kestrel and its allies": Kestrel, whatever the subject
	}
	if e := governingOrg(d, tok); e >= 0 {
		return e // the parse says whose: the subject of a clause above it
	}
	if e := cataphor(d, tok, func(m doc.Mention) bool {
		ent := &d.Entities[m.Entity]
		return ent.Type == doc.Organization && !ent.Ambiguous() && !creditOnly(d, m.Entity)
	}); e >= 0 {
		return e // "In its annual report, Kestrel said ..."
	}
	if unnamedBody(d, tok) {
		return -1 // "To protect its sources, the administration said ...": the body the subject describes
	}
	if subject && predicativeSubject(d, tok) {
		return -1 // "it will be very hard to", "it won't be for Ruiz": a situation, not the firm named before
	}
	sent := d.Tokens[tok].Sentence
	_, subj := governingSubject(d, tok, func(doc.Mention) bool { return false })
	best := -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if s.lastTok[e] < 0 || ent.Type != doc.Organization || ent.Ambiguous() || sent-s.lastSent[e] > 2 || creditOnly(d, e) {
			continue
		}
		if best < 0 || s.lastTok[e] > s.lastTok[best] {
			best = e
		}
	}
	if best >= 0 && subj >= 0 && pluralPronouns[strings.ToLower(d.Tokens[tok].Text)] && modifiesSubject(d, subj, s.lastTok[best]) {
		return -1 // "Republicans in Congress will continue their attacks": the Republicans', not Congress's
	}
	if best >= 0 && subject && !topicalSince(d, best, sent-2, tok) {
		return -1
	}
	return best
}

// unnamedBody reports whether the subject that binds the singular pronoun
// at tok, the nearest subject above it or the one its opening phrase
// leads to (cataphorSubject), is a description of a body that no name
// covers ("the Obama administration has never said how it ..."): the
// pronoun is that body's, not the organisation named last; it joins the
// description once that has its entity (bodyOfSubject).
func unnamedBody(d *doc.Document, tok int) bool {
	s := bodySubject(d, tok)
	return s >= 0 && mentionBy(d, s, func(doc.Mention) bool { return true }) < 0
}

// bodyOfSubject is the entity of the description of a body that binds the
// singular pronoun at tok (unnamedBody), -1 when there is none.
func bodyOfSubject(d *doc.Document, tok int) int {
	s := bodySubject(d, tok)
	if s < 0 {
		return -1
	}
	return mentionBy(d, s, func(m doc.Mention) bool {
		return m.Kind == doc.Nominal && headedAt(d, m, d.TokenWord(s)) && !d.Entities[m.Entity].Ambiguous() &&
			(tok < m.FirstTok || tok >= m.LastTok) // "its bank": not the bank
	})
}

// bodySubject is the token of the subject binding the singular pronoun at
// tok when it is a singular noun of a kind of body that no name covers
// ("administration", "government"; institutionNouns), -1 otherwise.
func bodySubject(d *doc.Document, tok int) int {
	if pluralPronouns[strings.ToLower(d.Tokens[tok].Text)] {
		return -1
	}
	s := -1
	if _, subj := governingSubject(d, tok, func(doc.Mention) bool { return false }); subj >= 0 {
		s = d.Words[subj].Token
	} else {
		s = cataphorSubject(d, tok)
	}
	if s < 0 || withinName(d, s) {
		return -1
	}
	if w := d.TokenWord(s); w < 0 || d.Words[w].XPOS != "NN" || !institutionNouns[strings.ToLower(d.Words[w].Lemma)] {
		return -1
	}
	return s
}

// modifiesSubject reports whether the word at token t is the noun of a
// member phrase on subject word subj ("Congress" of "Republicans in
// Congress will continue their attacks", groupOver), which the clause is
// not about: a plural pronoun the subject governs means the subject.
func modifiesSubject(d *doc.Document, subj, t int) bool {
	w := d.TokenWord(t)
	return w >= 0 && groupOver(d, w) == subj
}

// predicativeSubject reports whether the pronoun at tok is, by the parse,
// the subject of a copula's predicate ("it will be difficult", "how hard
// it will be"): no participle ("it will be sold", "it will be hiring"), so
// what the subject is comes from the predicate, which seldom describes
// an organisation named in an earlier clause.
func predicativeSubject(d *doc.Document, tok int) bool {
	w := d.TokenWord(tok)
	if w < 0 || d.Words[w].Head < 0 {
		return false
	}
	return len(d.Dependents(d.Words[w].Head, "cop")) > 0
}

// topicalSince reports whether entity e has a mention from sentence from
// on and before token tok that is, by the parse, the subject of its
// clause, set beside the subject, or the owner of that subject ("Vega's
// board said"). Without a parse every mention is.
func topicalSince(d *doc.Document, e, from, tok int) bool {
	if len(d.Words) == 0 {
		return true
	}
	for _, m := range d.Mentions {
		if m.Entity != e || m.FirstTok >= tok || d.Tokens[m.FirstTok].Sentence < from {
			continue
		}
		first, last := d.TokenWord(m.FirstTok), d.TokenWord(m.LastTok-1)
		if first < 0 || last < 0 {
			return true
		}
		h := d.HeadWord(first, last+1)
		if h >= 0 && doc.RelIs(d.Words[h].Rel, "appos", "flat", "compound") {
			h = d.Words[h].Head // "carmaker Vega Motors said", "Vega Motors, the carmaker, said"
		}
		if h >= 0 && d.Words[h].Rel == "nmod:poss" {
			h = d.Words[h].Head
		}
		if h >= 0 && doc.RelIs(d.Words[h].Rel, "nsubj") {
			return true
		}
	}
	return false
}

// coordinatedOrg is the organisation or named place whose mention ends
// right before "and"/"or" and a possessive pronoun at tok ("Kestrel and
// its suppliers"): the conjunct the possessive leans on. -1 otherwise.
func coordinatedOrg(d *doc.Document, tok int) int {
	if tok < 2 || !lex.PossessiveDets[strings.ToLower(d.Tokens[tok].Text)] {
		return -1
	}
	if c := strings.ToLower(d.Tokens[tok-1].Text); c != "and" && c != "or" {
		return -1
	}
	return mentionEndingAt(d, tok-1, func(m doc.Mention) bool {
		ent := &d.Entities[m.Entity]
		return (ent.Type == doc.Organization || ent.Type == doc.Place && m.Kind == doc.Name) && !ent.Ambiguous()
	})
}

// namedLaterInSentence reports whether entity e has a NAME mention after
// token tok in tok's sentence.
func namedLaterInSentence(d *doc.Document, e, tok int) bool {
	sent := d.Tokens[tok].Sentence
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Entity == e && m.FirstTok > tok && d.Tokens[m.FirstTok].Sentence == sent {
			return true
		}
	}
	return false
}

// creditOnly reports whether every name of entity e is a photo credit
// ("© Disney"): a credit is not what "its" or "the company" refers to.
func creditOnly(d *doc.Document, e int) bool {
	for _, m := range d.Mentions {
		if m.Entity == e && m.Kind == doc.Name && !doc.IsCredit(d, m.FirstTok) {
			return false
		}
	}
	return true
}

// govBonus favours, for a pronoun, the person the subject of a clause
// above it names ("Ana Ruiz said she would run": Ana Ruiz), by the parse.
const govBonus = 4.0
