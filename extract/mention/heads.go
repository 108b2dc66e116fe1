package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The heads of candidate phrases that take their kind from elsewhere
// (partitives: "hundreds of plants", "the number of migrants") or head
// no person, organisation or place whatever the lexicon says (a title's
// word, a gathering, a side in a dispute).

// inTitle reports whether word h is a bare noun in the complement of a
// singular person noun, so a word of the person's title ("Secretary of
// State", "secretary of state for population", "minister of defence"),
// no mention of its own; "the governor of the state" has its own
// determiner, and "members of parliament" are many.
func inTitle(d *doc.Document, h int) bool {
	for steps := 0; steps < 2; steps++ {
		w := d.Words[h]
		if !doc.RelIs(w.Rel, "nmod") || w.Head < 0 || w.XPOS == "NNS" || w.XPOS == "NNPS" ||
			len(d.Dependents(h, "det", "nmod:poss", "amod", "nummod")) > 0 {
			return false
		}
		if c := d.CaseWords(h); c != "of" && c != "for" {
			return false
		}
		t := d.Words[w.Head]
		if t.XPOS == "NN" || t.XPOS == "NNP" {
			if k, ok := lex.HeadNoun(strings.ToLower(t.Text)); ok && k == doc.Person {
				return true
			}
		}
		h = w.Head // "state for population": one step up to the title
	}
	return false
}

// partitiveType is the type of the phrase word h heads when h picks a
// part or a quantity out of its "of" complement ("one of the nurses", "a
// number of residents", "all of us"): the complement's type, a name's or
// a described noun's, or a person for "us" and "you". False when h is no
// partitive head or its complement names no person, organisation or
// place ("one of the reasons").
func partitiveType(d *doc.Document, h int, inName []int, tagged map[int]doc.EntityType) (doc.EntityType, bool) {
	t, ok := partOfType(d, h, inName, tagged)
	if low := strings.ToLower(d.Words[h].Text); ok && t != doc.Person && (shareHeads[low] || fractionHeads[low]) {
		return "", false // "61% of the firm", "a third of the firm": a stake, not the firm
	}
	return t, ok
}

// partOfType is partitiveType for every partitive head.
func partOfType(d *doc.Document, h int, inName []int, tagged map[int]doc.EntityType) (doc.EntityType, bool) {
	w := d.Words[h]
	if inName[w.Token] >= 0 || doc.RelIs(w.Rel, "compound", "flat", "fixed", "det", "nummod", "advmod") {
		return "", false
	}
	c := ofComplement(d, h)
	if c < 0 || countOf(d, h) {
		return "", false
	}
	if mi := inName[d.Words[c].Token]; mi >= 0 {
		if pluralGroupName(d, d.Mentions[mi]) {
			return doc.Person, true // "thousands of Muslims", whatever the name tagger said
		}
		switch t := d.Mentions[mi].Type; t {
		case doc.Person, doc.Organization, doc.Place:
			return t, true
		}
		return "", false
	}
	switch strings.ToLower(d.Words[c].Text) {
	case "us", "you":
		return doc.Person, true
	}
	if ofComplement(d, c) >= 0 {
		// "tens of thousands of families": the kind of the last complement,
		// else the tagger's for the phrase; the lexicon's people for
		// "thousands" would make "hundreds of millions of dollars" people.
		if t, ok := partOfType(d, c, inName, tagged); ok {
			return t, true
		}
		t, ok := tagged[c]
		return t, ok
	}
	return headType(d, c, inName, tagged)
}

// pluralGroupName reports whether name m is one plural word with no
// article, a group of people ("Muslims", "Syrians", "Democrats"), not a
// place ("the Philippines").
func pluralGroupName(d *doc.Document, m doc.Mention) bool {
	if m.LastTok-m.FirstTok != 1 || (m.FirstTok > 0 && lex.DefiniteDets[strings.ToLower(d.Tokens[m.FirstTok-1].Text)]) {
		return false
	}
	w := d.Tokens[m.FirstTok].Text
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isAllCaps(w) && !acronymPlural(w)
}

// acronymPlural reports whether w is the plural of initials ("PACs",
// "NGOs"): things or bodies counted, no group of people named by it
// ("MPs", "GIs": peopleInitials).
func acronymPlural(w string) bool {
	return len(w) > 2 && isAllCaps(strings.TrimSuffix(w, "s")) && !peopleInitials[strings.ToLower(w)]
}

// peopleInitials are plurals of initials that name people.
var peopleInitials = lex.Words("mention/peopleInitials")

// ofComplement is the "of" complement after partitive head h ("dozens of
// nurses"), -1 when h is no partitive head or has none.
func ofComplement(d *doc.Document, h int) int {
	w := d.Words[h]
	if low := strings.ToLower(w.Text); !(partitiveHeads[low] || fractionHeads[low] || w.UPOS == "NUM") {
		return -1 // "a third of voters" picks out voters as "half of voters" does
	}
	for _, c := range d.Dependents(h, "nmod", "obl") { // "several of my neighbours": an adjective's "of" is an oblique
		if c > h && d.CaseWords(c) == "of" {
			return c
		}
	}
	return -1
}

// countOf reports whether partitive head h is a definite count or
// measure ("the number of migrants", "their share of voters"): a
// quantity, not the things counted, unlike "a number of residents".
func countOf(d *doc.Document, h int) bool {
	if !countHeads[strings.ToLower(d.Words[h].Text)] {
		return false
	}
	for _, c := range d.Dependents(h, "det", "nmod:poss") {
		if c < h && (strings.EqualFold(d.Words[c].Text, "the") || doc.RelIs(d.Words[c].Rel, "nmod:poss") ||
			lex.PossessiveDets[strings.ToLower(d.Words[c].Text)]) {
			return true
		}
	}
	return false
}

// countHeads are the partitive heads that, made definite, name a count
// or a measure of their complement rather than a part of it.
var countHeads = lex.Words("mention/countHeads")

// sideWithout reports whether h is a side noun ("both sides", "the
// Democratic side": a party to a dispute) without what makes it a place:
// an "of" complement ("the side of the road") or a direction ("the north
// side").
func sideWithout(d *doc.Document, h int) bool {
	if !sideHeads[strings.ToLower(d.Words[h].Text)] || ofComplementAny(d, h) {
		return false
	}
	for _, c := range d.Dependents(h, "amod", "compound") {
		if directionWords[strings.ToLower(d.Words[c].Text)] {
			return false
		}
	}
	return true
}

// ofComplementAny reports whether noun h has an "of" complement after it.
func ofComplementAny(d *doc.Document, h int) bool {
	return ofComplementBefore(d, h, len(d.Words))
}

// ofComplementBefore reports whether noun h has an "of" complement after
// it and before word end.
func ofComplementBefore(d *doc.Document, h, end int) bool {
	for _, c := range d.Dependents(h, "nmod") {
		if c > h && c < end && d.CaseWords(c) == "of" {
			return true
		}
	}
	return false
}

var (
	sideHeads      = lex.Words("mention/sideHeads")
	directionWords = lex.Words("mention/directionWords")
)

// gatheringHeads name an event people gather for, no group of them.
var gatheringHeads = lex.Words("mention/gatheringHeads")

// partitiveHeads pick a part or a quantity out of their "of" complement.
var partitiveHeads = lex.Words("mention/partitiveHeads")

// shareHeads measure a share, which names the people it is a share of
// but not a firm or a place.
var shareHeads = lex.Words("mention/shareHeads")
