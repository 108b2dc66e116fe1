package event

// Idioms that tell no event of their verb: fixed particles, objects and
// obliques, sentence adverbs, an empty "it", "about to", "so far as".

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// expletive reports a verb whose subject is an expletive "it" and which
// takes a clause: "it turns out that the file was lost" tells the loss,
// not a turning.
func (x *ctx) expletive(w int) bool {
	d := x.d
	if !expletiveVerbs[strings.ReplaceAll(x.verbLemma(w), " ", "_")] || len(d.Dependents(w, "ccomp", "csubj")) == 0 {
		return false
	}
	if len(d.Dependents(w, "expl")) > 0 {
		return true
	}
	for _, s := range d.Dependents(w, "nsubj") {
		if strings.EqualFold(d.Words[s].Text, "it") {
			return true
		}
	}
	return false
}

// idiom reports a verb whose words make an idiom that tells no event of
// the verb: a fixed particle, object, oblique or subject ("came across as
// calm", "came into play", "knock your socks off", "pay attention", "make
// ends meet"), a participle's adverb or object that makes a sentence
// adverb of it ("Going forward", "All told"), a "go so far as to", or an
// empty "it" as subject ("when it comes to taxes").
func (x *ctx) idiom(w int) bool {
	d := x.d
	l := x.lemma(w)
	for _, s := range d.Dependents(w, "nsubj", "expl") {
		if strings.EqualFold(d.Words[s].Text, "it") && itIdioms[l] {
			if _, preps := d.Obliques(w); len(preps) > 0 && len(d.Dependents(w, "obj", "ccomp")) == 0 {
				return true
			}
		}
	}
	words := d.Dependents(w, "compound:prt", "obj", "obl", "advmod", "nsubj", "det") // "det": the parser's "All" of "All told"
	if h := d.Words[w].Head; h >= 0 && doc.RelIs(d.Words[w].Rel, "xcomp") {
		words = append(words, d.Dependents(h, "obj")...) // "make ends meet": the object of "make" is the subject of "meet"
	}
	if s := x.forSubject(w); s >= 0 && len(d.Dependents(w, "nsubj", "nsubj:pass")) == 0 {
		words = append(words, s) // "wait for the stars to align"
	}
	for _, c := range d.Dependents(w, "advcl") {
		words = append(words, d.Dependents(c, "mark")...) // "is bent on winning"
	}
	bare := len(d.Dependents(w, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")) == 0 && d.Words[w].XPOS != "VB" // not "willing to go forward"
	for _, c := range words {
		for _, k := range []string{l + "_" + x.lemma(c), l + "_" + strings.ToLower(d.Words[c].Text)} {
			if idioms[k] || bare && participleIdioms[k] {
				return true
			}
		}
	}
	return l == "say" && lex.SayingIdiom(x.d, w) || l == "go" && x.soFarAs(w) || x.prepIdiom(w) || x.aboutTo(w)
}

// aboutTo reports a participle of readiness with a to-infinitive, no
// object and no agent: "the bank is set to open a branch" says only that
// the opening is near (the prospective table flags it), no one set
// anything; "the board set the date" and "was set by the court" are
// settings.
func (x *ctx) aboutTo(w int) bool {
	d := x.d
	if !readyParticiples[x.lemma(w)] || d.Words[w].XPOS != "VBN" || len(d.Dependents(w, "obj", "iobj")) > 0 {
		return false
	}
	if _, preps := d.Obliques(w); slices.Contains(preps, "by") {
		return false
	}
	for _, c := range d.Dependents(w, "xcomp") {
		if hasMark(d, c, "to") {
			return true
		}
	}
	return false
}

// prepIdiom reports an active verb with no object whose oblique's
// preposition makes an idiom of it: "took to the streets", "took to
// Twitter to thank them" (no taking); "took them to court" and "was taken
// to hospital" are takings.
func (x *ctx) prepIdiom(w int) bool {
	d := x.d
	if len(d.Dependents(w, "obj", "iobj", "nsubj:pass", "aux:pass", "compound:prt")) > 0 {
		return false
	}
	_, preps := d.Obliques(w)
	for _, p := range preps {
		if prepIdioms[x.lemma(w)+"_"+p] {
			return true
		}
	}
	return false
}

// soFarAs reports "went so far as to justify it", "go as far as
// saying": a degree of what follows, no going. A "far" not followed by
// "as" may be a going ("thus far", "went too far").
func (x *ctx) soFarAs(w int) bool {
	d := x.d
	for _, c := range d.Dependents(w, "advmod", "obl") {
		if strings.EqualFold(d.Words[c].Text, "far") && c+1 < len(d.Words) && strings.EqualFold(d.Words[c+1].Text, "as") {
			return true
		}
	}
	return false
}
