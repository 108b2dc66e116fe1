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
	for i, line := range aliasLines {
		for _, n := range strings.Split(line, "|") {
			out[aliasKey(n)] = i + 1
		}
	}
	return out
}()

var aliasLines = lex.Lines("coref/nameAliases")

// aliasHolds reports whether a listed alias of name has noun among its
// words: "GOP" is the Republican Party, so "the party" may mean it.
func aliasHolds(name, noun string) bool {
	g := aliasGroup(name)
	if g == 0 {
		return false
	}
	for _, n := range strings.Split(aliasLines[g-1], "|") {
		for _, w := range strings.Fields(n) {
			if w == noun {
				return true
			}
		}
	}
	return false
}

// aliasKey is a name's key without dots: "U.S." and "US" are one.
func aliasKey(name string) string {
	return strings.ReplaceAll(doc.NameKey(name), ".", "")
}

// aliasGroup is the line of the alias list that holds name, 0 if none.
func aliasGroup(name string) int { return aliasGroups[aliasKey(name)] }

// aliasPlace reports whether name is on a line of the alias list that
// holds a listed place's name: "U.S." and "US" are the country "America"
// is, never a person.
func aliasPlace(name string) bool {
	g := aliasGroup(name)
	if g == 0 {
		return false
	}
	for _, n := range strings.Split(aliasLines[g-1], "|") {
		if lex.KnownType(strings.TrimSpace(n)) == doc.Place {
			return true
		}
	}
	return false
}
