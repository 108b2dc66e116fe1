package event

// An amount as a verb's object is no participant (objects), but what it
// counts is: "will purchase 20 of the planes" buys planes, "ordered $6
// billion in new aircraft" orders aircraft.

// countedThemes returns what the amounts among verb w's objects count:
// the of-phrase of a number or a measure ("20 of the planes", "40
// percent of its stake") and the in-phrase of a sum of money ("$2
// billion in loans"), also when the parser hung that in-phrase on the
// verb right after the sum. Amounts, times and places are none.
func (x *ctx) countedThemes(w int) []int {
	d := x.d
	var out []int
	for _, o := range d.Dependents(w, "obj") {
		if !x.measure(o) {
			continue
		}
		money := x.money(o)
		for _, n := range d.Dependents(o, "nmod") {
			if p := caseOf(d, n); (p == "of" && !money || p == "in" && money) && x.counted(n) {
				out = append(out, n)
			}
		}
		if !money {
			continue
		}
		_, last, _ := d.Subtree(o)
		obls, preps := d.Obliques(w)
		for i, n := range obls {
			if first, _, _ := d.Subtree(n); preps[i] == "in" && first == last && x.counted(n) {
				out = append(out, n) // "ordered $6 billion in new aircraft", "in" hung on the verb
			}
		}
	}
	return out
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
		!timeWords[x.lemma(n)] && !x.isPlace(n)
}
