package event

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Who does what a verb's adverbial complement tells, when the object of
// the verb, not its subject, is that complement's subject: "stopped people
// from entering", "praised Trump for speaking out", "persuaded Xi to join".
// doc.Subjects climbs from a non-finite adverbial clause to the subject of
// its head, which these complements do not share. Also here: the other
// repairs of who acts that a parse leaves open (a speaker after "said", a
// participle clause that is passive, the subject of a relative clause that
// supports an event noun).

// gerundMarkers are the prepositions that open such a gerund when the
// object can act: "stopped people from entering", "talked him into
// running", "thanked them for coming", "committed every country to
// reducing", "warned them against going", "accused him of lying",
// "congratulated her on winning"; not "paid $5 for parking", "took
// shelter from fighting". "by", "after", "without" and the like leave the
// subject's: "convinced them by showing".
var gerundMarkers = map[string]bool{"from": true, "into": true, "for": true, "to": true, "against": true,
	"of": true, "on": true}

// controller is the object of w's head that is the subject of the
// adverbial gerund or infinitive w, -1 when w is no such complement or the
// head has no such object.
func (x *ctx) controller(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "advcl") {
		return -1
	}
	o := x.firstObject(h, w)
	if o < 0 {
		return -1
	}
	if r := x.degreeRecipient(h, w); r >= 0 {
		return r // "denied him enough delegates to win": the goal is his
	}
	if infinitive(d, w) {
		// "called the police to report it" tells the caller's purpose; a verb
		// that lends only an object that can act has weighed that already:
		// "got the teachers to sign", parsed as an adverbial clause too
		purpose := purposeVerbs[x.lemma(h)] && !agentControl[x.verbLemma(h)]
		if x.controls(h, o) && !purpose && x.participantOf(o, true) >= 0 {
			return o // "persuaded Xi to join" with the infinitive parsed as an adverbial clause
		}
		return -1
	}
	if d.Words[w].XPOS != "VBG" {
		return -1
	}
	if gerundMarkers[x.gerundMarker(w)] && x.canAct(o) {
		return o
	}
	return -1
}

// degreeRecipient is the indirect object of verb h that can act, when
// h's object is an amount measured against the goal of infinitive w
// ("gave them enough money to run", "denied him enough delegates to
// win"): who gets the amount, or is kept from it, is who would reach the
// goal. -1 when there is none.
func (x *ctx) degreeRecipient(h, w int) int {
	d := x.d
	if !infinitive(d, w) {
		return -1
	}
	degree := false
	for _, o := range x.objects(h) {
		degree = degree || x.degreeObject(o)
	}
	if !degree {
		return -1
	}
	for _, r := range d.Dependents(h, "iobj") {
		if r < w && x.canAct(r) {
			return r
		}
	}
	return -1
}

// firstObject is the first object of verb h before its complement w that
// can act, else its first object; -1 when none. The first is the one the
// complement tells of: "awarded her three prizes for telling", "called us
// liars for pointing" (where a parse takes both for objects).
func (x *ctx) firstObject(h, w int) int {
	var objs []int
	for _, c := range append(x.d.Dependents(h, "iobj"), x.objects(h)...) {
		if c < w {
			objs = append(objs, c)
		}
	}
	sort.Ints(objs)
	for _, c := range objs {
		if x.canAct(c) {
			return c
		}
	}
	if len(objs) == 0 {
		return -1
	}
	return objs[0]
}

// gerundMarker is the lower-case preposition or marker that opens gerund
// clause w, "" when none.
func (x *ctx) gerundMarker(w int) string {
	for _, c := range x.d.Dependents(w, "mark", "case") {
		if c < w {
			return strings.ToLower(x.d.Words[c].Text)
		}
	}
	return ""
}

// canAct reports whether nominal w stands for someone who can act: a
// person, an organisation, a country by name or by a noun for one ("every
// country"; the mention typer calls some other phrases places), a
// personal pronoun, or a noun for people.
func (x *ctx) canAct(w int) bool {
	if x.agentive(w) {
		return true
	}
	d := x.d
	if mi := x.mentionOf(w); mi >= 0 && x.isPlace(w) && (d.Mentions[mi].Kind == doc.Name || polityNouns[x.lemma(w)]) {
		return true
	}
	if d.Words[w].UPOS == "PRON" {
		switch x.lemma(w) {
		case "it", "this", "that", "these", "those", "which", "what", "something", "anything", "nothing":
			return false
		}
		return true
	}
	_, person := lex.PersonNouns[x.lemma(w)]
	return person
}

// invertedSpeaker finds the speaker of speech verb w put after it ("...,"
// said Ana Cruz", "said host Ana Cruz"), which a parse may take for the
// object, or hang on the full stop (strayObject): a name of a person or
// an organisation after the verb, when no subject stands before it. It
// returns the objects without the speaker, and the speaker or -1.
func (x *ctx) invertedSpeaker(w int, objs, subjects []int) ([]int, int) {
	for _, s := range subjects {
		if s < w {
			return objs, -1
		}
	}
	for _, s := range subjects {
		if mi := x.mentionOf(s); mi >= 0 && x.d.Mentions[mi].Kind == doc.Name {
			// "said Interior Secretary Ana Cruz": the name is the subject,
			// the names before it her title
			var rest []int
			for _, o := range objs {
				if o < w || o > s {
					rest = append(rest, o)
				}
			}
			return rest, -1
		}
	}
	for i, o := range objs {
		mi := x.mentionOf(o)
		if o > w && mi >= 0 && x.holdsName(mi) && x.agentive(o) {
			return append(objs[:i:i], objs[i+1:]...), o
		}
	}
	return objs, -1
}

// holdsName reports whether mention mi is a name, or a title with the
// name it heads ("Sen. Tom Carper of Delaware", where the parser took the
// title for the head).
func (x *ctx) holdsName(mi int) bool {
	m := x.d.Mentions[mi]
	if m.Kind == doc.Name {
		return true
	}
	for _, n := range x.d.Mentions {
		if n.Kind == doc.Name && n.Entity == m.Entity && m.Entity >= 0 && m.Contains(n.Span) {
			return true
		}
	}
	return false
}

// passiveClause reports whether adverbial participle w, without subject or
// auxiliary, reads as passive: it has a by-phrase ("the bill failed,
// blocked by X"), a subordinator ("when asked", "if elected") or opens the
// sentence before its head ("Born in Ohio, she"). After its head without
// these it may be an intransitive verb the tagger took for a participle
// ("she left, headed for Ohio").
func (x *ctx) passiveClause(w int) bool {
	d := x.d
	if w < d.Words[w].Head || len(d.Dependents(w, "obl:agent")) > 0 {
		return true
	}
	for _, m := range d.Dependents(w, "mark") {
		if !strings.EqualFold(d.Words[m].Text, "that") {
			return true // not "said that he had apologized" with its "had" hung elsewhere
		}
	}
	obls, preps := d.Obliques(w)
	for i := range obls {
		if preps[i] == "by" {
			return true
		}
	}
	return false
}

// relativeLender is a support or planner verb in a relative clause on
// event noun w that takes w as its object ("the comments Trump made",
// "the attacks that she launched"), -1 when none.
func (x *ctx) relativeLender(w int) int {
	d := x.d
	for _, r := range d.Dependents(w, "acl:relcl") {
		if !supportVerbs[x.lemma(r)] && !(plannerVerbs[x.lemma(r)] && !implicitTheme[x.lemma(w)]) {
			continue
		}
		open := true
		for _, o := range d.Dependents(r, "obj") {
			open = open && x.antecedent(o) == w
		}
		if open {
			return r
		}
	}
	return -1
}

// participleController is the noun that a passive participle modifies
// when that participle's infinitive is the noun's act: "the first woman
// elected to lead the party", "a lawyer hired to represent him", "the man
// expected to win". The noun stands for the participle's object, which a
// control verb makes the subject of its infinitive; doc.Subjects stops at
// the reduced relative clause. -1 when w is no such infinitive.
func (x *ctx) participleController(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "xcomp") || !hasMark(d, w, "to") {
		return -1
	}
	if d.Words[h].Rel != "acl" || d.Words[h].XPOS != "VBN" || len(d.Dependents(h, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj", "iobj")) > 0 {
		return -1 // with an object the participle is no passive: a verb the parser hung on a noun ("had the relatives allowed him to")
	}
	if n := d.Words[h].Head; n >= 0 && x.controls(h, n) {
		return n
	}
	return -1
}

// openGerund reports whether w is the gerund complement of a verb that
// leaves its agent open (openGerundVerbs), or a gerund conjoined to one
// ("recommended closing the plant and selling the land": no one sells
// that the clause names), without a subject of its own.
func (x *ctx) openGerund(w int) bool {
	d := x.d
	for steps := 0; w >= 0 && steps < 4; steps++ {
		if d.Words[w].XPOS != "VBG" || len(d.Dependents(w, "nsubj")) > 0 {
			return false
		}
		h := d.Words[w].Head
		switch {
		case h >= 0 && doc.RelIs(d.Words[w].Rel, "xcomp"):
			return openGerundVerbs[x.lemma(h)]
		case h >= 0 && doc.RelIs(d.Words[w].Rel, "conj"):
			w = h
		default:
			return false
		}
	}
	return false
}
