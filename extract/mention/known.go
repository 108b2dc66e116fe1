package mention

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Names of well-known organisations, places and people and their one
// type, listed by scripts/names.mjs from the lexicon of the npm package
// compromise (MIT); see model/NER.md.
//
//go:embed model/names.txt
var knownNameData string

var (
	knownNamesOnce sync.Once
	knownNames     map[string]doc.EntityType
)

// knownNameType is the type the list gives a whole name, "" when the name
// is not listed.
func knownNameType(name string) doc.EntityType {
	knownNamesOnce.Do(func() {
		knownNames = map[string]doc.EntityType{}
		lex.EachTaggedLine(knownNameData, func(tag, name string) {
			if t := lex.TagTypes[tag]; t != "" {
				knownNames[name] = t
			}
		})
	})
	return knownNames[strings.Join(strings.Fields(strings.ToLower(name)), " ")]
}
