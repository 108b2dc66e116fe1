package lex

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// First names and their usual gender ("M maria" would be wrong: "F
// maria"), listed by scripts/firstnames.mjs from the lexicon of the npm
// package compromise (MIT). Names given to both genders are not listed.
//
//go:embed data/first-names.txt
var firstNameData string

// First names that are also words ("Bill", "Hope"), which compromise
// leaves out; written by hand.
//
//go:embed data/first-names-nouns.txt
var firstNameNounData string

var (
	firstNamesOnce sync.Once
	firstNames     map[string]doc.Gender
)

// FirstNameGender is the gender the gazetteer gives a first name (any
// case), Unknown when the name is not listed.
func FirstNameGender(name string) doc.Gender {
	firstNamesOnce.Do(func() {
		firstNames = map[string]doc.Gender{}
		for _, data := range []string{firstNameData, firstNameNounData} {
			EachTaggedLine(data, func(tag, name string) {
				switch tag {
				case "M":
					firstNames[name] = doc.Male
				case "F":
					firstNames[name] = doc.Female
				}
			})
		}
	})
	return firstNames[strings.ToLower(name)]
}

// IsDemonym reports whether a one-word name looks like a nationality or
// regional adjective: "American", "Japanese", "British", "Iraqi", "French".
// Events and organisation cues both use it on names NER left untyped. It
// guesses by the ending alone; coref's placeDemonym is the strict test (the
// stem must be a known place: "Texan", "Iowans") that decides a name's type.
func IsDemonym(s string) bool {
	if strings.Contains(s, " ") {
		return false
	}
	w := strings.ToLower(s)
	for _, suf := range []string{"an", "ese", "ish", "ic", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// LegalSuffixes are dropped when comparing organisation names: "Apple Inc."
// and "Apple", "General Motors Corporation" and "General Motors" are one.
var LegalSuffixes = Words("common/LegalSuffixes")

// EachTaggedLine calls f with the tag and the rest of every "TAG rest"
// line of an embedded list (first-names.txt, names.txt); # lines are
// comments.
func EachTaggedLine(data string, f func(tag, rest string)) {
	for _, line := range strings.Split(data, "\n") {
		tag, rest, ok := strings.Cut(line, " ")
		if ok && !strings.HasPrefix(line, "#") {
			f(tag, rest)
		}
	}
}
