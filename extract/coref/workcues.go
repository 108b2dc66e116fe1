package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The name tagger learnt its types from CoNLL-2003, which has no type for
// titles of works: a TV show, a film or a book comes out as OTHER, a place
// or a person ("The Kardashians" reads like a family). The words around a
// title tell it apart: "the series X", "the third episode of X", "X's
// season finale", "X is in its fifth season".

// workKinds name the kind of work before its title: "the sitcom X". Not
// words that are as often adjectives or other things: "single", "drama",
// "program", "franchise" ("a single European currency").
var workKinds = lex.Words("coref/workKinds")

// workParts come before "of" and a title: "the finale of X", "episodes of X".
// Not "season": "the 2023 season of Formula One".
var workParts = lex.Words("coref/workParts")

// workPartsAfter follow a title, with or without 's: "X's finale", "the X
// trailer". Not "season": a team has its season too; not "soundtrack":
// "a Simon and Garfunkel soundtrack" is theirs.
var workPartsAfter = lex.Words("coref/workPartsAfter")

// kindOpeners may stand before a kind noun that is a noun, not a verb:
// "the show X", "her album X", "hit series X" (but "to show X").
var kindOpeners = lex.Words("coref/kindOpeners")

// quotedWorkKinds name a kind of work only before a title in quotes: "the
// program “Night Desk”" (a "program" alone is a government's too).
var quotedWorkKinds = lex.Words("coref/quotedWorkKinds")

// workPeople make or present a show: "the host of “Night Desk”", "the
// “Night Desk” star".
var workPeople = lex.Words("coref/workPeople")

// dayNames are the weekdays, whose possessive stands before a show's title
// ("Sunday's “Night Desk”").
var dayNames = lex.Words("coref/dayNames")

// retypeAsWork reports whether an entity the tagger typed t, with these
// NAME mentions, is the title of a work. A name typed as an organisation
// needs a cue that never fits a firm ("the series X", "episodes of X"), a
// person's name only "episodes of X".
func retypeAsWork(d *doc.Document, t doc.EntityType, mentions []int) bool {
	for _, mi := range mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Name {
			continue
		}
		if quotedTitle(d, m) {
			return true
		}
		if partOfBefore(d, m.FirstTok) {
			return true
		}
		if t == doc.Person {
			continue // "the album Adele released": the name opens a relative clause
		}
		if kindBefore(d, m.FirstTok) && (t == doc.Other || clauseGoesOn(d, m.LastTok)) {
			return true
		}
		if t == doc.Organization {
			continue
		}
		if partAfter(d, m.LastTok) || nthSeason(d, m.LastTok) {
			return true
		}
	}
	return false
}

// quotedTitle reports whether mention m stands alone between quotation
// marks with a cue of a show, a film or a song around them, which a slogan
// or a nickname in quotes has not: the kind before it ("the reality show
// “Cake Boss”", "his radio program, “Night Desk”"), a part or a person of
// a show before "of" ("an episode of “Shark Tank”", "the host of “Night
// Desk”") or after it ("the “Broad City” star"), or a channel's or a
// day's possessive ("CNN's “New Day”", "on Friday's “Night Desk”").
func quotedTitle(d *doc.Document, m doc.Mention) bool {
	b, last := m.FirstTok, m.LastTok
	if t := lowerAt(d, last, b); t == "," || t == "." {
		last++ // American style: “Shark Pond.”
	}
	if b < 2 || last >= len(d.Tokens) || !doc.IsQuoteMark(d.Tokens[b-1].Text) || !doc.IsQuoteMark(d.Tokens[last].Text) {
		return false
	}
	k := b - 2
	if lowerAt(d, k, b) == "," {
		k-- // "his radio program, “Night Desk”"
	}
	before := lowerAt(d, k, b)
	if workKinds[before] || quotedWorkKinds[before] {
		return true
	}
	if before == "of" && (workParts[lowerAt(d, k-1, b)] || workPeople[lowerAt(d, k-1, b)]) {
		return true
	}
	if after := lowerAt(d, last+1, b); workPartsAfter[after] || workPeople[after] {
		return true
	}
	if doc.IsPossessiveMark(before) {
		if dayNames[lowerAt(d, k-1, b)] || lowerAt(d, k-1, b) == "weekend" {
			return true // "on Friday's “Night Desk”"
		}
		for _, o := range d.Mentions {
			if o.Kind == doc.Name && o.LastTok == k && o.Type == doc.Organization {
				return true // "CNN's “New Day”"
			}
		}
	}
	return false
}

// lowerAt is the lower-cased token k, or "" outside the sentence of token ref.
func lowerAt(d *doc.Document, k, ref int) string {
	if k < 0 || k >= len(d.Tokens) || !doc.SameSentence(d, k, ref) {
		return ""
	}
	return strings.ToLower(d.Tokens[k].Text)
}

// kindBefore: "the sitcom X", "HBO series X", skipping a leading "The" of
// the title itself ("the show The Office").
func kindBefore(d *doc.Document, b int) bool {
	k := b - 1
	if w := lowerAt(d, k, b); w == "the" && doc.StartsUpper(d.Tokens[k].Text) {
		k-- // "the show The Office"
	}
	if !workKinds[lowerAt(d, k, b)] {
		return false
	}
	prev := lowerAt(d, k-1, b)
	return kindOpeners[prev] || (prev != "" && doc.StartsUpper(d.Tokens[k-1].Text)) // "HBO drama X"
}

// partOfBefore: "the eighth episode of X", "the season finale of The Office".
func partOfBefore(d *doc.Document, b int) bool {
	k := b - 1
	if w := lowerAt(d, k, b); w == "the" {
		k-- // "episode of the Tonight Show"
	}
	return lowerAt(d, k, b) == "of" && workParts[lowerAt(d, k-1, b)]
}

// partAfter: "X's finale", "the X trailer", "X episode 4".
func partAfter(d *doc.Document, last int) bool {
	k := last
	if doc.IsPossessiveMark(lowerAt(d, k, last-1)) {
		k++
	}
	w := lowerAt(d, k, last-1)
	if w == "season" || w == "series" {
		n := lowerAt(d, k+1, last-1)
		return n != "" && n[0] >= '0' && n[0] <= '9' // "X season 3"
	}
	return workPartsAfter[w]
}

// nthSeason: "X is in its fifth season", "X, now on its 12th season".
func nthSeason(d *doc.Document, last int) bool {
	k := last
	if lowerAt(d, k, last-1) == "," {
		k++
	}
	switch lowerAt(d, k, last-1) {
	case "is", "was", "now":
		k++
	default:
		return false
	}
	if w := lowerAt(d, k, last-1); w == "now" {
		k++
	}
	if w := lowerAt(d, k, last-1); w != "in" && w != "on" {
		return false
	}
	if lowerAt(d, k+1, last-1) != "its" || lowerAt(d, k+3, last-1) != "season" {
		return false
	}
	return isOrdinalWord(lowerAt(d, k+2, last-1))
}

// isOrdinalWord: "fifth", "12th", "fortieth", and the words that stand
// for one before "season" ("final", "latest", "new").
func isOrdinalWord(w string) bool {
	if _, ok := lex.OrdinalWord(w); ok {
		return true
	}
	switch w {
	case "final", "last", "latest", "new":
		return true
	}
	return strings.HasSuffix(w, "teenth") || strings.HasSuffix(w, "ieth")
}

// clauseGoesOn reports whether the word after a name at last leaves no
// room for a relative clause: after "the series Boston won", Boston is a
// team; after "the series Harbor Lights, which", "… is", "… on" it is the
// title.
func clauseGoesOn(d *doc.Document, last int) bool {
	w := lowerAt(d, last, last-1)
	if w == "" || !doc.IsWordToken(w) {
		return true // punctuation or the end of the sentence
	}
	switch w {
	case "is", "was", "will", "has", "had", "on", "in", "at", "airs", "aired", "premiered", "premieres",
		"returns", "returned", "debuted", "debuts", "which", "and", "'s", "’s":
		return true
	}
	return false
}
