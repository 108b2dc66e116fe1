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

// genderFit keeps the candidates a title of gender g can name: none of
// the other gender ("Mr. Clinton" of Bill, Hillary and Chelsea Clinton is
// Bill). A candidate's gender is its first name's, else the title of a
// name already placed on it ("Mr. Clinton" before, when "Bill" is also a
// noun and tells none); a candidate of no known gender stays ("Mr. Bush"
// may be Jeb as well as George W. Bush).
func (c *nameClusterer) genderFit(among []int, g doc.Gender) []int {
	var out []int
	for _, e := range among {
		if fg := c.entityGender(e); fg == doc.Unknown || fg == g {
			out = append(out, e)
		}
	}
	return out
}

// entityGender is the gender of entity e's first name, else the one
// gender of the titles of the names placed on it so far, else Unknown.
func (c *nameClusterer) entityGender(e int) doc.Gender {
	if toks := c.entToks[e]; len(toks) >= 2 {
		if fg := lex.FirstNameGender(toks[0]); fg != doc.Unknown {
			return fg
		}
	}
	g := doc.Unknown
	for i, m := range c.d.Mentions {
		if m.Entity != e || m.Kind != doc.Name || c.t.gens[i] == doc.Unknown {
			continue
		}
		if g != doc.Unknown && g != c.t.gens[i] {
			return doc.Unknown
		}
		g = c.t.gens[i]
	}
	return g
}

// ofGender returns the only one of the candidate entities known to be of
// gender g (entityGender), or -1: when several people named before fit a
// title, the one its gender is known to fit is meant ("Mrs. Clinton"
// after Hillary and Bill Clinton: "Bill" is a noun as well as a name and
// tells no gender). "Mr. Bush" after Jeb Bush, called "Mr. Bush" before,
// and George W. Bush fits both.
func (c *nameClusterer) ofGender(among []int, g doc.Gender) int {
	found := -1
	for _, e := range among {
		if g == doc.Unknown || c.entityGender(e) != g {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// titledRole is the office the title of NAME mention m states, "" when it
// states none: its own last title ("Sen. Ruiz": senator), else a title
// word right before it that the tagger left out ("President Clinton").
// Honorifics ("Mrs.") state a gender, no office.
func titledRole(d *doc.Document, m *doc.Mention, titles []string) string {
	if len(titles) > 0 {
		return titleRole(titles[len(titles)-1])
	}
	if k := m.FirstTok - 1; k >= 0 && m.FirstTok < len(d.Tokens) && doc.SameSentence(d, k, m.FirstTok) &&
		personTitles[titleWord(d.Tokens[k].Text)] {
		return titleRole(d.Tokens[k].Text)
	}
	return ""
}

// roleFit returns the only one of the candidate entities that a name
// placed so far gave office role by its title, or -1: "President
// Clinton" is the Clinton called "President Bill Clinton", "Secretary
// Clinton" the one called "Secretary Clinton" before.
func (c *nameClusterer) roleFit(among []int, role string) int {
	found := -1
	for _, e := range among {
		held := false
		for i, m := range c.d.Mentions {
			if m.Entity == e && m.Kind == doc.Name && c.t.roles[i] == role {
				held = true
				break
			}
		}
		if !held {
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
