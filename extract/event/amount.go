package event

import "github.com/newsgraph/newsgraph/extract/lex"

// An amount as a verb's object is no participant (objects), but what it
// counts is: "will purchase 20 of the planes" buys planes, "ordered $6
// billion in new aircraft" orders aircraft.

// countedThemes returns what the amount that is verb w's first object
// counts: the of-phrase of a number or a measure ("20 of the planes", "40
// percent of its stake") and the bare in-phrase of a sum of money ("$2
// billion in loans"; "invested $2 billion in the fund" names where it
// went), also when the parser hung that in-phrase on the verb right
// after the sum. Amounts, times, places, events and abstract nouns are
// none ("raised $5 million in support of"); an amount that is a mention
// already takes part itself ("one of the journalists"); nor does a verb
// with a clausal complement take one, whose subject the amount may be
// ("polls show 30 percent of voters plan to").
func (x *ctx) countedThemes(w int) []int {
	d := x.d
	objs := d.Dependents(w, "obj")
	if len(objs) == 0 || !x.measure(objs[0]) || x.mentionOf(objs[0]) >= 0 || len(d.Dependents(w, "ccomp", "xcomp")) > 0 {
		return nil
	}
	o, money := objs[0], x.money(objs[0])
	var out []int
	for _, n := range d.Dependents(o, "nmod") {
		if p := caseOf(d, n); (p == "of" && !money || p == "in" && money && x.bare(n)) && x.counted(n) {
			out = append(out, n)
		}
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

// bare reports a noun without a determiner or a possessor: "in loans",
// "in new aircraft"; not "in the fund".
func (x *ctx) bare(n int) bool {
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
		!timeWords[x.lemma(n)] && !x.isPlace(n) && !x.eventNoun(n) && !lex.AbstractNoun(x.lemma(n))
}
