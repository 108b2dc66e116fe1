package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// An amount as a verb's object is no participant (objects), but what it
// counts is: "will purchase 20 of the planes" buys planes, "ordered $6
// billion in new aircraft" orders aircraft.

// countedThemes returns what the amount that is verb w's first object
// counts: the of-phrase of a number or a measure with one ("20 of the
// planes", "40 percent of its stake", "hundreds of workers") and the
// bare in-phrase of a sum of money ("$2 billion in loans"; "invested $2
// billion in the fund" names where it went), also when the parser hung
// that in-phrase on the verb right after the sum. Amounts, times, places
// and events are none, but places after "of" count ("20 of the counties"). A part that the mention stage made a mention of
// ("hundreds of homes") is itself the participant; a bare amount is
// none ("climbed 69 cents", "spent millions"); one before a clausal
// complement is that clause's subject (beforeClause).
func (x *ctx) countedThemes(w int) []int {
	d := x.d
	objs := d.Dependents(w, "obj")
	if len(objs) == 0 || !x.measure(objs[0]) || x.beforeClause(w, objs[0]) {
		return nil
	}
	o, money := objs[0], x.money(objs[0])
	var out []int
	for _, n := range d.Dependents(o, "nmod") {
		if p := caseOf(d, n); p == "of" && !money && x.numbered(o) && x.countedPart(n) || p == "in" && money && x.bare(n) && x.counted(n) {
			out = append(out, n)
		}
	}
	if len(out) > 0 && !money && x.mentionOf(o) >= 0 {
		return objs[:1] // "about 1,100 of its dealerships", a mention of the part
	}
	if !money {
		return out
	}
	_, last, _ := d.Subtree(o)
	obls, preps := d.Obliques(w)
	for i, n := range obls {
		if first, _, _ := d.Subtree(n); preps[i] == "in" && first == last && x.bare(n) && x.counted(n) {
			out = append(out, n) // "ordered $6 billion in new aircraft", "in" hung on the verb
		}
	}
	return out
}

// beforeClause reports whether a clausal complement of verb w begins
// right after its object o: o is that clause's subject ("polls show 30
// percent of voters plan to stay", "said four of his aides will speak").
func (x *ctx) beforeClause(w, o int) bool {
	_, last, _ := x.d.Subtree(o)
	for _, c := range x.d.Dependents(w, "ccomp", "xcomp") {
		if x.clauseStart(c) == last {
			return true
		}
	}
	return false
}

// numbered reports an amount with a number: "20", "40 percent", "hundreds";
// not "the whole basis of".
func (x *ctx) numbered(o int) bool {
	d := x.d
	return d.Words[o].UPOS == "NUM" || len(d.Dependents(o, "nummod")) > 0 || measureNouns[x.lemma(o)] && d.Words[o].XPOS == "NNS"
}

// bare reports a noun without a determiner, a possessor or an of-phrase:
// "in loans", "in new aircraft"; not "in the fund", nor a preposition of
// several words ("in support of", "in excess of"), nor a name, as
// determined as "the fund" ("invested $40 million in Harbor Mining").
func (x *ctx) bare(n int) bool {
	if x.d.Words[n].UPOS == "PROPN" {
		return false
	}
	for _, m := range x.d.Dependents(n, "nmod") {
		if caseOf(x.d, m) == "of" {
			return false
		}
	}
	return len(x.d.Dependents(n, "det", "nmod:poss")) == 0
}

// money reports whether amount o is a sum of money: "$6 billion", "2
// million dollars".
func (x *ctx) money(o int) bool {
	return x.d.Words[o].UPOS == "SYM" && moneyNouns[x.d.Words[o].Text] || moneyNouns[x.lemma(o)]
}

// counted reports whether nominal n may be what an amount counts: no
// amount itself, no time, no place.
func (x *ctx) counted(n int) bool {
	d := x.d
	return (d.Words[n].UPOS == "NOUN" || d.Words[n].UPOS == "PROPN") && !x.measure(n) && !x.inTime[n] &&
		!timeWords[x.lemma(n)] && !x.isPlace(n) && !x.eventNoun(n)
}

// countedPart reports whether the of-phrase n of a number may be what it
// counts: as counted, but places count too ("visited 20 of the
// counties"); only a place after a sum is where it went ("$2 billion in
// Ohio").
func (x *ctx) countedPart(n int) bool {
	return x.counted(n) || x.isPlace(n) && !x.measure(n) && !x.inTime[n]
}

// movedTo reports a to-phrase after verb w's object, on the verb or hung
// by the parser inside the object: a verb of speech with one moves its
// object rather than saying it ("added 12 of the firms to the list").
func (x *ctx) movedTo(w int) bool {
	d := x.d
	objs := d.Dependents(w, "obj")
	if len(objs) == 0 {
		return false
	}
	first, last, _ := d.Subtree(objs[0])
	for k := first; k < last; k++ {
		if doc.RelIs(d.Words[k].Rel, "nmod") && caseOf(d, k) == "to" {
			return true
		}
	}
	obls, preps := d.Obliques(w)
	for i, o := range obls {
		if preps[i] == "to" && o > objs[0] {
			return true
		}
	}
	return false
}

// quantifiedOf is the of-phrase that quantifier w heads and picks a part
// of ("some of the money", "all of the emails"), -1 when w is no such
// quantifier: when no mention stands for the part, the participant is
// what the phrase names. "each other" is a pronoun of its own.
func (x *ctx) quantifiedOf(w int) int {
	d := x.d
	if d.Words[w].UPOS != "DET" && d.Words[w].UPOS != "PRON" || !quantifierWords[strings.ToLower(d.Words[w].Text)] ||
		w+1 < len(d.Words) && strings.EqualFold(d.Words[w+1].Text, "other") {
		return -1
	}
	for _, n := range d.Dependents(w, "nmod") {
		if n > w && caseOf(d, n) == "of" && d.Words[n].UPOS != "VERB" {
			return n
		}
	}
	return -1
}
