package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Participants come from the parse with PropBank-style roles: Arg0 the
// agent, Arg1 what undergoes the event, Arg2 the recipient, hearer or
// source. The subject is Arg0, or Arg1 when the verb is passive or its
// subject undergoes the event ("sales fell"); a passive's by-phrase is
// Arg0; the object Arg1 (Arg2 for a hearer: "told reporters"); obliques
// take a role by their preposition. Subjects reach through coordination
// and control (doc.Subjects), relative pronouns stand for the noun they
// modify, conjoined arguments share the role.

// argSet collects participants, one role per entity.
type argSet struct {
	x    *ctx
	seen map[int]bool
	args []doc.Arg
	// core is set while a subject or object is added: only these may
	// be things (things.go), not the phrases of obliques.
	core bool
	// agent is set while an agent subject is added: an event noun acts
	// itself, its owner does not ("the poll of voters found": no voter).
	agent bool
	// theme is set (addTheme) while a verb's Arg1 is added: an abstract
	// noun there is still what the event is about (things.go
	// abstractTheme).
	theme bool
}

// add records the mention argument word w stands for, and those of the
// words conjoined with it ("X, Y and Z"), in role.
func (a *argSet) add(role string, w int) { a.addConj(role, w, 0) }

// addCore is add for a subject or an object: a noun phrase that is no
// entity is a thing taking part (things.go).
func (a *argSet) addCore(role string, w int) {
	a.core = true
	a.addConj(role, w, 0)
	a.core = false
}

// addTheme is addCore for the Arg1 w of a verb; abstract is set where an
// abstract noun there is still what the event is about (a direct object
// of a verb that is no support verb, a frame's prepositional theme).
func (a *argSet) addTheme(w int, abstract bool) {
	a.theme = abstract
	a.addCore("Arg1", w)
	a.theme = false
}

func (a *argSet) addConj(role string, w, depth int) {
	if w < 0 || role == "" || depth > 8 {
		return
	}
	if n := a.x.titledNames(w); n >= 0 {
		a.addConj(role, n, depth+1) // "Senators Ann Cole and Tom Ray": the two, not a group of senators
		return
	}
	d := a.x.d
	mi := -1
	if a.core {
		mi = a.x.ownedThing(w) // "harden our defenses": the defenses, not "we"
	}
	if mi < 0 && !(a.core && a.x.ownedEvent(w)) { // "backed her plan": the plan, an event, not "her"
		mi = a.x.participantOf(w, true)
	}
	if mi >= 0 && a.agent && a.x.mentionOf(w) < 0 && a.x.eventNoun(w) && !agencyNouns[a.x.lemma(w)] { // "the Sanders campaign said" is his
		mi = -1
	}
	if mi < 0 && a.core {
		mi = a.x.thing(w)
	}
	if mi < 0 && a.theme {
		mi = a.x.abstractTheme(w) // "called off the search", "will expand the program"
	}
	if mi < 0 && (a.core || numberedRole(role)) {
		mi = a.x.pronounThing(w) // "rejected it", "depended on it": no antecedent found, still a participant
	}
	if mi >= 0 {
		a.record(role, mi)
	} else if n := a.x.quantifiedOf(w); n >= 0 {
		a.addConj(role, n, depth+1) // "use some of the money": the money
	}
	for _, c := range d.Dependents(w, "conj") {
		if a.x.conjunct(w, c) {
			a.addConj(role, c, depth+1)
		}
	}
	if c := a.x.ownedThrough(w, mi); c >= 0 {
		for _, k := range d.Dependents(c, "conj") {
			a.addConj(role, k, depth+1) // "the number of children and families": the families too
		}
	}
}

// conjunct reports whether c, parsed as a conjunct of w, is one: a
// phrase with a preposition of its own after a bare noun phrase is a
// modifier the parser took for one ("Ana Ruiz, 41, of Ely": Ely is where
// she is from).
func (x *ctx) conjunct(w, c int) bool {
	if x.strandedClause(c) >= 0 {
		return false // the subject of a clause of its own (clausesubj.go)
	}
	return len(x.d.Dependents(c, "case")) == 0 || len(x.d.Dependents(w, "case")) > 0
}

// ownedThrough is the of-complement of w whose mention mi stands for w,
// the phrase w heads being no mention ("the number of children"), -1
// otherwise.
func (x *ctx) ownedThrough(w, mi int) int {
	if mi < 0 || x.mentionOf(w) >= 0 {
		return -1
	}
	for _, c := range x.d.Dependents(w, "nmod") {
		if x.head[c] == mi && caseOf(x.d, c) == "of" {
			return c
		}
	}
	return -1
}

// record adds mention mi in role unless its entity already takes part.
func (a *argSet) record(role string, mi int) {
	if e := a.x.d.Mentions[mi].Entity; !a.seen[e] {
		a.seen[e] = true
		a.args = append(a.args, doc.Arg{Role: role, Mention: mi})
	}
}

// verbArgs reads the participants of verb w of type typ: its subjects,
// objects, counted themes, indirect objects and obliques, in that order,
// each entity once (argSet.record). The order matters: the first role an
// entity takes is the one it keeps.
func (x *ctx) verbArgs(w int, typ string) []doc.Arg {
	a := &argSet{x: x, seen: map[int]bool{}}
	passive := x.passive(w)
	objs := x.verbObjects(w, passive)
	subjects := x.subjects(w)
	if typ == "STATEMENT" && !passive && !hearerVerbs[x.lemma(w)] {
		var speaker int
		if objs, speaker = x.invertedSpeaker(w, objs, subjects); speaker >= 0 {
			subjects = []int{speaker} // "..., said professor Ana Cruz": no title nor name is said
		}
	}
	var counted []int
	if typ != "STATEMENT" || hearerVerbs[x.lemma(w)] || x.movedTo(w) {
		counted = x.countedThemes(w) // what is said is no part of a number: "said four of her aides will speak"
	}
	speech := typ == "STATEMENT" || speechVerbs[x.lemma(w)]
	if len(subjects) == 0 && speech {
		subjects = x.sayingAuthor(w) // "issued a statement saying", "denounced the attacks, saying"
	}
	if s := x.conjoinedSayer(w, subjects); len(s) > 0 && typ == "STATEMENT" {
		subjects = s // "the hearing was closed but King spoke to reporters and said"
	}
	if n := x.finiteSayer(w); n >= 0 && len(subjects) == 0 && typ == "STATEMENT" {
		subjects = []int{n} // "Ana Ruiz, the mayor, said" with "said" hung on the name
	}
	subjRole := x.subjectRole(w, typ, passive, objs, subjects, counted)
	a.agent = subjRole == "Arg0" // "the poll of voters found": no voter found, nor "efforts of X to stop Y" X
	for _, s := range subjects {
		if mi := x.quotedFirstPerson(s); mi >= 0 && speech && subjRole == "Arg0" {
			a.record("Arg0", mi) // "'... and I said, no,' she recalled": she said it
			continue
		}
		if x.outerName(w, s) {
			x.addOwners(a, subjRole, s) // "the trend has been to shift": its owner, if any, no trend
			continue
		}
		if mi := x.countedPeople(s, typ); mi >= 0 {
			a.record("Arg1", mi) // "more than 260 were injured", "three wounded": a count undergoes it
			continue
		}
		a.addCore(subjRole, s)
	}
	a.agent = false
	if subjRole == "Arg0" && !hasRole(a.args, "Arg0") {
		if mi := x.countedSpeakers(w, subjects); mi >= 0 {
			a.record("Arg0", mi) // "Nearly nine out of 10 say"
		}
	}
	if len(subjects) == 0 && x.d.Words[w].Rel == "acl" && !x.stanceGerund(w) {
		x.modifiedArgs(a, w, passive)
	}
	iobjs := x.d.Dependents(w, "iobj")
	if len(iobjs) > 0 && len(objs) > 0 && !passive && namingVerbs[x.verbLemma(w)] {
		for _, o := range objs {
			a.add("Arg2", o) // "branded the plan a disaster" with both parsed as objects: the name
		}
		objs, iobjs = iobjs, nil // and what is named
	}
	a.addObjects(w, objs, passive)
	for _, o := range x.bareCounts(w) {
		if mi := x.countedPeople(o, typ); mi >= 0 && !passive {
			a.record("Arg1", mi) // "killing 12"
		}
	}
	for _, o := range counted {
		if hearerVerbs[x.lemma(w)] {
			a.add("Arg2", o) // "told hundreds of supporters"
		} else {
			a.addCore("Arg1", o) // "purchase 20 of the planes"
		}
	}
	for _, o := range iobjs {
		a.add("Arg2", o)
	}
	a.addObliques(w, typ, passive)
	if g, prep := x.prepositionGap(w); g >= 0 {
		a.add(x.obliqueRole(typ, prep, g), g) // "the issues she cares about": Arg1 of CARE about
	}
	return a.args
}

// verbObjects are the objects of verb w: its own, else one the parse hung
// elsewhere (strayObject), else for an xcomp the objects of the verb it
// completes that a relative pronoun stands for, since the parse hangs
// "that" of "the plants that it intends to close" on "intends".
func (x *ctx) verbObjects(w int, passive bool) []int {
	d := x.d
	objs := x.objects(w)
	if len(objs) == 0 && !passive {
		if o := x.strayObject(w); o >= 0 {
			objs = append(objs, o) // "met Bo Lind in Oslo." with "Bo Lind" hung on the full stop
		}
	}
	if len(objs) == 0 && !passive {
		if o := x.reducedObject(w); o >= 0 {
			objs = append(objs, o) // "read the letters sent to him": the parse made them the subject of "sent"
		} else if g := x.objectGap(w); g >= 0 {
			objs = append(objs, g) // "the letters the senators sent": the letters are sent
		} else if g := x.complementGap(w); g >= 0 {
			objs = append(objs, g) // "the plants it intends to close"
		}
	}
	if len(objs) == 1 && !passive && dativeVerbs[x.verbLemma(w)] {
		if t := x.foldedTheme(w, objs[0]); t >= 0 {
			objs = append(objs, t) // "gave the states and cities $60 billion": two objects
		}
	}
	if h := d.Words[w].Head; len(objs) == 0 && h >= 0 && doc.RelIs(d.Words[w].Rel, "xcomp") {
		for _, o := range x.objects(h) {
			if x.antecedent(o) >= 0 && !x.controls(h, o) {
				objs = append(objs, o) // "the plants that it intends to close": "that" is closed
			}
		}
	}
	return objs
}

// foldedTheme is the second object of giving verb w that the parse did
// not hang as an object beside its first, o: a bare noun phrase after o
// hung on w as an unmarked oblique ("gave Ms. Lopez and her aides the
// money they wanted"), or an object hung on o or on a noun conjoined to
// it ("gave farmers and ranchers $20 billion"), since no noun takes an
// object, or an apposition no comma sets off ("gave her aides the money"). -1 when there is none; a time ("gave them a raise last year")
// is none.
func (x *ctx) foldedTheme(w, o int) int {
	d := x.d
	_, end, _ := d.Subtree(o)
	for _, t := range d.Dependents(w, "obl") {
		if first, _, _ := d.Subtree(t); first == end && d.Words[t].Rel != "obl" && len(d.Dependents(t, "case", "mark")) == 0 && !x.timeHead(t) &&
			(d.Words[t].UPOS == "NOUN" || d.Words[t].UPOS == "SYM" || d.Words[t].UPOS == "NUM") {
			return t
		}
	}
	for _, n := range append([]int{o}, d.Dependents(o, "conj")...) {
		if d.Words[n].UPOS == "VERB" {
			continue
		}
		for _, t := range d.Dependents(n, "obj", "appos") {
			if t > n && (d.Words[t].Rel == "obj" || !x.setOffByPunct(t)) {
				return t
			}
		}
	}
	return -1
}

// setOffByPunct reports whether punctuation opens the phrase of word t
// or stands right before it: ", the lawyer".
func (x *ctx) setOffByPunct(t int) bool {
	first, _, _ := x.d.Subtree(t)
	return x.d.Words[first].UPOS == "PUNCT" || first > 0 && x.d.Words[first-1].UPOS == "PUNCT"
}

// subjectRole is the role of verb w's subjects: Arg0, the doer, unless
// the verb is passive (Arg1, or Arg2 for a recipient) or names a change
// its subject undergoes when nothing else is its theme.
func (x *ctx) subjectRole(w int, typ string, passive bool, objs, subjects, counted []int) string {
	switch {
	case passive && x.passiveRecipient(w, objs, subjects):
		return "Arg2" // "was offered a job", "residents were told to leave"
	case passive || implicitTheme[x.verbLemma(w)] && len(objs) == 0 && len(counted) == 0 && typ != "REFUSE" &&
		!(actingThemes[x.verbLemma(w)] && x.actingSubjects(subjects)):
		// "closed 30 of its plants" has an object; "declined to comment" is a refusal, its subject
		// refuses; "voters rallied" act
		return "Arg1"
	}
	return "Arg0"
}

// addObjects adds the objects objs of verb w, mostly as Arg1; the hearer
// of a verb of telling, the first of two objects of a giving verb and the
// giver of what is received are Arg2. Of a passive verb, a by-phrase the
// parse hung on an object names the doer.
func (a *argSet) addObjects(w int, objs []int, passive bool) {
	x, d := a.x, a.x.d
	for i, o := range objs {
		switch {
		case x.isClauseSubject(w, o):
			// "shows Trump beating Clinton": what is shown is the clause
		case hearerVerbs[x.lemma(w)]:
			a.add("Arg2", o)
		case askVerbs[x.lemma(w)] && x.canAct(o):
			a.add("Arg2", o) // "asked the mayor whether ...": the one asked; "asked a question" is Arg1
		case i == 0 && len(objs) > 1 && dativeVerbs[x.verbLemma(w)] && len(d.Dependents(w, "iobj")) == 0 && x.canAct(o):
			a.add("Arg2", o) // "sent Xi a letter" with both parsed as objects: Xi receives it
		case !passive && receiverVerbs[x.verbLemma(w)] && x.giver(o) >= 0:
			a.add("Arg2", x.giver(o)) // "won the support of the union": the union gives it, no prize won
		case x.isPredicate(w, o, passive):
			if r, _ := x.predicateRole(w, o, passive); r != "" {
				a.add(r, o) // "was elected mayor": the office
			} // "was announced the winner": the subject is, no second theme
		case x.reflexiveObject(w, o):
			a.addReflexive(o) // "the coach blamed himself": he blames and is blamed
		default:
			a.addTheme(o, !passive && !supportVerbs[x.lemma(w)])
		}
	}
	if passive {
		for _, o := range objs {
			for _, n := range x.byAgent(o) {
				a.add("Arg0", n) // "was offered a contract by the bank", the by-phrase hung on the object
			}
		}
	}
}

// objectBetween reports whether verb w has an object between it and its
// oblique o: "turned voters against him" (not a relative pronoun before
// the verb: "the day that he railed against them").
func (x *ctx) objectBetween(w, o int) bool {
	for _, b := range x.objects(w) {
		if w < b && b < o {
			return true
		}
	}
	return false
}

// actingSubjects reports whether subjects ss are people, or bodies a
// common noun names ("the community", "the party"), which act when they
// rally; a named company or place rallies as its shares or its
// currency do ("Vega Labs rallied 4%").
func (x *ctx) actingSubjects(ss []int) bool {
	for _, s := range ss {
		if !x.canAct(s) || x.named(s) && !x.isPerson(s) {
			return false
		}
	}
	return len(ss) > 0
}

// allCanAct reports whether every word of ws can act.
func (x *ctx) allCanAct(ws []int) bool {
	for _, s := range ws {
		if !x.canAct(s) {
			return false
		}
	}
	return true
}

// controls reports whether verb h's object o is the subject of its open
// complement: "urged him to resign", and for a causative or perception
// verb an object that can act ("made Kaine defend", not "made a mistake
// in the check", a parse that took the noun "check" for a verb).
func (x *ctx) controls(h, o int) bool {
	if purposeVerbs[x.lemma(h)] && x.degreeObject(o) {
		return false // "got enough delegates to win": a goal of who got them
	}
	if objectControl[x.lemma(h)] || agentControl[x.verbLemma(h)] && x.canAct(o) {
		return true
	}
	if !causativeVerbs[x.lemma(h)] || x.lemma(o) == "it" {
		return false // "made it harder to unite": an expletive
	}
	if x.agentive(o) {
		return true
	}
	_, person := lex.PersonNouns[x.lemma(o)]
	return person || x.d.Words[o].UPOS == "PRON"
}

// degreeObject reports whether noun o is measured against a goal by a
// degree word ("enough delegates", "sufficient votes"): an infinitive
// after it tells what the amount is for, not what o does.
func (x *ctx) degreeObject(o int) bool {
	for _, c := range x.d.Dependents(o, "amod", "det", "advmod") {
		if degreeWords[x.lemma(c)] {
			return true
		}
	}
	return false
}

// upTo reports an oblique "up to N ..." whose "up" the parser took for a
// particle of the verb.
func (x *ctx) upTo(o int) bool {
	d := x.d
	for _, c := range d.Dependents(o, "case") {
		if strings.EqualFold(d.Words[c].Text, "to") && c > 0 && strings.EqualFold(d.Words[c-1].Text, "up") {
			return true
		}
	}
	return false
}

// objects returns the objects of verb w that are participants, not
// measures: in "the index gained 155 points" or "fell 9%" the amount is
// no object, and the index is what rose.
func (x *ctx) objects(w int) []int {
	var out []int
	for _, o := range x.d.Dependents(w, "obj") {
		if !x.measure(o) {
			out = append(out, o)
		}
	}
	return out
}

// measure reports whether nominal w is an amount: a number, a unit, or
// "hundreds of points".
func (x *ctx) measure(w int) bool {
	if u := x.d.Words[w].UPOS; u == "NUM" || u == "SYM" || measureNouns[x.lemma(w)] {
		return true
	}
	for _, n := range x.d.Dependents(w, "nmod") {
		if measureNouns[x.lemma(n)] && caseOf(x.d, n) == "of" {
			return true
		}
	}
	return false
}
