package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Polls count who say or think something without naming the group again
// ("Nearly a third say they don't know", "nine out of 10 agree", "Half
// believe it"): the share is who speaks, a group of people. Elsewhere a
// bare number subject may count things ("two fell", "10 were sold"), so
// only a verb of saying or thinking (lex.CueVerbs) makes it a person.

// countedSpeakers returns a mention of the people a share counts as the
// subject of verb w of saying or thinking, making it; -1 when w is no
// such verb or its subject is no bare share.
func (x *ctx) countedSpeakers(w int, subjects []int) int {
	d := x.d
	if c, ok := lex.CueVerbs[strings.ToLower(d.Words[w].Text)]; !ok || c.DirectOnly {
		return -1
	}
	if len(subjects) == 0 {
		if c, first := x.strandedShare(w); c >= 0 {
			return x.newPhraseOf(c, first, c+1, doc.Person) // "a third say", "a third" hung on the verb
		}
		return -1
	}
	s := subjects[0]
	if len(subjects) > 1 || d.Words[s].Head != w || !doc.RelIs(d.Words[s].Rel, "nsubj") || x.participantOf(s, false) >= 0 ||
		x.inTime[s] || !x.share(s) || x.hasOf(s) {
		// the verb's own subject, no controller ("called 911 to report"); a share
		// with an of-phrase is of its group ("all of which confirmed": things)
		return -1
	}
	return x.newPhrase(s, doc.Person)
}

// share reports whether word s counts a part of a group: a number, a
// fraction or a partitive word ("nine", "a third", "half", "most").
func (x *ctx) share(s int) bool {
	l := strings.ToLower(x.d.Words[s].Text)
	return x.d.Words[s].UPOS == "NUM" || fraction(l) || partitiveHeads[l]
}

// strandedShare repairs a parse that hung a share subject's words on
// verb w as modifiers no verb takes ("a/det third/amod say"): it returns
// the share word right before w and the first word of its phrase, or -1.
func (x *ctx) strandedShare(w int) (int, int) {
	d := x.d
	c := w - 1
	if c < 0 || d.Words[c].Head != w || !doc.RelIs(d.Words[c].Rel, "amod", "nummod") || !x.share(c) {
		return -1, -1
	}
	first := c
	for k := c - 1; k >= 0 && d.Words[k].Head == w && doc.RelIs(d.Words[k].Rel, "det", "advmod"); k-- {
		if doc.RelIs(d.Words[k].Rel, "det") {
			first = k
		}
	}
	return c, first
}
