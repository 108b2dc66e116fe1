package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A bare "the party" that found no antecedent is the party the text marks
// nearest before it, in its sentence or the two before: a party named
// ("the Green Party", "the GOP"), its members' word ("Democrats",
// "Democratic") or a member's party tag ("Ana Ruiz, R-Ohio"). US news names the Democratic Party mostly through its
// members, so without this "the party" stays a node of its own in every
// article. The party is the article's entity of that name when there is
// one, else a new one named after the party.

// partyMembers maps a member's word to the party's name.
var partyMembers = lex.Table("coref/partyMembers")

// markedParty is the party entity bare "the party" c means, made when the
// article has none; -1 when no party is marked near it or one sentence
// marks two.
func markedParty(d *doc.Document, c doc.NominalMention, w0 string, words map[string]bool) int {
	if w0 != "the" || c.Plural || len(words) != 1 || !strings.EqualFold(d.Tokens[c.Head].Text, "party") || nameGoesOn(d, c) {
		return -1
	}
	sent := d.Tokens[c.FirstTok].Sentence
	for s := sent; s >= 0 && s >= sent-2; s-- {
		last := d.Sentences[s].Last
		if s == sent {
			last = c.FirstTok
		}
		party := ""
		for k := d.Sentences[s].First; k < last; k++ {
			if p := partyAt(d, k); p != "" && party != "" && p != party {
				return -1 // "Democrats and Republicans": which party is open
			} else if p != "" {
				party = p
			}
		}
		if party != "" {
			return partyEntity(d, party)
		}
	}
	return -1
}

// partyAt is the party token k marks, by its canonical name: a member's
// word, a party's name ending there, or a party tag after a person's name
// ("Ana Ruiz, R-Ohio"); "" if none.
func partyAt(d *doc.Document, k int) string {
	t := d.Tokens[k].Text
	if p, ok := partyMembers[strings.ToLower(t)]; ok && doc.IsCapitalised(t) && !inName(d, k) && !openingAdjective(d, k) {
		return canonicalParty(p) // not "Irish Republican Army"
	}
	tagged := k > 0 && (d.Tokens[k-1].Text == "," || d.Tokens[k-1].Text == "(") && partyTagShape(t)
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.LastTok == k+1 && m.Entity >= 0 && nameEndsIn(&d.Entities[m.Entity], "party") {
			return canonicalParty(d.Entities[m.Entity].Name)
		}
		if tagged && m.Kind == doc.Name && m.LastTok == k-1 && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
			return tagParty(t[:1]) // "Ana Ruiz, R-Ohio": a Republican
		}
	}
	return ""
}

// openingAdjective reports whether token k opens its sentence as an
// adjective, whose capital then says nothing ("Democratic norms are
// eroding"), unless a name or a person noun follows ("Republican leaders",
// "Democratic Sen. Ana Ruiz").
func openingAdjective(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || d.Words[w].UPOS != "ADJ" || d.Sentences[d.Tokens[k].Sentence].First != k || k+1 >= len(d.Tokens) {
		return false
	}
	if doc.IsCapitalised(d.Tokens[k+1].Text) {
		return false
	}
	next := d.TokenWord(k + 1)
	_, person := lex.PersonNouns[strings.ToLower(d.Words[max(next, 0)].Lemma)]
	return next < 0 || !person
}

// canonicalParty is a party name's first name on the alias list ("GOP":
// "republican party"), else its key.
func canonicalParty(name string) string {
	if g := lex.AliasGroup(name); g > 0 {
		return lex.AliasKey(lex.AliasNames(g)[0])
	}
	return lex.AliasKey(name)
}

// partyEntity is the article's entity of the party canonical names, made
// when there is none.
func partyEntity(d *doc.Document, canonical string) int {
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != doc.Organization || ent.Ambiguous() {
			continue
		}
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if canonicalParty(n) == canonical {
				return e
			}
		}
	}
	f := strings.Fields(canonical)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	name := strings.Join(f, " ")
	return d.AddEntity(doc.Entity{ID: doc.Slug(name), Name: name, Type: doc.Organization})
}

// ownersMarkedParty is the party of the owner of "his party" c (ownersKind)
// when the text marks the owner as its member (personsParty): the article's
// entity of it, made when it names the party only through its members.
func ownersMarkedParty(d *doc.Document, c doc.NominalMention) int {
	if !strings.EqualFold(d.Tokens[c.Head].Text, "party") {
		return -1 // "his team"
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Pronoun && m.FirstTok == c.FirstTok && m.Entity >= 0 {
			if p := personsParty(d, m.Entity); p != "" {
				return partyEntity(d, p)
			}
		}
	}
	return -1
}

// personsParty is the one party of the partyMembers list the text marks
// entity e a member of (partyMarkTokens): e's name is a member's word
// ("Republicans"), or a capitalised member's word outside a longer name
// marks it ("Democrat Ana Ruiz", not "Gary Fan of the Neo Democrats"), or
// a party tag's letter does ("Ana Ruiz (D-Ohio)"); "" when none or two.
func personsParty(d *doc.Document, e int) string {
	if p, ok := partyMembers[strings.ToLower(d.Entities[e].Name)]; ok {
		return canonicalParty(p)
	}
	found := map[string]bool{}
	partyMarkTokens(d, e, func(k int, tag bool) bool {
		t := d.Tokens[k].Text
		if tag {
			if p := tagParty(t[:1]); p != "" {
				found[p] = true
			}
		} else if p, ok := partyMembers[strings.ToLower(t)]; ok && doc.IsCapitalised(t) && !inName(d, k) {
			found[canonicalParty(p)] = true
		}
		return false
	})
	if len(found) != 1 {
		return ""
	}
	for p := range found {
		return p
	}
	return ""
}

// partyMarkTokens calls mark on each token that may mark entity e's party,
// until it returns true: the words of a description of e ("the Republican
// nominee"), the words of a title among the three before a name of e
// ("GOP front-runner Ana Ruiz"; not "Democratic attacks on Ana Ruiz"), and,
// with tag set, a party tag after a name of e ("Ana Ruiz (D-Ohio)",
// "Ana Ruiz, R-Texas"). It reports whether mark returned true.
func partyMarkTokens(d *doc.Document, e int, mark func(k int, tag bool) bool) bool {
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		switch m.Kind {
		case doc.Nominal:
			for k := m.FirstTok; k < m.LastTok; k++ {
				if mark(k, false) {
					return true
				}
			}
		case doc.Name:
			for k := m.FirstTok - 1; k >= 0 && k >= m.FirstTok-3 && doc.SameSentence(d, k, m.FirstTok) && titleWordBefore(d, k, m.FirstTok); k-- {
				if mark(k, false) {
					return true
				}
			}
			if k := m.LastTok; k+1 < len(d.Tokens) && (d.Tokens[k].Text == "," || d.Tokens[k].Text == "(") && partyTagShape(d.Tokens[k+1].Text) {
				if mark(k+1, true) {
					return true
				}
			}
		}
	}
	return false
}

// tagParty is the party of the partyMembers list whose name opens with the
// letter of a party tag ("R-Ohio": the Republican Party); "" if none or two.
func tagParty(letter string) string {
	out := ""
	for _, p := range partyMembers {
		if c := canonicalParty(p); strings.HasPrefix(c, strings.ToLower(letter)) {
			if out != "" && out != c {
				return ""
			}
			out = c
		}
	}
	return out
}

// inName reports whether token k is a word of a longer name ("Neo
// Democrats"; not "Democratic" alone, a name to the tagger).
func inName(d *doc.Document, k int) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= k && k < m.LastTok && m.LastTok-m.FirstTok > 1 {
			return true
		}
	}
	return false
}
