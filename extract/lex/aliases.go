package lex

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The list of other names of one thing (coref/nameAliases): names that no
// rule of form joins ("America" and "the United States", "Daesh" and "the
// Islamic State"), one thing a line. Coreference joins by it; the name
// stage asks it whether a name is a place's.

var aliasLines = Lines("coref/nameAliases")

// aliasGroups maps the key of each listed alias to its line, 1-based.
var aliasGroups = func() map[string]int {
	out := map[string]int{}
	for i, line := range aliasLines {
		for _, n := range strings.Split(line, "|") {
			out[AliasKey(n)] = i + 1
		}
	}
	return out
}()

// AliasKey is a name's key without dots: "U.S." and "US" are one.
func AliasKey(name string) string {
	return strings.ReplaceAll(doc.NameKey(name), ".", "")
}

// AliasGroup is the line of the alias list that holds name, 0 if none.
func AliasGroup(name string) int { return aliasGroups[AliasKey(name)] }

// AliasNames returns the names on line g of the alias list (AliasGroup),
// as the list writes them.
func AliasNames(g int) []string { return strings.Split(aliasLines[g-1], "|") }

// AliasPlace reports whether name is on a line of the alias list that
// holds a listed place's name: "U.S." and "US" are the country "America"
// is, never a person.
func AliasPlace(name string) bool {
	g := AliasGroup(name)
	if g == 0 {
		return false
	}
	for _, n := range AliasNames(g) {
		if KnownType(strings.TrimSpace(n)) == doc.Place {
			return true
		}
	}
	return false
}
