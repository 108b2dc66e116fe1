package event

import "github.com/newsgraph/newsgraph/extract/doc"

// Who acts in a clause: its subjects found through the parse, and where
// the parse leaves none, the subject of a headline, a small clause ("saw
// him leave"), a "for" phrase or the conjunct nearer the verb.

// subjects are the subjects of verb w (doc.Subjects), or for an
// infinitive modifying a predicate noun the noun's subject: "Barra will
// be the first woman to lead a firm", "X is in talks to buy Y".
func (x *ctx) subjects(w int) []int {
	d := x.d
	if x.openGerund(w) {
		return nil // "would not recommend prosecuting her": not the one who recommends prosecutes
	}
	if x.stanceGerund(w) {
		return nil // "opponents of admitting migrants": the opponents admit no one
	}
	if len(d.Dependents(w, "nsubj", "csubj")) == 0 {
		if s := x.reportedRelative(w); s >= 0 {
			return []int{s} // "the rules, which officials said will take effect": the rules take effect
		}
		if s := x.strandedSubjectOf(w); s >= 0 {
			return []int{s} // "heard 40 cases and the Department filed 20 motions": the Department files
		}
		if s := x.subjectOfSaying(w); s >= 0 {
			return []int{s} // "The cost, said Ana Diaz, would rise": the cost rises
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
	if s := x.withoutFronted(w, x.withoutDisplaced(w, d.Subjects(w))); len(s) > 0 {
		if h := d.Words[s[0]].Head; doc.RelIs(d.Words[s[0]].Rel, "obj", "iobj") && !x.controls(h, s[0]) && !(d.Words[w].Head == h && x.smallClause(w, s[0])) {
			return d.Subjects(h) // "the plants that it intends to close": "it" closes them
		}
		return s
	}
	if h := x.headlineSubject(w); h >= 0 {
		return []int{h} // "Apple to lower UK prices": who is to do it
	}
	if s := x.whInfinitiveSubject(w); len(s) > 0 {
		return s // "knows how to run a campaign": who knows runs it
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
