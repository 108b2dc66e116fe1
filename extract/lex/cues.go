package lex

import "strings"

// CueKinds reads the cues of reported speech (quote.txt, cueLemmas) by
// the kinds of content they take: kind ("say", "think", "show", "urge",
// "for", ...) -> the lemmas of that kind. The quote stage finds claims by
// them, the event stage dates and sources what they report, coreference
// tells a story's sources from its audience: one reading of the table
// for all three.
func CueKinds() map[string]map[string]bool {
	kinds := map[string]map[string]bool{}
	for lemma, ks := range Table("quote/cueLemmas") {
		for _, k := range strings.Fields(ks) {
			if kinds[k] == nil {
				kinds[k] = map[string]bool{}
			}
			kinds[k][lemma] = true
		}
	}
	return kinds
}
