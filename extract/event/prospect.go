package event

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Where a clause's time and certainty come from its construction, not from
// a modal of its own: the planned "was to arrive", a noun set ahead by
// "upcoming", a present-tense clause of time under a main clause to come,
// an aim ("made winning a priority"), a clause that "it is possible that"
// hedges; and the date an event carries, which puts it in the past
// whatever purpose or plan frames it.

var (
	futureModifiers   = lex.Words("event/futureModifiers")
	relativeModifiers = lex.Words("event/relativeModifiers")
	futureClauseMarks = lex.Words("event/futureClauseMarks")
	goalNouns         = lex.Words("event/goalNouns")
	likelihoods       = lex.Table("event/likelihood")
)

// beTo reports the "be to" of a plan or an arrangement: a finite "be"
// before the infinitive marker of w ("was to arrive on Monday", "is to
// visit Paris"). "is to blame" tells who is at fault, nothing to come;
// "this is to say" what is meant; "was only to mock him" what a deed was
// for.
func (x *ctx) beTo(w int) bool {
	d := x.d
	if l := x.lemma(w); l == "blame" || l == "say" {
		return false
	}
	for _, a := range d.Dependents(w, "advmod") {
		switch x.lemma(a) {
		case "only", "just", "merely", "simply", "solely":
			return false
		}
	}
	for _, m := range d.Dependents(w, "mark") {
		if !strings.EqualFold(d.Words[m].Text, "to") {
			continue
		}
		for _, a := range d.Dependents(w, "aux", "cop") {
			if a < m && finiteBe(d, a) {
				return true
			}
		}
	}
	return false
}

// finiteBe reports whether word a is a finite form of "be".
func finiteBe(d *doc.Document, a int) bool {
	switch strings.ToLower(d.Words[a].Text) {
	case "is", "are", "am", "was", "were", "'s", "’s", "'re", "’re":
		return true
	}
	return false
}

// futureModifier reports an event noun set ahead by its adjective ("the
// upcoming election", "an impending strike").
func (x *ctx) futureModifier(w int) bool {
	if x.d.Words[w].UPOS != "NOUN" {
		return false
	}
	for _, m := range x.d.Dependents(w, "amod") {
		if m < w && futureModifiers[x.lemma(m)] {
			return !relativeModifiers[x.lemma(m)] || !x.pastClause(w)
		}
	}
	return false
}

// pastClause reports whether the verb of the clause that holds noun w
// is told in the past ("did not follow it in his next comment").
func (x *ctx) pastClause(w int) bool {
	d := x.d
	for n, steps := d.Words[w].Head, 0; n >= 0 && steps < 8; n, steps = d.Words[n].Head, steps+1 {
		if d.Words[n].UPOS == "VERB" || d.Words[n].UPOS == "AUX" || len(d.Dependents(n, "cop")) > 0 {
			return x.pastTense(n)
		}
	}
	return false
}

// futureClause reports whether w heads a present-tense clause of time or
// place ("when she lands", "everywhere he goes") under governor h told as
// to come: English tells such a clause in the present, at the time of its
// main clause.
func (x *ctx) futureClause(w, h int, memo map[int]*doc.Factuality) bool {
	d := x.d
	if !doc.RelIs(d.Words[w].Rel, "advcl", "parataxis", "acl") || doc.RelIs(d.Words[w].Rel, "acl:relcl") || !x.presentTense(w) {
		return false
	}
	marked := false
	for _, m := range d.Dependents(w, "mark", "advmod") {
		marked = marked || m < w && futureClauseMarks[strings.ToLower(d.Words[m].Text)]
	}
	if !marked {
		return false
	}
	for steps := 0; steps < 4 && h >= 0 && nominal(d.Words[h].UPOS) && !x.eventNoun(h); steps++ {
		h = d.Words[h].Head // "complete it in Greene County, hours before the caucuses begin": the clause the parser hung on a noun
	}
	return h >= 0 && x.factuality(h, "", memo).Time == future
}

// presentTense reports a finite verb in the simple present without a
// modal: "goes", "lands", "is held"; not the perfect, which may tell what
// is done already ("where the campaign has found voters").
func (x *ctx) presentTense(w int) bool {
	d := x.d
	for _, a := range d.Dependents(w, "aux", "aux:pass", "cop") {
		if _, modal := modalKind(d, a); modal {
			return false
		}
		switch strings.ToLower(d.Words[a].Text) {
		case "is", "are", "am", "'s", "’s", "'re", "’re", "does", "do":
			return true
		}
		return false
	}
	return d.Words[w].XPOS == "VBZ" || d.Words[w].XPOS == "VBP"
}

// goal reports whether gerund or event noun w is named an aim: the subject
// of a goal noun ("winning the seat is the goal"), or a complement beside
// one ("made cutting taxes a priority", "listed reform as an objective",
// and the parse that hangs the goal noun on the gerund itself).
func (x *ctx) goal(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[w].XPOS != "VBG" && d.Words[w].UPOS != "NOUN" {
		return false
	}
	if goalNouns[x.lemma(h)] && doc.RelIs(d.Words[w].Rel, "nsubj", "csubj") {
		return true
	}
	if !doc.RelIs(d.Words[w].Rel, "obj", "xcomp") {
		return false
	}
	for _, c := range append(d.Dependents(h, "obj", "xcomp", "obl"), d.Dependents(w, "obj", "xcomp")...) {
		if c != w && c > w && goalNouns[x.lemma(c)] && (!doc.RelIs(d.Words[c].Rel, "obl") || hasCase(d, c, "as")) {
			return true
		}
	}
	return false
}

// likelihood applies to f what an adjective of likelihood h says of the
// clause w it takes as subject or complement ("it is possible that they
// gained access": possible; "it was unlikely that voters would choose":
// probably not), and reports whether h is one.
func (x *ctx) likelihood(w, h int, f *doc.Factuality) bool {
	d := x.d
	if !doc.RelIs(d.Words[w].Rel, "csubj", "ccomp") || d.Words[h].UPOS != "ADJ" {
		return false
	}
	c, ok := likelihoods[x.lemma(h)]
	if !ok {
		return false
	}
	raise(&f.Certainty, c)
	if negative[x.lemma(h)] {
		f.Polarity = neg
	}
	return true
}

// datedPast reports whether purpose clause w carries a date written with
// a year before the article's ("shut it down to perform an exorcism in
// late 2014" in a 2016 article): what was done for it was done then,
// unless a modal of its own tells otherwise. A plan's or a demand's
// complement keeps its time ("were prepared to move forward in 2003",
// "demanded a referendum to secede in 1988": planned or asked for then,
// maybe never done).
func (x *ctx) datedPast(w, timex int) bool {
	d := x.d
	if timex < 0 || d.Date.IsZero() || !doc.RelIs(d.Words[w].Rel, "advcl") || !infinitive(d, w) {
		return false
	}
	if h := d.Words[w].Head; h < 0 || hasProspect(x.lemma(h)) {
		return false
	}
	t := d.Timexes[timex]
	if len(t.Value) < 4 {
		return false
	}
	y, err := strconv.Atoi(t.Value[:4])
	if err != nil || y >= d.Date.Year() || !strings.Contains(t.Text, t.Value[:4]) {
		return false
	}
	for _, a := range d.Dependents(w, "aux") {
		if _, modal := modalKind(d, a); modal {
			return false
		}
	}
	return true
}

// hasProspect reports whether lemma l looks ahead to its complement
// (prospective: "plan", "demand", "prepare").
func hasProspect(l string) bool {
	_, ok := prospective[l]
	return ok
}

// comingBefore reports whether event noun w is one that what its clause
// tells comes before ("before", "until", "ahead of" the noun, or of its
// start: lex event/beforePreps) while that is still to come or going on
// now: then w is to come ("will campaign before the primary", "is meeting
// donors ahead of the vote", "hours before the start of the debate" said
// in the present). A present that tells a habit ("always meets donors
// before a vote") and a noun dated by itself are left alone.
func (x *ctx) comingBefore(w int, memo map[int]*doc.Factuality) bool {
	d := x.d
	n, h := w, d.Words[w].Head
	if h >= 0 && doc.RelIs(d.Words[w].Rel, "nmod") && caseOf(d, w) == "of" && d.Words[h].UPOS == "NOUN" && aspectual[x.lemma(h)] {
		n, h = h, d.Words[h].Head // "before the start of the debate"
	}
	if h < 0 || !doc.RelIs(d.Words[n].Rel, "obl") || x.dated(w) || x.dated(n) {
		return false
	}
	switch c := caseOf(d, n); {
	case beforePreps[c]:
	case c == "of" && beforePreps[strings.ToLower(d.Words[h].Text)] && d.Words[h].UPOS == "ADV" && d.Words[h].Head >= 0:
		h = d.Words[h].Head // "ahead of the vote", the adverb hung on the verb
	default:
		return false
	}
	if d.Words[h].UPOS != "VERB" {
		return false
	}
	if x.factuality(h, "", memo).Time == future {
		return true
	}
	return x.definite(n) && x.presentTense(h) && !x.habitual(h)
}
