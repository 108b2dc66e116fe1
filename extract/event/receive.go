package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// Event nouns whose participants sit on the verb that takes them, other
// than a support verb (lender): the one who receives an act ("faced
// criticism from residents": the mayor is criticized, the residents
// criticize) and the one who takes part in an event ("were engaged in
// clashes with the rebels": the forces clash).

// receiver is the verb that takes event noun w, an act done to someone
// (receivedFrames), as its object, when the verb's subject is whom it is
// done to: "faced criticism", "won the nomination", "drew praise"; -1
// when none. A passive verb's subject is the act itself ("criticism was
// received"); an act whose of-phrase names the person who undergoes it
// is not done to the subject ("won the appointment of her ally"; "received
// a sentence of life" and "won the nomination of the party" are).
func (x *ctx) receiver(w int, typ string) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "obj") || d.Words[h].UPOS != "VERB" || !receiverVerbs[x.lemma(h)] ||
		!receivedFrames[typ] || x.passive(h) || ofThemeFrames[typ] && x.personOf(w) {
		return -1
	}
	return h
}

// personOf reports whether noun w has an of-phrase that is a person.
func (x *ctx) personOf(w int) bool {
	for _, n := range x.d.Dependents(w, "nmod") {
		if caseOf(x.d, n) == "of" && x.isPerson(n) {
			return true
		}
	}
	return false
}

// receivedArgs adds to a the participants of event noun w that its
// receiver verb names: the verb's subject undergoes the act (Arg1), the
// verb's from-phrase does it (Arg0: "drew praise from teachers", where
// the parser hung the phrase on the verb). It reports whether w has such
// a verb.
func (x *ctx) receivedArgs(a *argSet, w int, typ string) bool {
	h := x.receiver(w, typ)
	if h < 0 {
		return false
	}
	for _, s := range x.subjects(h) {
		a.add("Arg1", s)
	}
	obls, preps := x.d.Obliques(h)
	for i, o := range obls {
		if preps[i] == "from" && x.canAct(o) {
			a.add("Arg0", o)
		}
	}
	return true
}

// partaker is the verb whose subject takes part in event noun w, which
// is its in-phrase: "were engaged in clashes", "participated in the
// talks", "took part in the negotiations" (partakeVerbs); -1 when none.
// An event with an owner is the owner's ("was involved in the bank's
// decision": the bank decided; "Friday's debate" has none). A gathering
// has none either: who takes part in a convention or a caucus attends
// it, and its agent is who holds it (venueNouns).
func (x *ctx) partaker(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "obl") || caseOf(d, w) != "in" || x.ownedNoun(w) || venueNouns[x.lemma(w)] ||
		d.Words[h].UPOS != "VERB" && d.Words[h].UPOS != "ADJ" {
		return -1
	}
	l := x.lemma(h)
	if partakeVerbs[l] {
		return h
	}
	for _, o := range d.Dependents(h, "obj") {
		if partakeVerbs[l+"_"+x.lemma(o)] {
			return h // "took part in", "played a key role in"
		}
	}
	return -1
}

// petitioner is the verb whose subject asks for event noun w in a
// for-phrase, as w's phrase or the noun it modifies ("filed for
// bankruptcy", "filed for bankruptcy protection", "applied for asylum";
// petitionVerbs), -1 when none. An event with an owner is the owner's.
func (x *ctx) petitioner(w int) int {
	d := x.d
	n := w
	if doc.RelIs(d.Words[w].Rel, "compound") && d.Words[w].Head > w {
		n = d.Words[w].Head
	}
	h := d.Words[n].Head
	if h < 0 || !doc.RelIs(d.Words[n].Rel, "obl") || caseOf(d, n) != "for" || x.ownedNoun(n) ||
		d.Words[h].UPOS != "VERB" || !petitionVerbs[x.lemma(h)] {
		return -1
	}
	return h
}

// partnersOnVerb repairs a parse that hung the partner of event noun w,
// the in-phrase of a partaker verb, on that verb: "took part in the
// negotiations with Pemex" negotiates with Pemex, wherever "with Pemex"
// hangs. It returns the with-, against- and between-phrases of the verb
// that open right after w's phrase.
func (x *ctx) partnersOnVerb(w int) []int {
	h := x.partaker(w)
	if h < 0 {
		return nil
	}
	d := x.d
	_, last, _ := d.Subtree(w)
	var out []int
	for _, o := range d.Dependents(h, "obl") {
		if p := caseOf(d, o); p != "with" && p != "against" && p != "between" {
			continue
		}
		if cs := d.Dependents(o, "case"); len(cs) > 0 && cs[0] == last {
			out = append(out, o)
		}
	}
	return out
}

// partakers are the subjects of partaker verb h, its passive subject
// among them: "the forces were engaged in clashes", "two officers were
// involved in the shooting". A comparison's clause has none: the subject
// of what it compares does not take part ("the tie was more important
// than participating in the effort").
func (x *ctx) partakers(h int) []int {
	if hasMark(x.d, h, "than") {
		return nil
	}
	if s := x.subjects(h); len(s) > 0 {
		return s
	}
	return x.d.Dependents(h, "nsubj:pass")
}

// ownedNoun reports whether event noun w has a possessor that is no time.
func (x *ctx) ownedNoun(w int) bool {
	for _, p := range x.d.Dependents(w, "nmod:poss") {
		if !x.inTime[p] {
			return true
		}
	}
	return false
}

// harmedPartaker reports whether s, the subject of partaker verb h of an
// event of type typ, undergoes the event: a vague verb says not which
// side its subject is on, a noun named for harm done says it ("the victim
// was involved in the shooting"; "the gunman was involved" shot).
func (x *ctx) harmedPartaker(h, s int, typ string) bool {
	return vaguePartakeVerbs[x.lemma(h)] && harmFrames[typ] && harmedNouns[x.lemma(s)]
}

// giver is the of-phrase that can act of noun w, the object of a
// receiver verb: who gives what the subject gets ("won the support of the
// union", "earned the trust of voters", "received the endorsement of
// the party"); -1 when w is a mention or has no such phrase. It is no
// theme of the verb: what is won is the support, which its owner gives.
func (x *ctx) giver(w int) int {
	if x.mentionOf(w) >= 0 || x.d.Words[w].UPOS != "NOUN" {
		return -1
	}
	for _, n := range x.d.Dependents(w, "nmod") {
		if caseOf(x.d, n) == "of" && x.canAct(n) && x.participantOf(n, false) >= 0 {
			return n
		}
	}
	return -1
}
