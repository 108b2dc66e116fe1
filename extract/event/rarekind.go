package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// rareKinds grade a kind in "it is a rare X who ...": no one X is meant.
var rareKinds = lex.Words("event/rareKinds")

// rareKind reports whether verb w heads the relative clause of a
// predicate noun that an expletive "it" introduces with an adjective of
// rarity ("It is a rare mayor who closes the harbor"): what a kind of one
// does, a generic event, not one that took place. Told in the past ("it
// was a rare storm that flooded the town") it tells of one.
func (x *ctx) rareKind(w int) bool {
	d := x.d
	n := d.Words[w].Head
	if n < 0 || !doc.RelIs(d.Words[w].Rel, "acl:relcl") || !nominal(d.Words[n].UPOS) || !x.presentTense(n) {
		return false
	}
	it := false
	for _, s := range d.Dependents(n, "nsubj", "expl") {
		it = it || strings.EqualFold(d.Words[s].Text, "it")
	}
	if !it {
		return false
	}
	for _, a := range d.Dependents(n, "amod") {
		if a < n && rareKinds[x.lemma(a)] {
			return true
		}
	}
	return false
}
