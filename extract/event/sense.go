package event

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
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
	// thingThemeSenses type verbs done to people by a thing theme ("hired a boat").
	thingThemeSenses = lex.Table("event/thingThemeSenses")
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
	case typ == "DIE" && lemma == "execute" && x.thingTheme(w):
		return "CARRY_OUT", true // "executed the plan flawlessly"; "executed two prisoners" kills
	case typ == "STATEMENT" && lemma == "tell" && x.discerns(w):
		return "DISCERN", true // "I can't tell whether it is naive"
	case thingThemeSenses[lemma] != "" && x.nounThingTheme(w):
		return thingThemeSenses[lemma], true // "hired a boat" rents it
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
		if lemma == "loss" && lostThing(x, n) {
			return "LOSE", true // "the loss of a refuge"; "a loss of 5 percent", "loss of revenue" fall
		}
	}
	if lemma == "loss" && x.lostTo(w) {
		return "LOSE", true // "a three-point loss to Hale": a defeat, no fall
	}
	return "", false
}

// lostTo reports whether noun w ("loss") has a "to" phrase naming a
// person or a body, the winner of a contest ("a narrow loss to Hale").
func (x *ctx) lostTo(w int) bool {
	for _, n := range x.d.Dependents(w, "nmod") {
		if caseOf(x.d, n) != "to" {
			continue
		}
		if mi := x.mentionOf(n); mi >= 0 {
			if t := x.d.Entities[x.d.Mentions[mi].Entity].Type; t == doc.Person || t == doc.Organization {
				return true
			}
		}
	}
	return false
}

// lostThing reports whether the of-phrase n of "loss" names one
// thing, no quantity: a pronoun or a determined noun that is no measure
// ("the loss of his seat", "the loss of what they saw as a refuge").
func lostThing(x *ctx, n int) bool {
	d := x.d
	if x.measure(n) || x.money(n) || len(d.Dependents(n, "nummod")) > 0 {
		return false
	}
	return d.Words[n].UPOS == "PRON" || len(d.Dependents(n, "det", "nmod:poss")) > 0
}

// thingTheme reports whether verb w acts on something that is no person
// ("executed the plan", "executed this"); false with no theme.
func (x *ctx) thingTheme(w int) bool {
	t := x.theme(w)
	if t < 0 || x.isPerson(t) {
		return false
	}
	typ, ok := lex.HeadNoun(strings.ToLower(x.d.Words[t].Text))
	return !ok || typ != doc.Person
}

// nounThingTheme reports whether verb w acts on a noun of which no sense
// is a person or a group ("hired a boat", "dismissed the report":
// lex.NonPersonNoun) or whose first is an act or a thought ("dismissed
// the criticism": lex.AbstractNoun), and which names no person or body
// here; false for a pronoun, whose referent may be either, and with no
// theme ("hired bright graduates", "hire a C.E.O." appoint).
func (x *ctx) nounThingTheme(w int) bool {
	t := x.theme(w)
	if t < 0 || x.d.Words[t].UPOS != "NOUN" || x.isPerson(t) {
		return false
	}
	if mi := x.mentionOf(t); mi >= 0 {
		if e := x.d.Entities[x.d.Mentions[mi].Entity].Type; e == doc.Person || e == doc.Organization {
			return false
		}
	}
	form := strings.ToLower(x.d.Words[t].Text)
	return lex.NonPersonNoun(form) || lex.AbstractNoun(x.lemma(t))
}

// discerns reports a "tell" that makes out, not says: no one told and a
// question clause ("can't tell whether it is naive", "could not tell if
// he was joking").
func (x *ctx) discerns(w int) bool {
	d := x.d
	if len(d.Dependents(w, "obj", "iobj")) > 0 {
		return false
	}
	for _, c := range d.Dependents(w, "ccomp") {
		if hasMark(d, c, "whether") || hasMark(d, c, "if") {
			return true
		}
	}
	return false
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
