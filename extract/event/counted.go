package event

import "github.com/newsgraph/newsgraph/extract/doc"

// News counts the dead, the wounded and the arrested by a bare number:
// "a bomb exploded, killing 12 and injuring more than 40", "more than 260
// were injured", "police arrested 14". The number heads its phrase with no
// noun, so no earlier stage made it a mention and the amount rule
// (measure) leaves it out; for the countedPeopleFrames it stands for
// people all the same, those who undergo the event (Arg1, whatever the
// parse makes of a reduced clause: "three wounded"), and becomes a
// nominal of people of its own.

// countedPeople returns a mention for the bare number w that counts the
// people an event of type typ kills, wounds, arrests or rescues, making
// it on first use; -1 for any other word, frame, or a number of money,
// percent or time.
func (x *ctx) countedPeople(w int, typ string) int {
	d := x.d
	if w < 0 || !countedPeopleFrames[typ] || d.Words[w].UPOS != "NUM" || x.inTime[w] || x.money(w) {
		return -1
	}
	if mi := x.head[w]; mi >= 0 {
		return mi
	}
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for c := first; c < last; c++ {
		if d.Words[c].Head == w && (!doc.RelIs(d.Words[c].Rel, "advmod", "fixed", "punct", "cc", "conj", "compound") || d.Words[c].UPOS == "SYM") {
			return -1 // "12 of the workers", "12 percent": counted elsewhere, or an amount
		}
	}
	return x.newPhrase(w, doc.Person)
}

// bareCounts are the objects of verb w that are bare numbers.
func (x *ctx) bareCounts(w int) []int {
	var out []int
	for _, o := range x.d.Dependents(w, "obj") {
		if x.d.Words[o].UPOS == "NUM" {
			out = append(out, o)
		}
	}
	return out
}
