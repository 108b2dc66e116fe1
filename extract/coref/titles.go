package coref

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// readTitles gives a person the role its title before a name states:
// "Sen. Ana Ruiz" (an abbreviation, read as "senator"), "Governor Ana
// Ruiz", "rapper Ola Berg" (a singular person noun of the lexicon right
// before the name). A later definite description that takes the role up
// ("the Florida senator") may then refer to that person (pickAntecedent,
// antecedentFor need a known role for nouns that are no epithets).
func readTitles(d *doc.Document) {
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || m.FirstTok == 0 || !doc.SameSentence(d, m.FirstTok-1, m.FirstTok) {
			continue
		}
		ent := &d.Entities[m.Entity]
		if ent.Type != doc.Person {
			continue
		}
		if role := titleRole(d.Tokens[m.FirstTok-1].Text); role != "" {
			ent.Roles = appendRole(ent.Roles, role)
		}
	}
}

// titleRole is the role noun a title word before a name stands for, ""
// when the word is no title: an abbreviation of the list, or a singular
// person noun that is no honorific ("Mr.") and no epithet ("star"),
// which say nothing of an office.
func titleRole(word string) string {
	w := strings.ToLower(word)
	if r, ok := lex.TitleAbbreviations[w]; ok {
		return r
	}
	if _, honorific := lex.Honorifics[w]; honorific || epithets[w] || lex.PluralNoun(w) {
		return ""
	}
	if t, ok := lex.NounType(w); ok && t == doc.Person {
		return w
	}
	return ""
}

var (
	honorifics     = lex.Words("coref/honorifics")
	personTitles   = lex.Words("coref/personTitles")
	titlePrefixes  = lex.Words("coref/titlePrefixes")
	titleHonorific = lex.Honorifics
)

// titleWord normalizes a token for the title lists: "Sen." is "sen".
func titleWord(s string) string {
	w := strings.TrimSuffix(strings.ToLower(s), ".")
	for _, p := range titleTimePrefixes {
		if t := strings.TrimPrefix(w, p); t != w && t != "" {
			return t // "then-Sen.": the title of its time
		}
	}
	return w
}

// titleTimePrefixes date a title ("then-Sen. Ana Ruiz", "ex-Gov. Tom Hale").
var titleTimePrefixes = []string{"then-", "ex-", "former-"}

// untitled splits the titles off the front of a name mention ("Sen.
// Marco Rubio" is Marco Rubio, "Vice President Joe Biden" is Joe Biden):
// the leading tokens that are titles or title prefixes, ending with a
// title, when at least one capitalised word follows. Titles come off a
// name tagged a person, or a name that starts with an honorific ("Mr.",
// "Senator"), which makes it a person's. It returns the name without the
// titles, the titles (normalized), and whether they make it a person.
func untitled(d *doc.Document, m *doc.Mention) (name string, titles []string, person bool) {
	if m.FirstTok < 0 || m.LastTok > len(d.Tokens) || m.LastTok-m.FirstTok < 2 {
		return m.Text, nil, false
	}
	toks := d.Tokens[m.FirstTok:m.LastTok]
	k := 0
	for k < len(toks)-1 && (personTitles[titleWord(toks[k].Text)] || titlePrefixes[titleWord(toks[k].Text)]) {
		k++
	}
	for k > 0 && !personTitles[titleWord(toks[k-1].Text)] {
		k-- // "Vice" alone is no title
	}
	if k == 0 || !doc.StartsUpper(toks[k].Text) {
		return m.Text, nil, false
	}
	for _, t := range toks[:k] {
		titles = append(titles, titleWord(t.Text))
		person = person || honorifics[titleWord(t.Text)]
	}
	if !person && m.Type != doc.Person && !titledSurname(d, toks[k:], m) {
		return m.Text, nil, false
	}
	return d.Slice(doc.Span{Start: toks[k].Start, End: m.End}), titles, true
}

// honorificBefore is the gender an honorific right before a name mention
// states ("Mrs." before "Clinton" when the tagger left it out of the
// name), or Unknown.
func honorificBefore(d *doc.Document, m *doc.Mention) doc.Gender {
	if m.FirstTok < 1 || m.FirstTok > len(d.Tokens) {
		return doc.Unknown
	}
	prev := d.Tokens[m.FirstTok-1]
	if prev.Sentence != d.Tokens[m.FirstTok].Sentence {
		return doc.Unknown
	}
	return titleHonorific[titleWord(prev.Text)]
}

// titleGender is the gender a name's titles state ("Mrs."), or Unknown.
func titleGender(titles []string) doc.Gender {
	for _, t := range titles {
		if g, ok := titleHonorific[t]; ok {
			return g
		}
	}
	return doc.Unknown
}

// attributive reports whether a name mention is a one-word "other" name
// (the tagger's class of nationalities, parties and the like) used as an
// adjective, in the singular, right before a noun or another name
// ("Republican candidates", "Philippine officials", "Republican Donald
// Trump"; but "Republicans said", "Corvane said"). The noun is one the
// lexicon lists as the head of a phrase or has an ending only nouns have,
// so that a verb after a name never makes it an adjective. It names no
// entity of its own, so it gives no entity and no id.
func attributive(d *doc.Document, m *doc.Mention) bool {
	if m.Type != doc.Other || m.LastTok-m.FirstTok != 1 || m.LastTok >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[m.FirstTok].Text
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S") {
		return false
	}
	next := d.Tokens[m.LastTok]
	if d.Tokens[m.FirstTok].Sentence != next.Sentence {
		return false
	}
	if d.MentionAt(m.LastTok) >= 0 {
		return true
	}
	n := next.Text
	if n == "" || !unicode.IsLower([]rune(n)[0]) || firmNouns[n] || strongFirmNouns[n] {
		return false // "a Corvane spokesman": a firm (see actsAsOrganization)
	}
	if _, head := lex.HeadNoun(n); head || lex.AgentPlural(n) {
		return true
	}
	return adjectiveOfNoun(d, m.FirstTok)
}

// adjectiveOfNoun reports whether the parse reads token k as an adjective
// modifying a noun after it ("Democratic presidential frontrunner").
func adjectiveOfNoun(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || d.Words[w].UPOS != "ADJ" || !doc.RelIs(d.Words[w].Rel, "amod") {
		return false
	}
	h := d.Words[w].Head
	return h > w && h < len(d.Words) && d.Words[h].UPOS == "NOUN"
}

// ofGender returns the only one of the candidate entities whose first name
// is of gender g, or -1: a title's gender tells apart two people who
// share a surname.
func ofGender(among []int, g doc.Gender, entToks [][]string) int {
	found := -1
	for _, e := range among {
		if len(entToks[e]) < 2 || lex.FirstNameGender(entToks[e][0]) != g {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// titledSurname reports whether the words rest after a person's title in
// name mention m name a person, whatever type the tagger gave ("Justice
// Scalia" typed an organisation): a listed first name opens them, or their
// last word is the surname of a person named in full elsewhere in the
// document ("Antonin Scalia"). "General Electric" and "Justice
// Department" are neither.
func titledSurname(d *doc.Document, rest []doc.Token, m *doc.Mention) bool {
	if len(rest) == 0 {
		return false
	}
	if _, head := lex.NounType(strings.ToLower(rest[len(rest)-1].Text)); head {
		return false // "King Solomon Missionary Baptist Church": a body's or a place's head noun
	}
	if len(rest) > 1 && isListedFirst(rest[0].Text) {
		return true
	}
	last := strings.ToLower(rest[len(rest)-1].Text)
	return surnameOfAnother(d, last, doc.NameKey(m.Text))
}

// isListedFirst reports whether w is a first name of the gazetteer.
func isListedFirst(w string) bool { return lex.FirstNameGender(w) != doc.Unknown }
