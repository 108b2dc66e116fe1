package coref

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// "His country", "their nation": the owner's own country, which the text
// marks by a nationality word on the owner ("German Chancellor Angela
// Merkel", "the Russian leader", "Syrians"), not the country the article
// is about.

// countryDemonyms map irregular nationality words to their country.
var countryDemonyms = lex.Table("coref/countryDemonyms")

// ownersCountry is the country entity that description c, a possessive and
// a country noun and nothing more ("his country", "their own nation"),
// means: the one country the owner's nationality words name, when the
// article names it; -1 otherwise.
func ownersCountry(d *doc.Document, c doc.NominalMention) int {
	if c.Plural || c.Group || c.Restricted || !countryNouns[strings.ToLower(d.Tokens[c.Head].Text)] {
		return -1
	}
	owner := possessiveOwner(d, c)
	if owner < 0 {
		owner = subjectOwner(d, c)
	}
	if owner < 0 {
		return -1
	}
	found := -1
	for _, key := range ownerNationalities(d, owner) {
		for e := range d.Entities {
			ent := &d.Entities[e]
			if ent.Type != doc.Place || !isCountry(ent) || !namesCountry(ent, key) {
				continue
			}
			if found >= 0 && found != e {
				return -1 // "a Syrian-American": two countries
			}
			found = e
		}
	}
	return found
}

// possessiveOwner is the entity, of any type, whose possessive pronoun or
// name with "'s" opens description c, with at most "own" before its head.
func possessiveOwner(d *doc.Document, c doc.NominalMention) int {
	for _, m := range d.Mentions {
		if m.FirstTok != c.FirstTok || m.Entity < 0 || m.LastTok > c.Head {
			continue
		}
		end := m.LastTok
		if m.Kind == doc.Name && end < c.Head && doc.IsPossessiveMark(d.Tokens[end].Text) {
			end++
		} else if m.Kind != doc.Pronoun {
			continue
		}
		if end == c.Head || end+1 == c.Head && strings.EqualFold(d.Tokens[end].Text, "own") {
			return m.Entity
		}
	}
	return -1
}

// subjectOwner is, for a description c opening with a possessive pronoun
// that has no mention ("Syrians have fled their country"), the entity of
// the subject of the verb c hangs on, the noun a relative clause's "who"
// stands for ("Syrians who fled their country"); -1 otherwise.
func subjectOwner(d *doc.Document, c doc.NominalMention) int {
	if !possessiveDets[strings.ToLower(d.Tokens[c.FirstTok].Text)] {
		return -1
	}
	w := d.TokenWord(c.Head)
	if w < 0 || d.Words[w].Head < 0 {
		return -1
	}
	verb := d.Words[w].Head
	for s := range d.Words {
		if d.Words[s].Head != verb || !strings.HasPrefix(d.Words[s].Rel, "nsubj") {
			continue
		}
		if _, rel := relativePronouns[strings.ToLower(d.Words[s].Text)]; rel && d.Words[verb].Rel == "acl:relcl" {
			s = d.Words[verb].Head // "Syrians who fled their country"
		}
		return d.EntityCovering(d.Words[s].Token)
	}
	return -1
}

// ownerNationalities are the countries (event/countries keys) that
// nationality words mark entity e with: a one-word name of it ("Syrians"),
// the capitalised words of its sentence just before one of its names
// ("Russian President Vladimir Putin"), and the words of its descriptions
// ("the Iranian foreign minister").
func ownerNationalities(d *doc.Document, e int) []string {
	var out []string
	add := func(k int) {
		if c := demonymCountry(d.Tokens[k].Text); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		switch m.Kind {
		case doc.Name:
			if m.LastTok-m.FirstTok == 1 {
				add(m.FirstTok)
			}
			for k := m.FirstTok - 1; k >= 0 && k >= m.FirstTok-3 && doc.SameSentence(d, k, m.FirstTok) && doc.IsCapitalised(d.Tokens[k].Text); k-- {
				add(k)
			}
		case doc.Nominal:
			for k := m.FirstTok; k < m.LastTok; k++ {
				add(k)
			}
		}
	}
	return out
}

// demonymCountry is the country (an event/countries key) whose people the
// capitalised word w names ("Syrian", "Syrians", "German"), "" if none.
func demonymCountry(w string) string {
	if !doc.IsCapitalised(w) {
		return ""
	}
	k := strings.ToLower(w)
	if c, ok := countryDemonyms[k]; ok {
		return c
	}
	if c, ok := countryDemonyms[strings.TrimSuffix(k, "s")]; ok {
		return c
	}
	k = strings.TrimSuffix(k, "s")
	for _, p := range demonymPlaces(k) {
		if p != k && countries[p] {
			return p
		}
	}
	return ""
}

// namesCountry reports whether a name of ent is country key.
func namesCountry(ent *doc.Entity, key string) bool {
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		if strings.ReplaceAll(doc.NameKey(n), " ", "_") == key {
			return true
		}
	}
	return false
}
