package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// strandedSubject is the subject of finite verb w that the parse hung as
// a clause on a noun at the end of the subject phrase ("The number of
// buses leaving the depot dropped": "dropped" on "depot"): a past or
// present tense form, or a regular past the tagger read as a participle
// (pastOrParticiple: "arriving at the border spiked"), with neither subject nor relative word nor mark,
// not set off by a comma, below a chain of nouns and the participles on
// them whose top roots the sentence without verb or copula. The top noun
// is the subject. -1 otherwise.
func (x *ctx) strandedSubject(w int) int {
	d := x.d
	v := d.Words[w]
	if !doc.RelIs(v.Rel, "acl") || v.XPOS != "VBD" && v.XPOS != "VBZ" && v.XPOS != "VBP" && !x.pastOrParticiple(w) ||
		len(d.Dependents(w, "nsubj", "nsubj:pass", "csubj", "mark", "aux", "aux:pass")) > 0 || x.opensWithRelative(w) {
		return -1
	}
	if first, _, _ := d.Subtree(w); first > 0 && d.Words[first-1].UPOS == "PUNCT" {
		return -1 // "the border, reopened last year": an aside
	}
	participle := false
	for p, steps := v.Head, 0; p >= 0 && steps < 12; steps++ {
		u := d.Words[p]
		switch {
		case u.Rel == "root":
			if !participle || !nominal(u.UPOS) || len(d.Dependents(p, "cop", "nsubj", "csubj")) > 0 {
				return -1
			}
			return p
		case u.UPOS == "VERB" && u.Rel == "acl" && (u.XPOS == "VBG" || u.XPOS == "VBN"):
			participle = true
		case !nominal(u.UPOS) || !doc.RelIs(u.Rel, "nmod", "obl", "obj"):
			return -1
		}
		p = u.Head
	}
	return -1
}

// pastOrParticiple reports whether w, tagged a past participle, may as
// well be a past tense: a regular "-ed" form ("spiked", "dropped"), with
// no by-phrase that would make it a passive ("buses stopped by police").
// The tagger reads a verb after a noun as the participle of a reduced
// relative; where the sentence has no other verb, it is the tense.
func (x *ctx) pastOrParticiple(w int) bool {
	d := x.d
	if d.Words[w].XPOS != "VBN" || !strings.HasSuffix(strings.ToLower(d.Words[w].Text), "ed") || len(d.Dependents(w, "obl:agent")) > 0 {
		return false
	}
	_, preps := d.Obliques(w)
	for _, p := range preps {
		if p == "by" {
			return false
		}
	}
	return true
}

// opensWithRelative reports whether the clause of verb w opens with a
// relative word ("that", "which", "who"): a relative clause of its own.
func (x *ctx) opensWithRelative(w int) bool {
	first, _, _ := x.d.Subtree(w)
	switch x.d.Words[first].XPOS {
	case "WDT", "WP", "WP$", "WRB":
		return true
	}
	return first < w && x.lemma(first) == "that"
}

// nominal reports whether a word of part of speech upos is a noun.
func nominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// subordinators are the prepositions that also open a clause ("after the
// law passed"): the parser reads the clause's subject as their object.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// obliqueSubject is the subject of finite verb w that the parse took for
// the object of a preposition opening w's clause ("After the Refugee
// Act of 1980 established a process, ...": "the Act" an oblique of
// "established"): an oblique right before w, marked by a subordinator,
// while w has no subject of its own. -1 otherwise.
func (x *ctx) obliqueSubject(w int) int {
	d := x.d
	switch d.Words[w].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	if len(d.Dependents(w, "nsubj", "nsubj:pass", "csubj", "expl")) > 0 {
		return -1
	}
	for _, o := range d.Dependents(w, "obl") {
		if _, last, _ := d.Subtree(o); o < w && last == w && subordinators[strings.ToLower(d.CaseMarker(o))] && nominal(d.Words[o].UPOS) {
			return o
		}
	}
	return -1
}
