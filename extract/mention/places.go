package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// placeAppositions returns a candidate for each place name followed by a
// comma and the name of the place that contains it ("Toulouse, France",
// "Aceh, Indonesia", "Springfield, Ill."): the whole phrase names the
// first place, located by the second, and coreference annotation (GUM,
// MEANTIME, ECB+) marks it as one mention besides the second name; name
// tagging (CoNLL) marks the two names, which stay NAME mentions. A list
// of places ("Oslo, Bergen and Tromsø") is none: the parse makes the
// second a conjunct, or a conjunction or another place follows it, or a
// place and a comma come before the first.
func placeAppositions(d *doc.Document, inName []int) []doc.NominalMention {
	var out []doc.NominalMention
	for _, a := range d.Mentions {
		if a.Kind != doc.Name || a.Type != doc.Place {
			continue
		}
		comma, next := a.LastTok, a.LastTok+1
		if next >= len(d.Tokens) || d.Tokens[comma].Text != "," || !doc.SameSentence(d, a.FirstTok, next) || inName[next] < 0 {
			continue
		}
		b := d.Mentions[inName[next]]
		if b.Type != doc.Place || b.FirstTok != next || strings.EqualFold(a.Text, b.Text) || listOfPlaces(d, inName, a, b) {
			continue
		}
		n := describeNominal(d, a.FirstTok, b.LastTok, doc.Place)
		n.Head = a.FirstTok
		name := a
		n.Described = &name
		out = append(out, n)
	}
	return out
}

// listOfPlaces reports whether the place names a and b, with a comma
// between them, are members of a list rather than a place and what
// contains it.
func listOfPlaces(d *doc.Document, inName []int, a, b doc.Mention) bool {
	if h := d.HeadNoun(b.FirstTok, b.LastTok); h < 0 || doc.RelIs(d.Words[h].Rel, "conj", "list") {
		return true
	}
	if k := b.LastTok; k < len(d.Tokens) && doc.SameSentence(d, k, b.FirstTok) {
		t := strings.ToLower(d.Tokens[k].Text)
		if t == "and" || t == "or" || (t == "," && k+1 < len(d.Tokens) && inName[k+1] >= 0 &&
			d.Mentions[inName[k+1]].Type == doc.Place && doc.SameSentence(d, k, k+1)) {
			return true
		}
		if t == "," && k+2 < len(d.Tokens) && (d.Tokens[k+1].Text == "and" || d.Tokens[k+1].Text == "or") {
			return true // "Oslo, Bergen, and Tromsø"
		}
	}
	if k := a.FirstTok - 1; k > 0 && d.Tokens[k].Text == "," && inName[k-1] >= 0 && d.Mentions[inName[k-1]].Type == doc.Place &&
		doc.SameSentence(d, k-1, a.FirstTok) {
		return true
	}
	return false
}
