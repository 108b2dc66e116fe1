package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// nameHeadAntecedent is the named body, place or thing that a definite
// description repeats by the head word of its name: "the center" or "the
// community center" after "the Bayside Community Center", "the lake"
// after "Lake Erie" is not (the head is the name's last word), "the act"
// after "the Clean Air Act". Every word of the description must be a word
// of the name. The only such name of the article is meant however far
// back it was given, unless it is a place ("the city" may be the one the
// article is about: coref homes.go) or the noun one for the government in
// power (rulingNouns); of several, the latest given in the last three
// sentences wins. onlyNamedOfKind does the same for a bare institution
// noun of the organisation's own type; this reaches a noun typed apart
// from the name and a description with modifiers. The description's own
// type does not decide: a facility's noun reads as a place, its name as an
// organisation. People are left out: a surname is no common noun.
// Strict head match with word inclusion, as in the deterministic sieves of
// Lee et al. (2013).
func nameHeadAntecedent(d *doc.Document, c doc.NominalMention, lastSeen func(e, before int) int) int {
	words := phraseWords(d, c)
	head := strings.ToLower(d.Tokens[c.Head].Text)
	if len(words) == 0 || !words[head] || nameGoesOn(d, c) {
		return -1 // "the Committee to Save the Parks" is a name of its own
	}
	sent := d.Tokens[c.FirstTok].Sentence
	best, bestTok, only, named := -1, -1, -1, 0
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type == doc.Person || ent.Ambiguous() || !doc.HasNameMention(d, e) {
			continue
		}
		if !nameHeaded(ent.Name, head, words) {
			continue
		}
		t := lastSeen(e, c.FirstTok)
		if t < 0 {
			continue
		}
		named++
		if ent.Type != doc.Place && !rulingNouns[head] {
			only = e // not "the administration" far from "the Small Business Administration"
		}
		if sent-d.Tokens[t].Sentence <= 3 && t > bestTok {
			best, bestTok = e, t
		}
	}
	if named == 1 && only >= 0 {
		return only
	}
	return best
}

// nameHeaded reports whether name ends in the word head and holds every
// word of words (lower case): "Bayside Community Center" for "community
// center", not "Center for Media Studies" (another head) nor "Bayside
// Health Center" for "community center".
func nameHeaded(name, head string, words map[string]bool) bool {
	fields := strings.Fields(strings.ToLower(name))
	if len(fields) < 2 || fields[len(fields)-1] != head {
		return false // a one-word name is no phrase with a head noun of its own
	}
	in := map[string]bool{}
	for _, f := range fields {
		in[f] = true
	}
	return subset(words, in)
}
