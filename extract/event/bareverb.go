package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

// An event needs a trigger that the tagger and the lexicon agree is a
// predicate: a word tagged as a verb that the word-class lexicon knows,
// with its lemma, as an adjective or adverb and never as a verb ("build
// sturdy homes statewide", "statewide" tagged VBP) is the tagger's
// error, and tells no event. Words the lexicon does not know (new
// coinages: "retweeted") or knows as nouns only ("maxed out", "cratered",
// verbs made of nouns) keep the tagger's reading.

// mistaggedVerb reports whether verb w and its lemma are words the
// lexicon lists as adjectives or adverbs and never as verbs, and w makes
// no verb WordNet lists with a particle after it ("wised up").
func (x *ctx) mistaggedVerb(w int) bool {
	d := x.d
	if !syntax.Modifier(d.Words[w].Text, d.Words[w].Lemma) {
		return false
	}
	for _, p := range d.Dependents(w, "compound:prt", "advmod") {
		if p > w && wordnetPhrasal[x.lemma(w)+"_"+strings.ToLower(d.Words[p].Text)] {
			return false
		}
	}
	return true
}
