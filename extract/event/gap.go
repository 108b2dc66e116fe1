package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A relative clause without a relative pronoun, "the letters the senators
// sent", leaves a gap where its verb's object would stand: the noun it
// modifies is that object. The parse gives the clause (acl:relcl) but no
// word for the gap, so the verb would have a subject and nothing sent.

// bareRelative is the noun that relative clause w modifies when no
// relative word opens it ("the letters the senators sent"; not "the
// letters that/which they sent", whose pronoun is read as the object
// already, nor "the day when"), -1 otherwise. A comma before the clause
// makes it no relative clause: a bare one is never set off.
func (x *ctx) bareRelative(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || h > w || d.Words[w].Rel != "acl:relcl" {
		return -1
	}
	switch d.Words[h].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
	default:
		return -1
	}
	if relativeWords[strings.ToLower(d.Words[h].Text)] {
		return -1 // "what he witnessed": a free relative, no noun
	}
	for i := h + 1; i < w; i++ {
		if relativeWords[strings.ToLower(d.Words[i].Text)] || d.Words[i].UPOS == "PUNCT" {
			return -1
		}
	}
	return h
}

// relativeWords open a relative clause, or a free one, and stand for its
// gap themselves.
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"what": true, "whatever": true, "whoever": true, "whomever": true, "whichever": true, "where": true, "when": true, "why": true, "how": true}

// objectGap is the noun a bare relative clause headed by verb w stands in
// for as w's object: w has a subject of its own and no object, clausal
// complement or stranded preposition, and the noun names no time, manner
// or reason ("the day he left", "the way it ended" leave an adverbial
// gap). -1 when there is none.
func (x *ctx) objectGap(w int) int {
	d := x.d
	h := x.bareRelative(w)
	if h < 0 || len(d.Dependents(w, "nsubj")) == 0 || x.passive(w) ||
		len(d.Dependents(w, "obj", "iobj", "ccomp", "xcomp", "csubj")) > 0 || x.strandedPrep(w) || !x.gapNoun(h) {
		return -1
	}
	return h
}

// complementGap is the noun a bare relative clause stands in for as the
// object of open complement v of its verb ("the plants it intends to
// close": the plants are closed), when neither verb has an object; -1
// otherwise.
func (x *ctx) complementGap(v int) int {
	d := x.d
	w := d.Words[v].Head
	if w < 0 || !doc.RelIs(d.Words[v].Rel, "xcomp") || !hasMark(d, v, "to") {
		return -1
	}
	h := x.bareRelative(w)
	if h < 0 || len(d.Dependents(w, "obj", "iobj")) > 0 || len(d.Dependents(v, "obj", "iobj", "ccomp", "xcomp")) > 0 ||
		x.strandedPrep(v) || !x.gapNoun(h) {
		return -1
	}
	return h
}

// gapNoun reports whether noun h can fill an object's gap: a time, a
// manner or a reason fills an adverbial one ("the day he left", "the way
// it ended", "the reason they quit"), and a noun that stands for no
// participant would leave the verb an object in name only.
func (x *ctx) gapNoun(h int) bool {
	l := x.lemma(h)
	if x.timeHead(h) || notThings[l] || aspectNouns[l] || contentNouns[l] {
		return false // "the concern he had gone through it": a content clause the parser took for a relative
	}
	return x.mentionOf(h) >= 0 || x.thingHead(h, false) // else no participant, and no object to count
}

// strandedPrep reports whether verb w ends in a preposition without its
// noun ("the issues he cares about", "the firm she works for"): the gap is
// that preposition's, not the object's.
func (x *ctx) strandedPrep(w int) bool { return x.stranded(w) >= 0 }

// stranded is the preposition verb w ends in without its noun, -1 when
// none. A particle is the verb's own ("the money he gave away", "the help
// they counted on", typed COUNT_ON).
func (x *ctx) stranded(w int) int {
	d := x.d
	for _, c := range d.Children(w) {
		if c > w && !doc.RelIs(d.Words[c].Rel, "compound:prt") && len(d.Children(c)) == 0 &&
			(d.Words[c].UPOS == "ADP" || x.prepositionLike(c)) {
			return c
		}
	}
	return -1
}

// prepositionGap is the noun a bare relative clause headed by verb w
// stands in for as the noun of the preposition w ends in, and that
// preposition: "the issues he cares about" (what he cares about), "the
// candidate she voted for". -1 and "" when there is none.
func (x *ctx) prepositionGap(w int) (int, string) {
	d := x.d
	h := x.bareRelative(w)
	if h < 0 || len(d.Dependents(w, "nsubj", "nsubj:pass")) == 0 || !x.gapNoun(h) {
		return -1, ""
	}
	if p := x.stranded(w); p >= 0 {
		return h, strings.ToLower(d.Words[p].Text)
	}
	return -1, ""
}

// prepositionLike reports whether word c, tagged an adverb or a
// particle, is a preposition: "about" of "cares about".
func (x *ctx) prepositionLike(c int) bool {
	return prepositionWords[strings.ToLower(x.d.Words[c].Text)]
}
