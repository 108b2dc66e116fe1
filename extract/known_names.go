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
		for _, line := range strings.Split(knownNameData, "\n") {
			typ, name, ok := strings.Cut(line, " ")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			if t := nerTypes[typ]; t != "" {
				knownNames[name] = t
			}
		}
	})
	return knownNames[strings.Join(strings.Fields(strings.ToLower(name)), " ")]
}
