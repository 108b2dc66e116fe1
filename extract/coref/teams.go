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
