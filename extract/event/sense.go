package event

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
)

// A verb of several senses is read by what undergoes it: "raised $2
// million" raises funds, "raised taxes" increases them, "raised
// questions" only brings them up; "fired missiles" attacks and "fired the
// coach" dismisses. The lemma alone would give every use its most common
// sense.

var (
	// objectSense maps "lemma noun" to the type the verb (or event noun)
	// takes with that noun as its theme (objectSenses).
	objectSense = objectSenses()
	// quantityNouns count what their of-phrase names ("amounts of money").
	quantityNouns = lex.Words("event/quantityNouns")
	// targetPreps introduce what shots are fired at or into.
	targetPreps = lex.Words("event/targetPreps")
)

// objectSenses reads the objectSenses list: "verb TYPE noun noun ..."
// lines.
func objectSenses() map[string]string {
	out := map[string]string{}
	for _, line := range lex.Lines("event/objectSenses") {
		f := strings.Fields(line)
		for _, n := range f[2:] {
			out[f[0]+" "+n] = f[1]
		}
	}
	return out
}

// senseType returns the type verb w of frame typ takes by its theme,
// ok false when the theme leaves the frame as it is.
func (x *ctx) senseType(w int, lemma, typ string) (string, bool) {
	switch {
	case lemma == "decline" && x.declines(w):
		return "REFUSE", true // "declined to comment", "declined the offer"; "sales declined 5 percent" fall
	case lemma == "fire" && len(x.objects(w)) == 0 && x.firedAt(w):
		return "ATTACK", true // "police fired on the crowd"
	}
	for _, t := range x.themeHeads(w) {
		switch {
		case lemma == "raise" && x.money(t):
			return "FUNDRAISE", true // "raised $2 million", "raised large sums of money"
		}
		if s, ok := objectSense[lemma+" "+x.nounLemma(t)]; ok {
			return s, true
		}
	}
	return "", false
}

// nounSense returns the type event noun w takes by its of-phrase ("a
// breach of the treaty"), ok false when none.
func (x *ctx) nounSense(w int, lemma string) (string, bool) {
	for _, n := range x.d.Dependents(w, "nmod") {
		if caseOf(x.d, n) != "of" {
			continue
		}
		if s, ok := objectSense[lemma+" "+x.nounLemma(n)]; ok {
			return s, true
		}
	}
	return "", false
}

// themeHeads are the words that say what verb w acts on: its theme and,
// when that is a quantity ("amounts of money", "$2 million"), what the
// quantity counts, and for a sum of money its currency symbol.
func (x *ctx) themeHeads(w int) []int {
	d := x.d
	var out []int
	for _, t := range append([]int{x.theme(w)}, d.Dependents(w, "obj")...) {
		if t < 0 || slices.Contains(out, t) {
			continue // an object of a participle taken for a passive is its theme all the same
		}
		out = append(out, t)
		if !x.measure(t) && !quantityNouns[x.lemma(t)] {
			continue
		}
		for _, n := range d.Dependents(t, "nmod", "nummod", "compound") {
			if caseOf(d, n) == "of" || x.money(n) {
				out = append(out, n)
			}
		}
		if t > 0 && x.money(t-1) && d.Words[t-1].Sentence == d.Words[t].Sentence {
			out = append(out, t-1) // "$" the parser hung elsewhere: "raised $4 million"
		}
	}
	return out
}

// declines reports a "declined" that refuses: it takes an infinitive
// ("declined to comment") or an object that is no amount ("declined the
// invitation", "declined comment"; not "declined 5 percent").
func (x *ctx) declines(w int) bool {
	if len(x.d.Dependents(w, "xcomp")) > 0 {
		return true
	}
	if x.d.Words[w].XPOS == "VBG" && len(x.d.Dependents(w, "nsubj", "nsubj:pass")) == 0 {
		return false // "amid declining poll numbers": the object is the parser's, the noun the participle describes
	}
	for _, o := range x.d.Dependents(w, "obj") {
		if !x.measure(o) && !x.timeHead(o) {
			return true
		}
	}
	return false
}

// firedAt reports an active "fired" with a target or a direction and no
// object: shots fired ("fired on protesters", "fired into the crowd"); not
// "was fired on Monday".
func (x *ctx) firedAt(w int) bool {
	if x.d.Passive(w) {
		return false // "was fired on June 20"
	}
	obls, preps := x.d.Obliques(w)
	for i, p := range preps {
		if targetPreps[p] && !x.timeHead(obls[i]) {
			return true
		}
	}
	return false
}
