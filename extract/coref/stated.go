package coref

// What the text around a description says it is (statedReferent's
// sources): an apposition to a name, the predicate of a copula, a title
// before a name.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// commaAfterHead reports whether a comma follows the head of description
// c inside it ("the actress, who starred in ..."): what comes after is an
// aside, not what says which one is meant.
func commaAfterHead(d *doc.Document, c doc.NominalMention) bool {
	return c.Head+1 < c.LastTok && d.Tokens[c.Head+1].Text == ","
}

// holdsName reports whether a description has a name inside it ("the US
// company", "the Oslo firm"): the name says which one it is, so it is not
// taken for the organisation or person mentioned last.
func holdsName(d *doc.Document, c doc.NominalMention) bool {
	end := c.LastTok
	for k := c.Head + 1; k < c.LastTok; k++ {
		if d.Tokens[k].Text == "," {
			end = k // "the actress, who starred in Sea Idyll,": a clause set off by a comma says nothing of which
			break
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok >= c.FirstTok && m.LastTok <= end {
			return true
		}
	}
	return false
}

// appositionEnds close an apposition: "Kestrel, a bakery, said", "... a
// bakery." or "(Kestrel, a bakery)".
func appositionEnd(d *doc.Document, k, sentTok int) bool {
	if k >= len(d.Tokens) || !doc.SameSentence(d, k, sentTok) {
		return true
	}
	switch d.Tokens[k].Text {
	case ",", ".", ";", ")", "--", "—", "–", ":":
		return true
	}
	return false
}

// appositiveName returns the entity of the name a singular description
// stands in apposition to, or -1: "Kestrel, a bakery in Oslo, said" and
// "a bakery in Oslo, Kestrel, said". The description and the name are
// set off by commas (or end the sentence) and are of one type.
func appositiveName(d *doc.Document, c doc.NominalMention) int {
	if c.Plural || c.Type == doc.Place || c.FirstTok < 2 {
		return -1
	}
	name := func(first, last int) int { // the entity of a name mention [first, last)
		for _, m := range d.Mentions {
			if m.Kind == doc.Name && m.FirstTok == first && m.LastTok == last && m.Entity >= 0 &&
				d.Entities[m.Entity].Type == c.Type && !d.Entities[m.Entity].Ambiguous() {
				return m.Entity
			}
		}
		return -1
	}
	if d.Tokens[c.FirstTok-1].Text == "," && doc.SameSentence(d, c.FirstTok-2, c.FirstTok) &&
		(appositionEnd(d, c.LastTok, c.FirstTok) || relativeAfter(d, c)) {
		for _, m := range d.Mentions {
			if m.Kind == doc.Name && m.LastTok == c.FirstTok-1 {
				if e := name(m.FirstTok, m.LastTok); e >= 0 && (m.FirstTok == 0 || !doc.SameSentence(d, m.FirstTok-1, m.FirstTok) ||
					d.Tokens[m.FirstTok-1].Text != ",") {
					return e // not the last item of a list: "Ford, Kia, a carmaker"
				}
			}
		}
	}
	if k := c.LastTok; k+1 < len(d.Tokens) && d.Tokens[k].Text == "," && doc.SameSentence(d, k, k+1) {
		for _, m := range d.Mentions {
			if m.Kind == doc.Name && m.FirstTok == k+1 && appositionEnd(d, m.LastTok, k) &&
				(c.FirstTok == 0 || !doc.SameSentence(d, c.FirstTok-1, c.FirstTok) || d.Tokens[c.FirstTok-1].Text != ",") {
				if e := name(m.FirstTok, m.LastTok); e >= 0 {
					return e
				}
			}
		}
	}
	return -1
}

// relativeAfter reports whether a relative pronoun follows description c
// where its phrase stops short of the clause ("Ana Ruiz, Mafia Leader Who
// Feigned Insanity, Dies": a title-case headline the parse reads apart):
// the clause is the description's, which still stands beside the name.
func relativeAfter(d *doc.Document, c doc.NominalMention) bool {
	k := c.LastTok
	if k >= len(d.Tokens) || !doc.SameSentence(d, k, c.FirstTok) {
		return false
	}
	w := strings.ToLower(d.Tokens[k].Text)
	return w == "who" || w == "whose" || w == "which"
}

// copulas link a subject to a description of it.
var copulas = lex.Words("coref/copulas")

// copulaAdverbs may stand between a copula and its complement.
var copulaAdverbs = lex.Words("coref/copulaAdverbs")

// copulaSubject returns the entity a singular description is said to be,
// or -1: "Kestrel is the largest bakery in Oslo", "It remains the only
// firm that ...". The subject is the mention (a name or a pronoun of a
// known entity, of the description's type) that ends right before the
// copula; an indefinite description ("Kestrel is a bakery") also counts.
func copulaSubject(d *doc.Document, c doc.NominalMention) int {
	if c.Plural || c.Type == doc.Place {
		return -1
	}
	k := c.FirstTok - 1
	for k >= 0 && doc.SameSentence(d, k, c.FirstTok) && copulaAdverbs[strings.ToLower(d.Tokens[k].Text)] {
		k--
	}
	if k < 1 || !doc.SameSentence(d, k-1, c.FirstTok) || !copulas[strings.ToLower(d.Tokens[k].Text)] {
		return -1
	}
	for _, m := range d.Mentions {
		if m.LastTok == k && m.Entity >= 0 && (m.Kind == doc.Name || m.Kind == doc.Pronoun) &&
			d.Entities[m.Entity].Type == c.Type && !d.Entities[m.Entity].Ambiguous() {
			return m.Entity
		}
	}
	return -1
}

// titleBeforeName is the person a singular description of a person ends
// in, when only words of a title come before the name: no punctuation,
// conjunction, verb or pronoun ("Former Secretary of State Ana Ruiz",
// not "critics and Ana Ruiz"), or the person whose name comes right after
// a description the parse makes one phrase with it (titleOfName:
// "Committee Chairman Bob Goodlatte"). -1 otherwise.
func titleBeforeName(d *doc.Document, c doc.NominalMention) int {
	if c.Type != doc.Person || c.Plural || c.Group {
		return -1
	}
	for _, m := range d.Mentions {
		inside := m.LastTok == c.LastTok && m.FirstTok > c.FirstTok
		if m.Kind != doc.Name || m.Entity < 0 || !inside && !(m.FirstTok == c.LastTok+titleAfter(d, c.LastTok) && titleOfName(d, c, m)) {
			continue
		}
		if ent := &d.Entities[m.Entity]; ent.Type != doc.Person || ent.Ambiguous() {
			return -1
		}
		for k := c.FirstTok; k < min(m.FirstTok, c.LastTok); k++ {
			if !titleWordBefore(d, k, m.FirstTok) {
				return -1
			}
		}
		return m.Entity
	}
	return -1
}

// titleAfter is the number of tokens from token k on that are one
// abbreviated title ("Sen.", "Dr.") a description may stand before with
// the name after it ("presidential candidate Sen. Ana Ruiz"); 0 when
// there is none.
func titleAfter(d *doc.Document, k int) int {
	if k+1 < len(d.Tokens) && doc.SameSentence(d, k, k+1) && isPersonTitle(d.Tokens[k].Text, true) {
		return 1
	}
	return 0
}

// titleOfName reports whether description c, right before name mention m
// in its sentence ("Chairman Bob Goodlatte", "master of ceremonies Ana
// Ruiz"), is one phrase with it by the parse: either head hangs on the
// other. A verb between them ("told reporters Ana Ruiz ...") or two
// arguments side by side ("gave the winner Ana Ruiz's cup") do not.
func titleOfName(d *doc.Document, c doc.NominalMention, m doc.Mention) bool {
	if !doc.SameSentence(d, c.FirstTok, m.FirstTok) {
		return false
	}
	hc, hm := d.TokenWord(c.Head), d.HeadNoun(m.FirstTok, m.LastTok)
	if t := d.TokenWord(m.FirstTok - 1); m.FirstTok > c.LastTok && t >= 0 && hm >= 0 && d.Words[hm].Head == t {
		hm = t // the parse makes the title between them the head of the name ("candidate Sen. Ana Ruiz")
	}
	if hc < 0 || hm < 0 {
		return false
	}
	return d.Words[hc].Head == hm && (d.Words[hc].Rel == "compound" || d.Words[hc].Rel == "appos" || strings.HasPrefix(d.Words[hc].Rel, "nmod")) ||
		d.Words[hm].Head == hc && (d.Words[hm].Rel == "appos" || d.Words[hm].Rel == "flat")
}

// titleWordBefore reports whether token k, before a name at token name, can be
// a word of a title: a noun or an adjective, or "of" between capitalised
// words of the title ("Secretary of State"; not "a fan of Bernie", nor
// "Star of David", where the name follows "of").
func titleWordBefore(d *doc.Document, k, name int) bool {
	w := d.TokenWord(k)
	if !doc.IsWordToken(d.Tokens[k].Text) || w < 0 {
		return false
	}
	switch d.Words[w].UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	case "ADP":
		return strings.EqualFold(d.Tokens[k].Text, "of") && k > 0 && k+1 < name &&
			doc.IsCapitalised(d.Tokens[k-1].Text) && doc.IsCapitalised(d.Tokens[k+1].Text)
	}
	return false
}
