package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// faithNames name faiths, their followers and ethnic groups.
var faithNames = lex.Words("coref/faithNames")

// placeDemonym reports whether the one-word name key is the name of a
// listed place's people, singular or plural, by the regular English
// endings: Texas -> Texan, Iowa -> Iowan, Ohio -> Ohioan, Florida ->
// Floridian, Nevada -> Nevadans. The place must be one of the name lists'
// places, so "Jordan" (no "Jord") and "Milan" stay names.
func placeDemonym(key string) bool {
	if strings.Contains(key, " ") || len(key) < 5 {
		return false
	}
	w := strings.TrimSuffix(key, "s")
	for _, p := range demonymPlaces(w) {
		if p != w && p != key && lex.KnownType(p) == doc.Place {
			return true
		}
	}
	return false
}

// demonymPlaces are the place names demonym w may be made from.
func demonymPlaces(w string) []string {
	var out []string
	if strings.HasSuffix(w, "ian") {
		out = append(out, w[:len(w)-3]+"a", w[:len(w)-3]+"ia", w[:len(w)-2]) // Floridian, Georgian (Georgia+n)
	}
	if strings.HasSuffix(w, "an") {
		out = append(out, w[:len(w)-2], w[:len(w)-1]+"s") // Ohioan; Texan -> Texas
	}
	if strings.HasSuffix(w, "n") {
		out = append(out, w[:len(w)-1]) // Iowan, Californian
	}
	return out
}

// peopleType is the type of a faith's or a people's name m that the
// tagger typed tagged: its plural names people ("Muslims" typed an
// organisation or a place: PERSON, which pronouns can refer to; left
// Other where the tagger said so, as for "Americans"), the word itself a
// faith, a nationality or an adjective (Other).
func peopleType(m doc.Mention, tagged doc.EntityType) doc.EntityType {
	w := strings.TrimSpace(m.Text)
	if tagged != doc.Other && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(strings.ToLower(w), "ism") {
		return doc.Person
	}
	return doc.Other
}
