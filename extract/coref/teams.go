package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A team, a newspaper or a local branch is named by its place and a word
// of its own ("the Kansas City Chiefs", "the Denver Post"), and once named
// in full an article calls it by that word alone ("the Chiefs", "the
// Post"). The word names no place and no person, so the tagger types it
// as it pleases (an organisation, "other", people, even a place; only a
// person's name of the article keeps it, coreference tries that first),
// and a last word
// never joins a firm's full name by itself ("House" is not the White
// House). What makes it safe is the place before it: the article names
// that place apart, or the list of names everyone knows has it.

// placeLedWords maps the last word (a name key) of each organisation name
// of the article whose other words are a place, to the entity of that
// name; a word two such names end with maps to -1.
func placeLedWords(d *doc.Document) map[string]int {
	places := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Type == doc.Place {
			places[doc.NameKey(m.Text)] = true
		}
	}
	out := map[string]int{}
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != doc.Organization || ent.Ambiguous() {
			continue
		}
		toks := strings.Fields(doc.NameKey(ent.Name))
		if len(toks) < 2 {
			continue
		}
		prefix := strings.Join(toks[:len(toks)-1], " ")
		if !places[prefix] && lex.KnownType(prefix) != doc.Place {
			continue
		}
		last := toks[len(toks)-1]
		if prev, ok := out[last]; ok && prev != e {
			out[last] = -1 // "Chicago Bulls", "Chicago Bears": "Bears" says which, a shared word would not
			continue
		}
		out[last] = e
	}
	return out
}

// placeLedMatch returns the entity a one-word name stands for as the own
// word of a place-led organisation name of the article, or -1.
func placeLedMatch(m *doc.Mention, toks []string, words map[string]int) int {
	if len(toks) != 1 || (m.Type == doc.Person && lex.FirstNameGender(toks[0]) != doc.Unknown) {
		return -1 // the tagger reads "the Broncos" as people too; not "Jordan", a first name
	}
	if e, ok := words[toks[0]]; ok {
		return e
	}
	return -1
}

// teamOfCity returns the place-led organisation of the article that a
// place's name stands for when it acts: the name (key) is the place of
// one such organisation's name ("Indianapolis" of "the Indianapolis
// Colts") and the mention is the active subject of a verb
// ("Indianapolis beat Jacksonville"). Sports reports call a team by its
// city, and a city as such is where things happen ("in Indianapolis") or
// where people go ("fans left Indianapolis"), not who does them. -1
// otherwise, and where
// two organisations open with the place ("Chicago Bulls", "Chicago
// Bears").
func teamOfCity(d *doc.Document, m *doc.Mention, key string) int {
	if m.Type != doc.Place || len(d.Words) == 0 {
		return -1
	}
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 || d.Words[h].Rel != "nsubj" || d.Words[d.Words[h].Head].UPOS != "VERB" {
		return -1
	}
	team := -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != doc.Organization || ent.Ambiguous() {
			continue
		}
		toks := strings.Fields(doc.NameKey(ent.Name))
		if len(toks) < 2 || strings.Join(toks[:len(toks)-1], " ") != key || !teamWord(toks[len(toks)-1]) {
			continue
		}
		if team >= 0 {
			return -1
		}
		team = e
	}
	return team
}

// teamWord reports whether the last word of a place-led name reads as a
// team's: a plural that is no noun for a kind of organisation or place
// ("Colts", "Chiefs"; not "University", "Coliseum", "Times"... a
// newspaper's "Times" is no plural of a kind of thing either, but a
// paper does not beat anyone).
func teamWord(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	_, head := lex.NounType(w)
	return !head
}
