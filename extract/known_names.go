package extract

import (
	_ "embed" // the known-names list
	"strings"
	"sync"
)

// Names of well-known organisations, places and people and their one
// type, listed by scripts/names.mjs from the lexicon of the npm package
// compromise (MIT); see model/NER.md.
//
//go:embed model/names.txt
var knownNameData string

var (
	knownNamesOnce sync.Once
	knownNames     map[string]EntityType
)

// knownNameType is the type the list gives a whole name, "" when the name
// is not listed.
func knownNameType(name string) EntityType {
	knownNamesOnce.Do(func() {
		knownNames = map[string]EntityType{}
		eachTaggedLine(knownNameData, func(tag, name string) {
			if t := nerTypes[tag]; t != "" {
				knownNames[name] = t
			}
		})
	})
	return knownNames[strings.Join(strings.Fields(strings.ToLower(name)), " ")]
}

// eachTaggedLine calls f with the tag and the rest of every "TAG rest"
// line of an embedded list (first-names.txt, names.txt); # lines are
// comments.
func eachTaggedLine(data string, f func(tag, rest string)) {
	for _, line := range strings.Split(data, "\n") {
		tag, rest, ok := strings.Cut(line, " ")
		if ok && !strings.HasPrefix(line, "#") {
			f(tag, rest)
		}
	}
}
