package lex

import (
	"strings"
	"sync"
)

// CueKinds returns the cues of reported speech (quote.txt, cueLemmas) by
// the kinds of content they take: kind ("say", "think", "show", "urge",
// "for", ...) -> the lemmas of that kind. The quote stage finds claims by
// them, the event stage dates and sources what they report, coreference
// tells a story's sources from its audience: the table is read once, for
// all three, and the maps are shared: callers must not change them.
func CueKinds() map[string]map[string]bool {
	cueKindsOnce.Do(func() {
		cueKinds = map[string]map[string]bool{}
		for lemma, ks := range Table("quote/cueLemmas") {
			for _, k := range strings.Fields(ks) {
				if cueKinds[k] == nil {
					cueKinds[k] = map[string]bool{}
				}
				cueKinds[k][lemma] = true
			}
		}
	})
	return cueKinds
}

var (
	cueKindsOnce sync.Once
	cueKinds     map[string]map[string]bool
)
