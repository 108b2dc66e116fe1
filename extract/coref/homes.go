package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// "The country", "the nation's", "our own country", "the state": news rarely
// says which named place is meant, because it is the country (or the US
// state) the article is about.

// countries are sovereign states by their short names, as the event stage
// keeps them (event/countries); countryNouns are the nouns that stand for
// one ("the country", "the nation").
var (
	countries    = lex.Words("event/countries")
	countryNouns = lex.Words("coref/countryNouns")
)

// homeCountry is the country a bare "the country" / "our country"
// description c means (the state, for "the state"), or -1: the one named
// in its sentence or the one before, else the one named before it at
// least twice as often as any other (the article's own). Any word that
// says which country ("another", "every", "a foreign", "their", "the
// country where ...") keeps it out, and so does a country's name that is
// also a US state's ("Georgia").
func homeCountry(d *doc.Document, c doc.NominalMention) int {
	isKind := homeKind(d, c)
	if isKind == nil {
		return -1
	}
	if !deictic(d, c) {
		switch e := lastCountryNear(d, c.FirstTok, isKind); {
		case e >= 0:
			return e // "a referendum in Britain plunged the country into ..."
		case e == -2:
			return -1 // "in Florida to Trump and Ohio to the state's governor": two just named
		}
	}
	counts := map[int]int{}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Entity >= 0 && m.LastTok <= c.FirstTok && d.Entities[m.Entity].Type == doc.Place && !doc.ModifierName(d, m) {
			if counts[m.Entity] > 0 || isKind(&d.Entities[m.Entity]) {
				counts[m.Entity]++
			}
		}
	}
	best, first, second := -1, 0, 0
	for e, n := range counts {
		switch {
		case n > first || n == first && e < best:
			best, first, second = e, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if best < 0 || first < 2*second || d.Entities[best].Ambiguous() {
		return -1
	}
	if first < 2 && (!namedNear(d, best, c.FirstTok) || deictic(d, c)) {
		return -1 // a country named once in passing, far up, is not what the article is about
	}
	return best
}

// homeKind is the test of the kind of place a bare "the country" or "the
// state" description c means, nil when c is no such description.
func homeKind(d *doc.Document, c doc.NominalMention) func(*doc.Entity) bool {
	if c.Plural || c.Group || c.Restricted || !bareHomeDescription(d, c) {
		return nil
	}
	switch noun := strings.ToLower(d.Tokens[c.Head].Text); {
	case noun == "state":
		return func(ent *doc.Entity) bool { // "WASHINGTON (AP) --" is the city
			return isUSState(ent) && !datelined(d, ent) && !cityNamed(d, ent)
		}
	case countryNouns[noun]:
		return isCountry
	}
	return nil
}

// homeJustNamed is the one country or state a bare "the country" / "the
// state" means when its sentence or the one before names it: that comes
// before an earlier "the state" of the same words, which may be another
// ("won California ... the state", then "victory in New York ... the
// state's"). -1 otherwise.
func homeJustNamed(d *doc.Document, c doc.NominalMention) int {
	isKind := homeKind(d, c)
	switch {
	case isKind == nil:
		return -1
	case deictic(d, c):
		return homeCountry(d, c) // "this country", "our country": the speaker's, whatever "the country" took before
	}
	return max(lastCountryNear(d, c.FirstTok, isKind), -1)
}

// namedNear reports whether a name of entity e, not a noun's modifier
// ("the Iraq war"), stands in the three sentences up to token tok.
func namedNear(d *doc.Document, e, tok int) bool {
	sent := d.Tokens[tok].Sentence
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Name || m.LastTok > tok || sent-d.Tokens[m.FirstTok].Sentence > 3 {
			continue
		}
		if !doc.ModifierName(d, m) {
			return true
		}
	}
	return false
}

// lastCountryNear is the one country (or place of another kind) named, not as a modifier, in the
// sentence of token tok or the one before, up to tok, that is of the kind
// isKind says; -1 when none, -2 when two are or the one is ambiguous.
func lastCountryNear(d *doc.Document, tok int, isKind func(*doc.Entity) bool) int {
	sent := d.Tokens[tok].Sentence
	found := -1
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || m.LastTok > tok || sent-d.Tokens[m.FirstTok].Sentence > 1 ||
			d.Entities[m.Entity].Type != doc.Place || doc.ModifierName(d, m) || !isKind(&d.Entities[m.Entity]) {
			continue
		}
		if found >= 0 && found != m.Entity || d.Entities[m.Entity].Ambiguous() {
			return -2
		}
		found = m.Entity
	}
	return found
}

// deictic reports whether description c opens with "this" or "our": the
// speaker's country, which a foreign country named near says nothing of.
func deictic(d *doc.Document, c doc.NominalMention) bool {
	w := strings.ToLower(d.Tokens[c.FirstTok].Text)
	return w == "this" || w == "our"
}

// bareHomeDescription reports whether description c is "the", "this" or
// "our" (with "own") and its head, with nothing after the head but a
// possessive ending.
func bareHomeDescription(d *doc.Document, c doc.NominalMention) bool {
	if h := d.Tokens[c.Head]; doc.IsCapitalised(h.Text) && c.Head > 0 && doc.SameSentence(d, c.Head-1, c.Head) {
		return false // "Face the Nation": a title
	}
	det := strings.ToLower(d.Tokens[c.FirstTok].Text)
	if det != "the" && det != "this" && det != "our" {
		return false
	}
	for k := c.FirstTok + 1; k < c.Head; k++ {
		if det != "our" || !strings.EqualFold(d.Tokens[k].Text, "own") {
			return false
		}
	}
	for k := c.Head + 1; k < c.LastTok; k++ {
		if t := d.Tokens[k].Text; t != "'s" && t != "’s" && t != "'" && t != "’" {
			return false
		}
	}
	return true
}

// isCountry reports whether a name of ent is a country's and none is a US
// state's.
func isCountry(ent *doc.Entity) bool {
	found := false
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		k := doc.NameKey(n)
		if usStates[k] {
			return false
		}
		if countries[strings.ReplaceAll(k, " ", "_")] || countries[strings.ReplaceAll(strings.ReplaceAll(k, ".", ""), " ", "_")] {
			found = true
		}
	}
	return found
}

// isUSState reports whether a name of ent is a US state's.
func isUSState(ent *doc.Entity) bool {
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		if usStates[doc.NameKey(n)] {
			return true
		}
	}
	return false
}

// cityNamed reports whether ent is named only as a city that shares a
// state's name: "Washington" but never "Washington state".
func cityNamed(d *doc.Document, ent *doc.Entity) bool {
	city := false
	for _, mi := range ent.Mentions {
		m := &d.Mentions[mi]
		if m.Kind != doc.Name || !cityNamedStates[doc.NameKey(m.Text)] {
			continue
		}
		if m.LastTok < len(d.Tokens) && strings.EqualFold(d.Tokens[m.LastTok].Text, "state") {
			return false
		}
		city = true
	}
	return city
}

// cityNamedStates are the states whose name alone is mostly a city's
// (coref/cityNamedStates).
var cityNamedStates = lex.Words("coref/cityNamedStates")

// usStates are the fifty states' names in lower case: the full names of
// the AP abbreviations (coref/stateAbbreviations) and the eight states AP
// never cuts (coref/uncutStates).
var usStates = func() map[string]bool {
	out := map[string]bool{}
	for _, s := range stateAbbreviations {
		out[strings.ToLower(s)] = true
	}
	for _, s := range lex.Lines("coref/uncutStates") {
		out[strings.TrimSpace(s)] = true
	}
	return out
}()

// datelined reports whether ent is named by a dateline, which names a city.
func datelined(d *doc.Document, ent *doc.Entity) bool {
	for _, mi := range ent.Mentions {
		if datelinePlace(d, &d.Mentions[mi]) {
			return true
		}
	}
	return false
}
