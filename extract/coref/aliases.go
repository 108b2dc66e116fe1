package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// aliasGroups maps the key of each listed alias (coref/nameAliases) to its
// line: names of one thing that no rule of form joins ("America" and "the
// United States", "Daesh" and "the Islamic State").
var aliasGroups = func() map[string]int {
	out := map[string]int{}
	for i, line := range lex.Lines("coref/nameAliases") {
		for _, n := range strings.Split(line, "|") {
			out[aliasKey(n)] = i + 1
		}
	}
	return out
}()

// aliasKey is a name's key without dots: "U.S." and "US" are one.
func aliasKey(name string) string {
	return strings.ReplaceAll(doc.NameKey(name), ".", "")
}

// aliasGroup is the line of the alias list that holds name, 0 if none.
func aliasGroup(name string) int { return aliasGroups[aliasKey(name)] }
