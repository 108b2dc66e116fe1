package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Who takes part beside or instead of a nominal participant: the names
// after a plural title, the named owner of a group (addConj).

// titledNames returns the first name right after plural title w ("Senators
// Ann Cole and Tom Ray", parsed as an apposition to the title, or as a
// second subject or object of the same verb), or -1: the named people
// take part, each with an entity of her own.
func (x *ctx) titledNames(w int) int {
	d := x.d
	if t := d.Words[w].XPOS; t != "NNS" && t != "NNPS" || w+1 >= len(d.Words) {
		return -1
	}
	n := w + 1
	if d.Words[n].Head == w && doc.RelIs(d.Words[n].Rel, "appos") ||
		d.Words[n].Head == d.Words[w].Head && d.Words[n].Rel == d.Words[w].Rel && d.Words[n].Sentence == d.Words[w].Sentence {
		if mi := x.mentionOf(n); mi >= 0 && d.Mentions[mi].Kind == doc.Name && d.Entities[d.Mentions[mi].Entity].Type == doc.Person {
			return n
		}
	}
	return -1
}

// throughOwner reports whether the named owner of nominal mention mi
// takes part beside it: "met Halvard Steel executives": the firm takes
// part through them; but an organisation acts itself ("the Obama
// administration announced" is no act of Obama's), and a place after a
// preposition names no second participant ("stole from the Vega Gems
// store"; a subject, object or agent typed a place may be a body: "US
// markets", "sent by the FBI office").
func (a *argSet) throughOwner(role string, mi int) bool {
	d := a.x.d
	m := d.Mentions[mi]
	t := d.Entities[m.Entity].Type
	return !a.x.owned[mi] && m.Kind == doc.Nominal && t != doc.Organization && (a.core || role == "Arg0" || t != doc.Place) && !named(d, m.Entity)
}

// kin reports a person described through another person, her owner
// ("Omar Mateen's wife", "Sanders aides", "supporters of Carson", head
// word w): she acts alone; a firm's or a country's people ("Apple
// executives", "U.S. citizens") act for it. Not a name and a noun the
// parser compounded across a conjunction ("Jeb Bush and other candidates").
func (x *ctx) kin(mi, owner, w int) bool {
	d := x.d
	if d.Entities[d.Mentions[mi].Entity].Type != doc.Person || d.Entities[d.Mentions[owner].Entity].Type != doc.Person {
		return false
	}
	for k := d.TokenWord(d.Mentions[owner].LastTok); k >= 0 && k < w; k++ {
		if d.Words[k].UPOS == "CCONJ" {
			return false
		}
	}
	return true
}

// wholeOf reports whether mention o is the of-phrase of partitive head w:
// "a majority of Americans" is one participant, the Americans, not a
// majority beside them.
func (x *ctx) wholeOf(w, o int) bool {
	if !partitiveHeads[strings.ToLower(x.d.Words[w].Text)] {
		return false
	}
	for _, n := range x.d.Dependents(w, "nmod") {
		if x.head[n] == o && caseOf(x.d, n) == "of" {
			return true
		}
	}
	return false
}
