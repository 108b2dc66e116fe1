package lex

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Names everyone knows and their one type ("ORG facebook", "EVENT world
// war ii", "LOC iowa"), listed by tools/knownnames from WordNet 3.0
// (Debian wordnet-base), the lexicon of the npm package compromise (MIT)
// and the brand names of the npm package simple-icons (CC0); see the
// file's header. Names two sources type differently are not listed.
//
//go:embed data/known-names.txt
var knownNameData string

var (
	knownOnce  sync.Once
	knownTypes map[string]doc.EntityType
)

// KnownType is the type the list gives a whole name (any case, a leading
// "the" and a possessive ignored, as doc.NameKey does), "" when the name
// is not listed.
func KnownType(name string) doc.EntityType {
	knownOnce.Do(func() {
		knownTypes = map[string]doc.EntityType{}
		EachTaggedLine(knownNameData, func(tag, name string) {
			if t := TagTypes[tag]; t != "" {
				knownTypes[doc.NameKey(name)] = t
			}
		})
	})
	key := doc.NameKey(name)
	if t, ok := knownTypes[key]; ok || !strings.Contains(key, "-") {
		return t
	}
	return knownTypes[strings.ReplaceAll(key, "-", "")] // "Wal-Mart" is Walmart
}
