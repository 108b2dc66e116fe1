package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// officeTitles are the abbreviated titles of company officers and of
// players' positions. The tagger sometimes runs a name over one ("Kestrel
// CEO Ana Ruiz" as one person, "Rovers QB Tom Lind"), but the title joins
// two names: the company or team before it and the officer or player
// after it.
var officeTitles = lex.Words("mention/officeTitles")

// namePart is a token range of a name and its type.
type namePart struct {
	first, last int
	typ         doc.EntityType
}

// splitAtOfficeTitle cuts the tagged name [first, last) at an officer's
// title inside it: what stands before the title is the organisation, what
// follows is the officer, a person ("Kestrel CEO Ana Ruiz": Kestrel, Ana
// Ruiz); the title itself is no name. A name without one is returned
// whole.
func splitAtOfficeTitle(d *doc.Document, first, last int, typ doc.EntityType) []namePart {
	for k := first; k < last; k++ {
		if !officeTitles[d.Tokens[k].Text] {
			continue
		}
		var out []namePart
		if k > first {
			out = append(out, namePart{first, k, doc.Organization})
		}
		if k+1 < last {
			out = append(out, splitAtOfficeTitle(d, k+1, last, doc.Person)...)
		}
		return out
	}
	return []namePart{{first, last, typ}}
}

// The titles that stand before a person's name and the words that make
// one title with them ("Lt. Gov.", "Vice President"): the lists coreference
// strips off names (lex coref/personTitles, coref/titlePrefixes).
var (
	personTitleWords = lex.Words("coref/personTitles")
	titlePrefixWords = lex.Words("coref/titlePrefixes")
	// placeOfficeTitles are titles of offices of places (mayor, governor).
	placeOfficeTitles = lex.Words("mention/placeOfficeTitles")
)

// placeOffice reports whether the title tokens [k, p) hold the title of
// an office of a place.
func placeOffice(d *doc.Document, k, p int) bool {
	for ; k < p; k++ {
		if placeOfficeTitles[titleWordOf(d.Tokens[k].Text)] {
			return true
		}
	}
	return false
}

// titleWordOf is token text t as the title lists hold it: lower case, no
// final period.
func titleWordOf(t string) string { return strings.TrimSuffix(strings.ToLower(t), ".") }

// splitAtPersonTitle cuts the tagged name [first, last) at a person's
// title inside it that a listed first name and a surname follow: the
// tagger ran the body or the place the title belongs to into the person's
// name ("Supreme Court Justice Sonia Ortega": the court and Sonia Ortega;
// "Iowa Lt. Gov. Patty Lind": Iowa and Patty Lind). The title words are
// no name; what stands before them keeps the type the known names give it,
// else it is the body whose title it is, an organisation. ok is false when
// the name holds no such title.
func splitAtPersonTitle(d *doc.Document, first, last int) (parts []namePart, ok bool) {
	isTitle := func(k int) bool {
		t := d.Tokens[k].Text
		return doc.IsCapitalised(t) && (personTitleWords[titleWordOf(t)] || titlePrefixWords[titleWordOf(t)])
	}
	for k := first + 1; k < last; k++ {
		if !isTitle(k) {
			continue
		}
		p := k
		for p < last && isTitle(p) {
			p++
		}
		if p+1 >= last || !isListedFirstName(d.Tokens[p].Text) {
			k = p
			continue
		}
		before := d.Slice(doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[k-1].End})
		typ := knownNameType(before)
		if typ == "" && (lex.AliasPlace(before) || placeOffice(d, k, p)) {
			typ = doc.Place // "US Senator Jeff Sessions", "New York City Mayor ...": the place of the office
		}
		if typ == "" {
			typ = doc.Organization
		}
		return []namePart{{first, k, typ}, {p, last, doc.Person}}, true
	}
	return nil, false
}
