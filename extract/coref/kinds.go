package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Descriptions that name the kind of a named thing ("the party", "the
// state") far from its last mention: they refer to the one thing of that
// kind the article named before them, and only when there is one.

// rulingNouns name the government in power, which news leaves unnamed.
var rulingNouns = lex.Words("coref/rulingNouns")

// placeKinds name kinds of places ("state", "city") a text says a place is.
var placeKinds = lex.Words("coref/placeKinds")

// onlyNamedOfKind is the one organisation named before description c
// whose name ends in c's institution noun ("the party" several paragraphs
// after the Republican Party, the only party named): a kind the name
// states needs no recency, but two bodies of the kind named before
// ("the Tea Party" too) leave it open. -1 when there is not exactly one.
func onlyNamedOfKind(d *doc.Document, c doc.NominalMention, noun string, lastSeen func(e, before int) int) int {
	if nameGoesOn(d, c) {
		return -1 // "the Committee to Re-Elect the President" is a name of its own
	}
	return onlyNamed(d, doc.Organization, c.FirstTok, lastSeen, func(e int) bool { return nameEndsIn(&d.Entities[e], noun) })
}

// onlyNamed is the one entity of type typ, named and seen before token
// before, that fits; -1 when none or more than one does, or the one is
// ambiguous.
func onlyNamed(d *doc.Document, typ doc.EntityType, before int, lastSeen func(e, before int) int, fits func(e int) bool) int {
	found := -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != typ || !doc.HasNameMention(d, e) || lastSeen(e, before) < 0 || !fits(e) {
			continue
		}
		if found >= 0 || ent.Ambiguous() {
			return -1
		}
		found = e
	}
	return found
}

// nameEndsIn reports whether a name of ent ends in noun or its plural, the
// kind it names ("Supreme Court", not "Court Street Bank").
func nameEndsIn(ent *doc.Entity, noun string) bool {
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		if aliasHolds(n, noun) {
			return true // "GOP", the Republican Party
		}
		if f := strings.Fields(strings.ToLower(n)); len(f) > 1 && (f[len(f)-1] == noun || f[len(f)-1] == noun+"s") {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether a capitalised description noun runs on into
// more of a name the parse left out: a capitalised word, or "to", "of" or
// "for" after it.
func nameGoesOn(d *doc.Document, c doc.NominalMention) bool {
	k := c.LastTok
	if !doc.IsCapitalised(d.Tokens[c.Head].Text) || k >= len(d.Tokens) || !doc.SameSentence(d, k, c.Head) {
		return false
	}
	w := d.Tokens[k].Text
	return doc.IsCapitalised(w) || w == "to" || w == "of" || w == "for"
}

// onlyPlaceOfKind is the one place named before description c that the
// article itself calls by c's noun, and the last place named before c, or
// -1: "the state" is Iowa where "Iowa state lawmakers" or "the state of
// Iowa" says Iowa is one, no other place named before is, and no place is
// named between; "the city" is Kansas City by its name.
// What a place is the text must say: no list of places is kept.
func onlyPlaceOfKind(d *doc.Document, c doc.NominalMention, noun string, lastSeen func(e, before int) int) int {
	found := onlyNamed(d, doc.Place, c.FirstTok, lastSeen, func(e int) bool { return calledA(d, e, noun) })
	if found >= 0 && lastPlaceNamed(d, c.FirstTok) != found {
		return -1 // "won Ohio, and all of the state's delegates": a place named since, of unknown kind
	}
	return found
}

// lastPlaceNamed is the place whose name was mentioned last before token
// tok, or -1.
func lastPlaceNamed(d *doc.Document, tok int) int {
	best, bestTok := -1, -1
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Entity >= 0 && m.LastTok <= tok && m.FirstTok > bestTok && d.Entities[m.Entity].Type == doc.Place {
			best, bestTok = m.Entity, m.FirstTok
		}
	}
	return best
}

// calledA reports whether a name mention of e ends in noun or stands
// with it as its kind: "Kansas City", "Iowa state", "the state of Iowa",
// "Iowa, a state" (not "Iowa, the state's capital"; not "United States").
func calledA(d *doc.Document, e int, noun string) bool {
	word := func(k int) string {
		if k < 0 || k >= len(d.Tokens) {
			return ""
		}
		return strings.ToLower(d.Tokens[k].Text)
	}
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Name {
			continue
		}
		after, before := m.LastTok, m.FirstTok
		if word(after-1) == noun && after-1 > before ||
			word(after) == noun && doc.SameSentence(d, after, before) ||
			word(before-1) == "of" && word(before-2) == noun ||
			word(after) == "," && (word(after+1) == "a" || word(after+1) == "the") && word(after+2) == noun && !strings.HasPrefix(word(after+3), "'") && !strings.HasPrefix(word(after+3), "’") {
			return true
		}
	}
	return false
}
