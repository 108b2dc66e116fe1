package lex

import "testing"

// NOP lists nouns of which no WordNet sense is a person, with their
// plurals; a noun with a person sense among others is not listed.
func TestNonPersonNoun(t *testing.T) {
	for _, w := range []string{"ban", "bans", "banner", "barriers", "genocide"} {
		if !NonPersonNoun(w) {
			t.Errorf("%q: want a noun of no person", w)
		}
	}
	for _, w := range []string{"voter", "computer", "guns", "superdelegates"} {
		if NonPersonNoun(w) {
			t.Errorf("%q: a person noun (or an unknown one) listed as none", w)
		}
	}
}
