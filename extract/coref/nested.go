package coref

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// NestedNames adds a mention for a place or body named inside the name of
// an organisation, work or event: "US" in "the US State Department",
// "China" in "the Bank of China", "Oslo" in "Oslo Philharmonic". The outer
// name keeps its extent and its entity; the inner one is a mention of the
// place or body it names, the entity of that name elsewhere in the
// document, else a new one (only for a listed place: a country alias or a
// known place name). It runs last, so no stage reads the nested mentions
// as arguments or speakers; they are the graph's evidence that the
// department is the country's, with no relation invented.
func NestedNames(d *doc.Document) {
	n := len(d.Mentions)
	for mi := 0; mi < n; mi++ {
		m := d.Mentions[mi]
		if m.Kind != doc.Name || m.Entity < 0 || !nestsNames(d.Entities[m.Entity].Type) {
			continue
		}
		first := m.FirstTok
		if first < m.LastTok && strings.EqualFold(d.Tokens[first].Text, "the") {
			first++
		}
		for a := first; a < m.LastTok; a++ {
			if a > first && !strings.EqualFold(d.Tokens[a-1].Text, "of") {
				continue // a leading modifier or the object of "of"; not "Cibona Zagreb"
			}
			if b, e, typ := nestedName(d, a, m.LastTok, first, m.Entity); b > a {
				addNested(d, a, b, e, typ)
				a = b - 1
			}
		}
	}
}

// nestsNames reports whether names of this type name other things inside
// them; a person's or place's name does not ("Tara" in "Tara Reid",
// "Mexico" in "Mexico City" is the city's name).
func nestsNames(t doc.EntityType) bool {
	return t == doc.Organization || t == doc.Work || t == doc.EventType
}

// nestedName finds the longest capitalised run [a, b) inside the outer
// name's tokens [first, last) that names a place or body: the entity
// index (-1 for a new one) and its type. b == a when none does. A word of
// the lexicon alone names nothing here.
func nestedName(d *doc.Document, a, last, first, outer int) (int, int, doc.EntityType) {
	end := a
	for end < last && capitalised(d.Tokens[end].Text) {
		end++
	}
	for b := end; b > a; b-- {
		if a == first && b == last {
			continue // the whole name
		}
		name := d.Slice(doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End})
		if commonNoun(name) && !lex.AliasPlace(name) {
			continue // "World" in "World Bank", "Union" in "Union Pacific"
		}
		listed := lex.AliasPlace(name) || lex.KnownType(name) == doc.Place
		if e := namedEntity(d, name, outer, listed || d.Entities[outer].Type == doc.Organization); e >= 0 {
			return b, e, d.Entities[e].Type
		}
		if listed {
			return b, -1, doc.Place
		}
	}
	return a, -1, ""
}

// capitalised reports whether a name token starts with a capital: "U.S.",
// "Zealand", not "of" or "'s".
func capitalised(tok string) bool {
	for _, r := range tok {
		return unicode.IsUpper(r)
	}
	return false
}

// commonNoun reports whether a one-word name is also a noun of the
// lexicon: "Union", "Independence" name places, but in "Union Pacific"
// or "Independence Party" they are the words.
func commonNoun(name string) bool {
	w := strings.ToLower(name)
	if strings.Contains(w, " ") {
		return false
	}
	_, ok := lex.HeadNoun(w)
	return ok || lex.AbstractNoun(w)
}

// namedEntity is the place or organisation of the document (not outer)
// that name names, by its name, an alias or a listed alias of it; -1 if
// none. With place set only a place: a listed place's name names no
// other thing ("US" is no acronym of a university there), and a body
// inside a body's name is mostly its short name ("the Supreme Court" of
// "the Supreme Court of Cassation"), where a firm inside a work's or an
// event's name is its maker ("Google Chrome").
func namedEntity(d *doc.Document, name string, outer int, place bool) int {
	key, group := doc.NameKey(name), lex.AliasGroup(name)
	for e := range d.Entities {
		ent := &d.Entities[e]
		if e == outer || ent.Ambiguous() || ent.Type != doc.Place && (place || ent.Type != doc.Organization) {
			continue
		}
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if doc.NameKey(n) == key || group != 0 && lex.AliasGroup(n) == group ||
				ent.Type == doc.Place && isAcronymOf(name, n) { // "LA Weekly" after "Los Angeles"
				return e
			}
		}
	}
	return -1
}

// addNested appends the nested mention of tokens [a, b), a new entity of
// type typ when e < 0, and keeps the entity's mentions in text order.
func addNested(d *doc.Document, a, b, e int, typ doc.EntityType) {
	sp := doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
	name := d.Slice(sp)
	if e < 0 {
		e = d.AddEntity(doc.Entity{ID: doc.Slug(name), Name: name, Type: typ})
	}
	mi := d.AddMention(doc.Mention{Span: sp, Text: name, Kind: doc.Name, Type: typ, Entity: e,
		FirstTok: a, LastTok: b, Nested: true})
	ms := d.Entities[e].Mentions
	at := len(ms)
	for at > 0 && d.Mentions[ms[at-1]].Start > sp.Start {
		at--
	}
	ms = append(ms, 0)
	copy(ms[at+1:], ms[at:])
	ms[at] = mi
	d.Entities[e].Mentions = ms
}
