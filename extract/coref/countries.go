package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// countryLedMatch returns the organisation entity whose name is a
// country's name of the alias list (coref/nameAliases) followed by the
// words of key: "State Department" after "U.S. State Department" is that
// department. -1 when none is, or when two are ("U.S. Army", "British
// Army"): the bare name then says no more than the country would.
func countryLedMatch(key string, ents []doc.Entity) int {
	toks := strings.Fields(key)
	found := -1
	for e := range ents {
		ent := &ents[e]
		if ent.Type != doc.Organization || ent.Ambiguous() {
			continue
		}
		full := strings.Fields(doc.NameKey(ent.Name))
		n := len(full) - len(toks)
		if n < 1 || n > 3 || !sameWords(full[n:], toks) || lex.AliasGroup(strings.Join(full[:n], " ")) == 0 {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}
