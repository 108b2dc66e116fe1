package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// nameInDescription returns the entity whose name (or one of its names,
// or its initials) the words of description c after its article are, all
// capitalised, and the token that name starts at: "the Islamic State"
// where the tagger found only "Islamic" is the Islamic State named
// elsewhere in the article, "the Environmental Protection Agency" the
// E.P.A. -1 when there is none.
func nameInDescription(d *doc.Document, c doc.NominalMention) (int, int) {
	first := c.FirstTok
	if first < c.LastTok && strings.ToLower(d.Tokens[first].Text) == "the" {
		first++
	}
	if first >= c.LastTok || c.Group {
		return -1, -1
	}
	var words []string
	for k := first; k < c.LastTok; k++ {
		t := d.Tokens[k].Text
		if !doc.IsCapitalised(t) || lex.DefiniteDets[strings.ToLower(t)] {
			return -1, -1 // "the Islamic State's leaders", "the State"
		}
		words = append(words, t)
	}
	if sameName(d, first, c.LastTok) {
		return -1, -1 // the tagger found the name: the description is placed as before
	}
	phrase := strings.Join(words, " ")
	key := doc.NameKey(phrase)
	if len(doc.NameTokens(key)) < 2 {
		return -1, -1 // one word ("the Senate") may be a common noun in capitals
	}
	found := -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Ambiguous() || !doc.HasNameMention(d, e) || !namedBy(ent, key) && !initialsOf(ent, phrase) {
			continue
		}
		if found >= 0 {
			return -1, -1
		}
		found = e
	}
	return found, first
}

// initialsOf reports whether an organisation or place named by its
// initials alone ("E.P.A.") is what phrase spells ("Environmental
// Protection Agency"): three initials or more, as two spell too much
// ("S.C." and "Securities Commissioner").
func initialsOf(ent *doc.Entity, phrase string) bool {
	if ent.Type != doc.Organization && ent.Type != doc.Place || len(strings.Fields(phrase)) < 3 {
		return false
	}
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		if len(doc.NameTokens(n)) > 1 && !strings.Contains(n, ".") {
			return false // named in full: the phrase must be that name
		}
	}
	return isAcronymOf(ent.Name, phrase)
}

func namedBy(ent *doc.Entity, key string) bool {
	if doc.NameKey(ent.Name) == key {
		return true
	}
	for _, a := range ent.Aliases {
		if doc.NameKey(a) == key {
			return true
		}
	}
	return false
}

// sameName reports whether a name mention spans tokens [first, last).
func sameName(d *doc.Document, first, last int) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok == first && m.LastTok == last {
			return true
		}
	}
	return false
}

// addNameIn makes description c a mention of entity e, whose name are its
// tokens from first on, and takes the name mentions inside that name,
// pieces of it ("Islamic", "U.S." of "the U.S. Marshals"), from their
// entities, e's own among them; an entity left without a name was the cut name's, and its
// pronouns and descriptions go to e (not a person's: "the Betty Ford
// Centre" is named after her, and "herself" is still her). A phrase with
// its article stays a description ("the Islamic State", as annotators
// mark it), one without is the name.
func addNameIn(d *doc.Document, c doc.NominalMention, first, e int) {
	span := doc.Span{Start: d.Tokens[first].Start, End: c.End}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Name || m.Entity < 0 || m.Entity == e && m.Span == span || !span.Contains(m.Span) {
			continue // the whole name stays e's; a piece goes even from e ("Treasury Department" in "the US Treasury Department")
		}
		x := m.Entity
		ent := &d.Entities[x]
		for k, mi := range ent.Mentions {
			if mi == i {
				ent.Mentions = append(ent.Mentions[:k:k], ent.Mentions[k+1:]...)
				break
			}
		}
		m.Entity = -1
		if !doc.HasNameMention(d, x) && ent.Type != doc.Person {
			for _, mi := range ent.Mentions {
				d.Mentions[mi].Entity = e
			}
			d.Entities[e].Mentions = append(d.Entities[e].Mentions, ent.Mentions...)
			ent.Mentions = nil
		}
	}
	if d.Entities[e].Type == doc.Other && c.Type != doc.Other {
		d.Entities[e].Type = c.Type // "the U.S. Marshals" where the tagger did not type the name
	}
	kind := doc.Nominal
	if first == c.FirstTok {
		kind = doc.Name // no article: the phrase is the name
	}
	d.AddMention(doc.Mention{Span: c.Span, Text: d.Slice(c.Span), Kind: kind, Type: d.Entities[e].Type,
		Entity: e, FirstTok: c.FirstTok, LastTok: c.LastTok})
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
}
