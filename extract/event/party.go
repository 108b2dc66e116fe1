package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// party reports whether word m, a name compounded with event noun w, is
// a country that is a party to the agreement or negotiation w names ("the
// Iran deal", "the China talks"), not where it was made: a city names the
// venue ("the Paris agreement"), and only countries sign treaties.
func (x *ctx) party(w, m int) bool {
	d := x.d
	if !partyNouns[x.lemma(w)] || !doc.RelIs(d.Words[m].Rel, "compound") || !x.isPlace(m) {
		return false
	}
	name := strings.ToLower(strings.Join(strings.Fields(d.Mentions[x.mentionOf(m)].Text), "_"))
	return countries[strings.TrimPrefix(name, "the_")]
}
