package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Conditions and open questions. An event inside a condition ("if the
// bank fails", "as long as they pay", "Had he signed the bill, ...") is
// only supposed, and so is what follows from it; an event inside an
// embedded question ("asked whether she left") is neither told nor
// denied. The cues are read on the parse: a clause's own marker, or a
// clause above it that has one, so that an event a condition holds at
// any depth ("if you have farmers displaced") is conditional too.

// inCondition reports whether predicate w lies inside a condition: w or
// a clause above it is an if-clause, or w lies in the condition of an
// inverted conditional. A definite noun ("if the merger fails") names
// something already there, which no condition makes hypothetical; a noun
// that only modifies another ("the ban list") is no event of the clause.
func (x *ctx) inCondition(w int) bool {
	d := x.d
	if c := x.invertedCondition(d.Words[w].Sentence); c >= 0 && w < c {
		return true
	}
	if d.Words[w].UPOS == "NOUN" && (x.definite(w) || doc.RelIs(d.Words[w].Rel, "compound")) {
		return x.conditional(w) // only as the predicate of its own clause: "if it is not the first vote"
	}
	for n, steps := w, 0; n >= 0 && steps < 32 && !x.acrossQuote(w, n); n, steps = d.Words[n].Head, steps+1 {
		if x.conditional(n) {
			return true
		}
	}
	return false
}

// conditional reports whether w heads an if-clause: a clause marked "if",
// "unless", "as long as", "provided that" (conditionals) that is no
// embedded question ("asked if he would").
func (x *ctx) conditional(w int) bool {
	d := x.d
	if x.invertedClause(w) {
		return true
	}
	if !doc.RelIs(d.Words[w].Rel, "advcl", "ccomp") {
		return false
	}
	if x.askedIf(w) {
		return false
	}
	if h := d.Words[w].Head; h >= 0 && doc.RelIs(d.Words[w].Rel, "ccomp") {
		if questionVerbs[x.lemma(h)] {
			return false
		}
		if lex.Supposing(d, h) {
			return true // "Suppose the plan fails", "Let's say the mayor resigns"
		}
	}
	for _, m := range d.Dependents(w, "mark") {
		if x.conditionalMark(m) {
			return !x.hedgeIf(w) // "few, if any, checks": no condition
		}
	}
	return false
}

// invertedClause reports an adverbial clause that is a condition by
// inversion, wherever it stands: its auxiliary ("had", "were", "should")
// before its subject and no marker ("it would have been fair had she
// called him", "savers would lose were the bank to fail"); a clause the
// parser set beside its head (parataxis) only when the head has a modal
// of consequence ('it would "have been cool" had she called').
func (x *ctx) invertedClause(w int) bool {
	d := x.d
	rel, h := d.Words[w].Rel, d.Words[w].Head
	if !doc.RelIs(rel, "advcl") && !(doc.RelIs(rel, "parataxis") && h >= 0 && x.consequence(h)) || len(d.Dependents(w, "mark")) > 0 {
		return false
	}
	subj := d.Dependents(w, "nsubj", "nsubj:pass")
	if len(subj) == 0 {
		return false
	}
	for _, a := range d.Dependents(w, "aux", "aux:pass", "cop") {
		if a < subj[0] && inversionAux[strings.ToLower(d.Words[a].Text)] {
			return true
		}
	}
	return false
}

// conditionalMark reports whether marker m, with the words just before
// it, is a conditional conjunction: "if", or the last word of "as long
// as" or "provided that", however the parser hung their first words.
func (x *ctx) conditionalMark(m int) bool {
	d := x.d
	first, _ := d.SentenceWords(d.Words[m].Sentence)
	phrase := lowerLemma(d, m)
	for k := m; ; k-- {
		if conditionals[phrase] {
			return true
		}
		if k-1 < first || m-k >= 2 {
			return false
		}
		phrase = strings.ToLower(d.Words[k-1].Text) + "_" + phrase
	}
}

// hasCondition reports whether predicate w is the main clause of a
// condition: it has an if-clause of its own (or one through "as long
// as", whose "long" the parser may make the head), or it heads the
// consequence of an inverted conditional (the parser hangs it on a word
// of the condition, or makes it the root).
func (x *ctx) hasCondition(w int) bool { return x.conditionOn(w, true) }

// conditionOn is hasCondition; own leaves out an if-clause of w's
// quotation that the parser hung on w, a cue: no condition of saying, but
// one of what is said, which w passes on (passesCondition).
func (x *ctx) conditionOn(w int, own bool) bool {
	d := x.d
	for _, c := range d.Dependents(w, "advcl", "ccomp", "parataxis") {
		if x.conditional(c) && !(own && x.acrossQuote(w, c)) && (!x.invertedClause(c) || x.consequence(w)) && x.laterClause(w, c) < 0 {
			return true
		}
	}
	if x.strayCondition(w) {
		return true // "remarks that, if he won, he would ...": the if-clause the parser hung on "remarks"
	}
	for _, a := range d.Dependents(w, "advmod") {
		for _, c := range d.Dependents(a, "advcl") {
			if x.conditional(c) {
				return true // "will return as long as they pay": "as" "long" modify the verb
			}
		}
	}
	c := x.invertedCondition(d.Words[w].Sentence)
	return c >= 0 && w > c && d.Words[w].Head < c // the top of the consequence; what it governs inherits
}

// consequence reports whether w is told with a modal of consequence ("it
// would have been fair had she called"): an inverted condition the parser
// hung on a verb without one ("has worked to woo voters with promises,
// should she win") conditions a word inside that verb's clause, not the verb.
func (x *ctx) consequence(w int) bool {
	for _, a := range x.d.Dependents(w, "aux") {
		if consequenceModals[strings.ToLower(x.d.Words[a].Text)] {
			return true
		}
	}
	return false
}

// passesCondition reports whether predicate w hands its if-clause to its
// complement: a verb of saying or promising tells the condition of what
// is said or promised ("If elected, she promised to cut taxes": the
// promise was made, the cut is conditional).
func (x *ctx) passesCondition(w int) bool {
	l := x.lemma(w)
	if frameOf[l] != "STATEMENT" && !speechVerbs[l] {
		if _, ok := prospective[l]; !ok {
			return false
		}
	}
	return len(x.d.Dependents(w, "ccomp", "xcomp", "parataxis")) > 0
}

// invertedCondition returns the comma that closes the condition of an
// inverted conditional ("Had the court ruled, the firm would have paid",
// "Were the bank to fail, savers would lose"), -1 when sentence si opens
// with none: an auxiliary of inversion, then its subject, and a modal
// of the consequence after the comma. Questions are no conditions.
func (x *ctx) invertedCondition(si int) int {
	d := x.d
	first, last := d.SentenceWords(si)
	for first < last && d.Words[first].UPOS == "PUNCT" {
		first++
	}
	if first+1 >= last || !inversionAux[strings.ToLower(d.Words[first].Text)] {
		return -1
	}
	switch d.Words[first+1].UPOS {
	case "DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM":
	default:
		return -1 // "Had enough?", "Should be fine"
	}
	comma := -1
	for k := first + 2; k < last; k++ {
		t := d.Words[k].Text
		if strings.Contains(t, "?") {
			return -1
		}
		if t == "," && comma < 0 {
			comma = k
		} else if comma >= 0 && d.Words[k].UPOS == "AUX" && consequenceModals[strings.ToLower(t)] {
			return comma
		}
	}
	return -1
}

// openQuestion reports whether predicate w heads an embedded question:
// a clause marked "whether", or "if" after a verb of asking ("did not say
// whether he resigned", "asked if she would run").
func (x *ctx) openQuestion(w int) bool {
	d := x.d
	if !doc.RelIs(d.Words[w].Rel, "ccomp", "advcl", "csubj", "acl") {
		return false
	}
	for _, m := range d.Dependents(w, "mark") {
		switch lowerLemma(d, m) {
		case "whether":
			return true
		case "if":
			if h := d.Words[w].Head; h >= 0 && doc.RelIs(d.Words[w].Rel, "ccomp") && questionVerbs[x.lemma(h)] || x.askedIf(w) {
				return true
			}
		}
	}
	return false
}

// presupposed returns the question word that opens sentence si, -1 if
// none: the question then takes its event as known; "Why did she
// resign?", "Who won?" ask about an event, not whether it happened.
func (x *ctx) presupposed(si int) int {
	first, last := x.d.SentenceWords(si)
	return openingWh(x.d, first, last)
}

// opensWithWh reports whether the words [first, last) open with a
// question word (openingWh).
func opensWithWh(d *doc.Document, first, last int) bool {
	return openingWh(d, first, last) >= 0
}

// openingWh returns the question word ("why", "who", "which", "whose")
// that opens the words [first, last) after any punctuation, -1 if none.
func openingWh(d *doc.Document, first, last int) int {
	first = firstNonPunct(d, first, last)
	if first >= last {
		return -1
	}
	switch d.Words[first].XPOS {
	case "WRB", "WP", "WDT", "WP$":
		return first
	}
	return -1
}

// askedIf reports an if-clause the parser hung as an adverbial clause on a
// verb of asking that has no clause nor "for" phrase of its own: the
// question asked ("to ask shoppers if prices had risen", "Asked if there
// had been fraud, ..."), no condition of the asking.
func (x *ctx) askedIf(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "advcl") || !askingVerbs[x.lemma(h)] || !hasMark(d, w, "if") {
		return false
	}
	for _, o := range d.Dependents(h, "obl") {
		if caseOf(d, o) == "for" {
			return false // "will ask for help if she needs it": a request on a condition
		}
	}
	return len(d.Dependents(h, "ccomp", "xcomp")) == 0
}

// firstNonPunct is the first word of [first, last) that is no punctuation,
// last when there is none.
func firstNonPunct(d *doc.Document, first, last int) int {
	for first < last && d.Words[first].UPOS == "PUNCT" {
		first++
	}
	return first
}
