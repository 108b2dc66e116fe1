package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
)

// aliasHolds reports whether a listed alias of name has noun among its
// words: "GOP" is the Republican Party, so "the party" may mean it.
func aliasHolds(name, noun string) bool {
	g := lex.AliasGroup(name)
	if g == 0 {
		return false
	}
	for _, n := range lex.AliasNames(g) {
		for _, w := range strings.Fields(n) {
			if w == noun {
				return true
			}
		}
	}
	return false
}
