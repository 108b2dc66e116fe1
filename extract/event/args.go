package event

import (
	"slices"
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
	if mi >= 0 {
		a.record(role, mi)
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
	subjRole := x.subjectRole(w, typ, passive, objs, subjects, counted)
	a.agent = subjRole == "Arg0" // "the poll of voters found": no voter found, nor "efforts of X to stop Y" X
	for _, s := range subjects {
		a.addCore(subjRole, s)
	}
	a.agent = false
	if subjRole == "Arg0" && !hasRole(a.args, "Arg0") {
		if mi := x.countedSpeakers(w, subjects); mi >= 0 {
			a.record("Arg0", mi) // "Nearly nine out of 10 say"
		}
	}
	if len(subjects) == 0 && x.d.Words[w].Rel == "acl" {
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
		case i == 0 && len(objs) > 1 && dativeVerbs[x.verbLemma(w)] && len(d.Dependents(w, "iobj")) == 0 && x.canAct(o):
			a.add("Arg2", o) // "sent Xi a letter" with both parsed as objects: Xi receives it
		case !passive && receiverVerbs[x.verbLemma(w)] && x.giver(o) >= 0:
			a.add("Arg2", x.giver(o)) // "won the support of the union": the union gives it, no prize won
		default:
			a.addCore("Arg1", o)
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

// addObliques adds the obliques of verb w of type typ, by their
// preposition (roleByPrep); the event's place is left out, and a passive
// verb's by-phrase, its own or hung on another oblique, is the doer.
func (a *argSet) addObliques(w int, typ string, passive bool) {
	x, d := a.x, a.x.d
	obls, preps := d.Obliques(w)
	if passive && !hasRole(a.args, "Arg0") && !slices.Contains(preps, "by") {
		for _, o := range obls {
			for _, n := range x.byAgent(o) {
				a.add("Arg0", n) // "was defeated in the caucuses by Ted Cruz", the by-phrase hung on the caucuses
			}
		}
	}
	for i, o := range obls {
		switch {
		case doc.RelIs(d.Words[o].Rel, "obl:agent") || preps[i] == "by" && passive:
			a.add("Arg0", o)
		case x.placeWord(o, preps[i], typ):
			// the place of the event, not a participant
		case preps[i] == "from" && passive && dativeVerbs[x.verbLemma(w)] && !hasRole(a.args, "Arg0") && x.canAct(o) && !x.isPlace(o):
			a.add("Arg0", o) // "a letter was sent from the director to the members": the director sends it
		case preps[i] == "out of" && x.isPlace(o):
			a.add("Arg2", o) // "came out of Syria": where they came from, a source
		case preps[i] == "to" && x.upTo(o):
			a.addCore("Arg1", o) // "host up to 200 people": an amount of the theme
		case preps[i] == "against" && !passive && x.objectBetween(w, o) && roleByPrep(typ, "against") == "Arg1":
			a.add("Arg2", o) // "unites donors against him": the donors are united, he is whom they face
		default:
			a.add(roleByPrep(typ, preps[i]), o)
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

// subjects are the subjects of verb w (doc.Subjects), or for an
// infinitive modifying a predicate noun the noun's subject: "Barra will
// be the first woman to lead a firm", "X is in talks to buy Y".
func (x *ctx) subjects(w int) []int {
	d := x.d
	if x.openGerund(w) {
		return nil // "would not recommend prosecuting her": not the one who recommends prosecutes
	}
	if len(d.Dependents(w, "nsubj", "csubj")) == 0 {
		if s := x.reportedRelative(w); s >= 0 {
			return []int{s} // "the rules, which officials said will take effect": the rules take effect
		}
		if s := x.strandedSubject(w); s >= 0 {
			return []int{s} // "the number of buses leaving the depot dropped": not the depot
		}
		if s := x.obliqueSubject(w); s >= 0 {
			return []int{s} // "After the Act of 1980 established a process": the Act established it
		}
		if f := x.forSubject(w); f >= 0 {
			return []int{f}
		}
		if o := x.controller(w); o >= 0 {
			return []int{o} // "stopped people from entering"
		}
		if o := x.smallClauseSubject(w); o >= 0 {
			return []int{o}
		}
		if n := x.participleController(w); n >= 0 {
			return []int{n} // "the lawyer hired to represent him"
		}
		if c := x.nearerConjunct(w); c >= 0 {
			return d.Subjects(c) // "X is ..., and the billionaire flew to Y to meet Z": she meets
		}
	}
	if s := x.withoutDisplaced(w, d.Subjects(w)); len(s) > 0 {
		if h := d.Words[s[0]].Head; doc.RelIs(d.Words[s[0]].Rel, "obj", "iobj") && !x.controls(h, s[0]) && !(d.Words[w].Head == h && x.smallClause(w, s[0])) {
			return d.Subjects(h) // "the plants that it intends to close": "it" closes them
		}
		return s
	}
	if h := x.headlineSubject(w); h >= 0 {
		return []int{h} // "Apple to lower UK prices": who is to do it
	}
	if h := d.Words[w].Head; h >= 0 && doc.RelIs(d.Words[w].Rel, "acl") && hasMark(d, w, "to") {
		if v := x.meansVerb(h); v >= 0 {
			return x.subjects(v) // "used the money to buy uniforms": who used it buys
		}
		if a := x.nounAgents(h); len(a) > 0 {
			return a
		}
		return x.byAgent(h) // "efforts by Germany to end the war"
	}
	return nil
}

// headlineSubject is the subject of infinitive w in a headline without a
// verb, "Apple to lower UK prices", "Police to question Ola Berg": the
// noun that the parser made the root and hung w on, when it can act; -1
// otherwise.
func (x *ctx) headlineSubject(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[h].Head >= 0 || !doc.RelIs(d.Words[w].Rel, "acl", "advcl") || !infinitive(d, w) {
		return -1
	}
	if u := d.Words[h].UPOS; u != "NOUN" && u != "PROPN" || !x.canAct(h) || len(d.Dependents(h, "nsubj", "cop")) > 0 {
		return -1 // "the iPod is the first model to use flash": a predicate, no headline
	}
	return h
}

// meansVerb is the verb of using (meansVerbs) whose object is noun h,
// when h cannot act: an infinitive the parse hangs on h tells what the
// verb's subject used it for. -1 when none.
func (x *ctx) meansVerb(h int) int {
	v := x.d.Words[h].Head
	if v < 0 || !doc.RelIs(x.d.Words[h].Rel, "obj") || !meansVerbs[x.lemma(v)] || x.canAct(h) {
		return -1
	}
	return v
}

// smallClause reports an open complement w that is a bare participle
// whose subject is object o, no place, whatever the verb: "polls show
// Sanders surging", "the video showed the officer shooting", "imagine him
// winning", and as a passive "kept the airports closed" (passive). A
// place before a present participle is where it happens ("traveled the
// globe pushing her policies").
func (x *ctx) smallClause(w, o int) bool {
	d := x.d
	t := d.Words[w].XPOS
	return doc.RelIs(d.Words[w].Rel, "xcomp") && len(d.Dependents(w, "mark")) == 0 && (t == "VBN" || t == "VBG" && !x.isPlace(o))
}

// smallClauseSubject is the subject of a gerund the parser made a
// clausal complement without one, leaving its subject as the object of
// the verb before: "the poll shows Trump beating Clinton", "caught him
// stealing"; or of a present-tense verb it made an open complement ("the
// study finds workers distrust their bosses": no open complement is
// finite). -1 when w is no such verb.
func (x *ctx) smallClauseSubject(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "ccomp") && !x.finiteOpenComplement(w) || hasMark(d, w, "to") ||
		len(d.Dependents(w, "nsubj", "nsubj:pass")) > 0 {
		return -1
	}
	finite := d.Words[w].XPOS == "VBP" || d.Words[w].XPOS == "VBZ" || d.Words[w].XPOS == "VBD"
	if d.Words[w].XPOS != "VBG" && !(finite && len(d.Dependents(w, "mark")) == 0) {
		return -1
	}
	for _, o := range d.Dependents(h, "obj") {
		if _, last, _ := d.Subtree(o); o < w && (!finite || last == x.clauseStart(w)) {
			return o // a finite verb's subject stands right before it: "the poll shows voters view him favorably"
		}
	}
	return -1
}

// finiteOpenComplement reports an open complement w in the present tense
// under a verb that does not lend its object to a bare infinitive ("made
// voters decide" may be tagged so).
func (x *ctx) finiteOpenComplement(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if !doc.RelIs(d.Words[w].Rel, "xcomp") || d.Words[w].XPOS != "VBP" && d.Words[w].XPOS != "VBZ" {
		return false
	}
	l := x.lemma(h)
	return !causativeVerbs[l] && !objectControl[l] && !agentControl[x.verbLemma(h)]
}

// clauseStart is the first word of clause w: its verb or an auxiliary
// before it ("Trump is trailing").
func (x *ctx) clauseStart(w int) int {
	first, _, _ := x.d.Subtree(w)
	return first
}

// isClauseSubject reports whether object o of verb w is the subject of a
// clause w takes (smallClauseSubject): the poll shows what voters think,
// not the voters.
func (x *ctx) isClauseSubject(w, o int) bool {
	for _, c := range x.d.Dependents(w, "ccomp", "xcomp") {
		if _, last, _ := x.d.Subtree(o); x.smallClauseSubject(c) == o && last == x.clauseStart(c) {
			return true // right before its verb; not "demanded an explanation for the letter Friday advising"
		}
	}
	return false
}

// nounAgents are the words that stand for the agent of noun h, whose
// infinitive they control: its subject when it is a predicate ("X is in
// talks to buy Y"), its possessor or the name compounded with it ("Ford's
// plan to close", "Apple plans to sell": a headline's verb the parser
// took for a noun), or the subject of the verb that takes it ("X
// announced plans to close").
func (x *ctx) nounAgents(h int) []int {
	d := x.d
	if s := d.Dependents(h, "nsubj"); len(s) > 0 {
		return s
	}
	if d.Words[h].UPOS != "NOUN" {
		return nil
	}
	if p := d.Dependents(h, "nmod:poss"); len(p) > 0 {
		return p
	}
	for _, c := range d.Dependents(h, "compound") {
		if x.named(c) && x.agentive(c) {
			return []int{c}
		}
	}
	if l := x.lender(h); l >= 0 {
		return x.subjects(l)
	}
	return nil
}

// strayObject repairs a broken parse of a verb's object: the first name
// after verb w, before any other verb, that the parser hung on a word
// that takes no such dependent (punctuation, a number, an adverb, a
// preposition) is w's object. -1 when there is none or the parse is
// whole.
func (x *ctx) strayObject(w int) int {
	d := x.d
	_, last := d.SentenceWords(d.Words[w].Sentence)
	for k := w + 1; k < last; k++ {
		word := d.Words[k]
		if word.UPOS == "VERB" || word.UPOS == "AUX" {
			return -1
		}
		if word.UPOS != "PROPN" || x.head[k] < 0 && x.mentionOf(k) < 0 {
			continue
		}
		if h := word.Head; h >= 0 && !doc.RelIs(word.Rel, "flat") {
			switch d.Words[h].UPOS {
			case "VERB", "NOUN", "PROPN", "ADJ", "AUX", "PRON":
			default:
				return k // hung on punctuation, a number, an adverb...
			}
		}
		return -1 // the first name after the verb is attached as it may be
	}
	return -1
}

// nearerConjunct repairs the attachment of a non-finite adverbial clause
// w that the parser hung on the first of two conjoined clauses when the
// second stands between them ("The show is in its fifth season, and she
// flew to Rome to meet him"): the conjunct before w, not its head, is
// what the clause modifies. -1 when there is none.
func (x *ctx) nearerConjunct(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "advcl") || !d.NonFinite(w) {
		return -1
	}
	best := -1
	for _, c := range d.Dependents(h, "conj") {
		if c < w && c > h && d.Words[c].UPOS == "VERB" {
			best = c
		}
	}
	return best
}

// forSubject is the subject of an infinitive that a preposition
// introduces: "called for the US to act", "called on the US to act" (UD
// has the noun as the infinitive's subject; parsers hang it on the verb
// before). It is the for/on oblique of w's head that ends right before
// w's "to"; -1 when none.
func (x *ctx) forSubject(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "xcomp", "advcl") || !hasMark(d, w, "to") {
		return -1
	}
	first, _, _ := d.Subtree(w)
	obls, preps := d.Obliques(h)
	for i, o := range obls {
		if _, last, _ := d.Subtree(o); last == first && (preps[i] == "for" || preps[i] == "on" || preps[i] == "upon") {
			return o
		}
	}
	// a second "and for Y to act" the parser conjoined with a noun
	// before it: the for-phrase right before the "to"
	for k := first - 1; k >= 0 && k >= first-12 && d.Words[k].Sentence == d.Words[w].Sentence; k-- {
		if doc.RelIs(d.Words[k].Rel, "conj") && caseOf(d, k) == "for" {
			if _, last, _ := d.Subtree(k); last == first {
				return k
			}
		}
	}
	return -1
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

// modifiedArgs adds to a the participant that the noun verb w modifies
// stands for: the noun itself for a reduced relative clause ("families
// arriving at the border", "units sold by GM") or of a gerund after a
// preposition when the noun can act ("accused Republicans of placing"),
// else the noun's own agents ("Cruz's hopes of beating Trump": Cruz, no
// hope, beats; "talked to her aides about launching": not the aides).
func (x *ctx) modifiedArgs(a *argSet, w int, passive bool) {
	h, role := x.d.Words[w].Head, x.modifiedRole(w, passive)
	if n := x.ofActor(h, w); role == "Arg0" && n >= 0 {
		a.addCore(role, n) // "a photo of Cruz wearing a vest": Cruz wears it, not the photo
		return
	}
	if len(x.d.Dependents(w, "mark")) == 0 || passive || x.canAct(h) { // "as dedicated by X": the noun is dedicated
		a.addCore(role, h)
		return
	}
	for _, s := range x.nounAgents(h) {
		a.add(role, s)
	}
}

// ofActor repairs a gerund w that the parse hung on noun h, which cannot
// act, instead of on the of-phrase that ends right before it: "a photo of
// Cruz wearing a vest", "a video of the officer shooting". It returns the
// of-phrase, -1 when there is none or h can act.
func (x *ctx) ofActor(h, w int) int {
	d := x.d
	if d.Words[w].XPOS != "VBG" || x.canAct(h) {
		return -1
	}
	for _, n := range d.Dependents(h, "nmod") {
		if _, last, _ := d.Subtree(n); caseOf(d, n) == "of" && last == w && x.canAct(n) {
			return n
		}
	}
	return -1
}

// modifiedRole is the role of the noun a reduced relative clause modifies:
// what undergoes a participle ("units sold"), the agent of a gerund
// ("families arriving"), unless the gerund's subject undergoes it.
func (x *ctx) modifiedRole(w int, passive bool) string {
	switch {
	case passive:
		return "Arg1"
	case x.d.Words[w].XPOS == "VBG" && !implicitTheme[x.lemma(w)]:
		return "Arg0"
	case x.d.Words[w].XPOS == "VBG":
		return "Arg1"
	}
	return "" // "a plan to expand": the noun is no participant of the infinitive
}
