package event

import "github.com/newsgraph/newsgraph/extract/syntax"

// An event needs a trigger that the tagger and the lexicon agree is a
// predicate: a word tagged as a verb that the word-class lexicon knows
// only as an adjective, adverb or noun ("create good-paying jobs
// nationwide", "nationwide" tagged VBP) is the tagger's error, and tells
// no event. Words the lexicon does not know (new coinages: "retweeted")
// keep the tagger's reading.

// mistaggedVerb reports whether verb w is a word the lexicon never lists
// as a verb, itself or by a regular inflection undone.
func (x *ctx) mistaggedVerb(w int) bool {
	return syntax.NeverVerb(x.d.Words[w].Text)
}
