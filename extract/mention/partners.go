package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// partnerHeads (mention.txt) name one side of a tie, of the kind of whom
// they are tied to: a politician's allies are people, a country's allies
// countries.
var partnerHeads = lex.Words("mention/partnerHeads")

// personPossessors are possessive pronouns of a person ("his", "her").
var personPossessors = lex.Words("mention/personPossessors")

// partnerType is the type of a partner noun h taken from the one it is
// tied to: its possessor, a name before it or its "of" complement ("his
// allies", "Ruiz allies", "an ally of Kim Lund" are people; "North
// Korea's only ally" a place). False when no such word says, or when it
// is a body: "an EU ally" is a country, "the union's allies" people.
func partnerType(d *doc.Document, h int, inName []int) (doc.EntityType, bool) {
	if !partnerHeads[strings.ToLower(d.Words[h].Text)] {
		return "", false
	}
	for _, c := range d.Dependents(h, "nmod:poss", "compound", "nmod") {
		if d.Words[c].Rel == "nmod" && d.CaseMarker(c) != "of" {
			continue
		}
		if mi := inName[d.Words[c].Token]; mi >= 0 {
			if t := d.Mentions[mi].Type; t == doc.Person || t == doc.Place {
				return t, true
			}
			continue
		}
		if doc.RelIs(d.Words[c].Rel, "nmod:poss") && personPossessors[strings.ToLower(d.Words[c].Text)] {
			return doc.Person, true // "his allies", "her allies"
		}
	}
	return "", false
}
