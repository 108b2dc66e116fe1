package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// placeCases mark an oblique that says where: "checked into Betty Ford",
// "back at Betty Ford".
var placeCases = map[string]bool{"at": true, "in": true, "into": true, "from": true}

// joinNamedAfter gives a body named after a person ("the Betty Ford
// Center", "Sandy Hook Elementary School") the bare name of that person
// where the article uses it only for a place ("checked into Betty Ford",
// "students at Sandy Hook"): a person's full name, every name mention of
// it marked as where something is, and one entity of the article named by
// it and a head word of bodies' or places' names. It runs after
// clusterNames, which keeps a person's name apart from a body's.
func joinNamedAfter(d *doc.Document) {
	for e := range d.Entities {
		name := d.Entities[e].Name
		if d.Entities[e].Type != doc.Person || len(strings.Fields(name)) < 2 || lex.KnownType(name) == doc.Place {
			continue // a person's full name ("Betty Ford"), not a place the tagger took for one ("New York")
		}
		b := bodyNamedAfter(d, e)
		if b < 0 || !onlyWhere(d, e) {
			continue
		}
		for i := range d.Mentions {
			if d.Mentions[i].Entity == e {
				d.Mentions[i].Entity, d.Mentions[i].Type = b, d.Entities[b].Type
			}
		}
	}
}

// bodyNamedAfter is the one organisation or place entity whose name is
// the name of entity e and a head word of bodies' or places' names, -1
// when there is none or more than one.
func bodyNamedAfter(d *doc.Document, e int) int {
	key := doc.NameKey(d.Entities[e].Name)
	found := -1
	for b, ent := range d.Entities {
		if b == e || ent.Type != doc.Organization && ent.Type != doc.Place {
			continue
		}
		k := doc.NameKey(ent.Name)
		if !strings.HasPrefix(k, key+" ") || strings.Contains(k[len(key)+1:], " ") || !bodyHead(k[len(key)+1:]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = b
	}
	return found
}

// bodyHead reports whether w ends the names of bodies or places.
func bodyHead(w string) bool {
	if orgNameHeads[w] || placeNameHeads[w] {
		return true
	}
	t, ok := lex.HeadNoun(w)
	return ok && (t == doc.Organization || t == doc.Place)
}

// onlyWhere reports whether entity e has name mentions and each is the
// object of a preposition of place ("at", "in", "into", "from").
func onlyWhere(d *doc.Document, e int) bool {
	n := 0
	for _, m := range d.Mentions {
		if m.Entity != e {
			continue
		}
		if m.Kind != doc.Name {
			return false
		}
		w := d.TokenWord(m.LastTok - 1)
		if w < 0 || !placeCases[d.CaseMarker(w)] {
			return false
		}
		n++
	}
	return n > 0
}
