package coref

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The name tagger reads a state, a city or a region as an organisation in
// many sentences of political news ("in Iowa, New Hampshire and South
// Carolina", "built his name on the West Coast"): a government and a team
// go by their place's name, so a listed place does not outvote the
// tagger (listOverrides). But what one is in, on or across is the place.

// placePrepositions open a phrase of where: "in Falkvik", "across the
// Midwest". Not "at" ("a professor at Falkvik University": the employer),
// nor "to" and "from" ("sent to Falkvik College", "a player from Falkvik").
var placePrepositions = lex.Words("coref/placePrepositions")

// placeObjectsAsPlaces types Place every NAME mention the tagger typed an
// organisation whose name the list knows as a place and which is the
// object of a place preposition, itself or as a conjunct of one ("in
// Iowa, Ohio and Utah"), before the types of names are decided: those
// mentions vote as places.
func placeObjectsAsPlaces(d *doc.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Name || m.Type != doc.Organization || lex.KnownType(doc.NameKey(m.Text)) != doc.Place {
			continue
		}
		if w := d.HeadNoun(m.FirstTok, m.LastTok); w >= 0 && placeObject(d, w) {
			m.Type = doc.Place
		}
	}
}

// placeObject reports whether word w, or the first conjunct of its
// coordination, is the nominal of an oblique or a modifier opened by a
// place preposition.
func placeObject(d *doc.Document, w int) bool {
	for n := 0; n < 8 && doc.RelIs(d.Words[w].Rel, "conj"); n++ {
		if h := d.Words[w].Head; h >= 0 {
			w = h
		}
	}
	return doc.RelIs(d.Words[w].Rel, "obl", "nmod") && placePrepositions[d.CaseWords(w)]
}
