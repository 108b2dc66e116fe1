package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// Factuality says whether the text tells an event as having happened, in
// MEANTIME's attributes (doc.Factuality). The cues are the predicate's
// own (negation, modal auxiliaries, hedging adverbs, an if-clause, a
// question, a date after the article's) and its governor's: the
// complement of "plans to", "is expected to", "failed to", "denied
// that", the object of "prevented", the subject of "will" take the
// governor's sense; a conjunct without its own auxiliary shares its
// head's.

var (
	modals              = lex.Table("event/modals")
	modalKinds          = lex.Table("event/modalKinds")
	prospective         = lex.Table("event/prospective")
	implicative         = lex.Words("event/implicative")
	emotive             = lex.Words("event/emotive")
	resultVerbs         = lex.Words("event/resultVerbs")
	negInfinitive       = lex.Words("event/negativeInfinitive")
	negative            = lex.Words("event/negative")
	hedges              = lex.Table("event/hedges")
	conditionals        = lex.Words("event/conditionals")
	questionVerbs       = lex.Words("event/questionVerbs")
	askingVerbs         = lex.Words("event/askingVerbs")
	motionVerbs         = lex.Words("event/motionVerbs")
	instrumentVerbs     = lex.Words("event/instrumentVerbs")
	rankWords           = lex.Words("event/rankWords")
	pastModifiers       = lex.Words("event/pastModifiers")
	counterfactual      = lex.Words("event/counterfactual")
	habitualAdverbs     = lex.Words("event/habitualAdverbs")
	sureAdverbs         = lex.Words("event/sureAdverbs")
	negRaising          = lex.Words("event/negRaising")
	inversionAux        = lex.Words("event/inversionAux")
	consequenceModals   = lex.Words("event/consequenceModals")
	timePreps           = lex.Words("event/timePreps")
	aimPreps            = lex.Words("event/aimPreps")
	factiveVerbs        = lex.Words("event/factiveVerbs")
	announceVerbs       = lex.Words("event/announceVerbs")
	announcedNow        = lex.Words("event/announcedNow")
	preventFrom         = lex.Words("event/preventFrom")
	supportParticles    = lex.Words("event/supportParticles")
	irresistible        = lex.Words("event/irresistible")
	beforePreps         = lex.Words("event/beforePreps")
	habitualDeterminers = lex.Words("event/habitualDeterminers")
	habitualMarks       = lex.Words("event/habitualMarks")
	hortative           = lex.Words("event/hortative")
	hortativeObjects    = lex.Words("event/hortativeObjects")
	// speechVerbs say or think what their clause holds, sayVerbs say it,
	// showVerbs show it ("polls show her leading"), urgeVerbs urge their
	// object to do it ("urged voters to unite"), requestVerbs ask for what
	// their "for" phrase names: the quote stage's cues by kind (quote.txt).
	cueKind                                                   = cueKinds()
	sayVerbs, showVerbs, urgeVerbs, requestVerbs, speechVerbs = cueKind["say"], cueKind["show"], cueKind["urge"], cueKind["for"], cueKind["speech"]
)

// cueKinds reads the cues of reported speech by the kinds of content they
// take ("say", "think", "show", "urge", "for", ...); "speech" holds the
// cues of a clause said or thought. It copies the outer map: lex's is
// shared with the other stages.
func cueKinds() map[string]map[string]bool {
	kinds := map[string]map[string]bool{}
	for k, lemmas := range lex.CueKinds() {
		kinds[k] = lemmas
	}
	for _, k := range []string{"speech", "say", "show", "urge", "for"} {
		if kinds[k] == nil {
			kinds[k] = map[string]bool{}
		}
	}
	for _, k := range []string{"say", "think"} {
		for lemma := range kinds[k] {
			kinds["speech"][lemma] = true
		}
	}
	return kinds
}

const (
	neg      = "NEG"
	future   = "FUTURE"
	certain  = "CERTAIN"
	probable = "PROBABLE"
	possible = "POSSIBLE"
	unknown  = "UNDERSPECIFIED"
)

// factuality returns the factuality of predicate w (a verb or an event
// noun) dated value ("" when undated); memo holds what is known of the
// words of its sentence, so that governors are read once.
func (x *ctx) factuality(w int, value string, memo map[int]*doc.Factuality) doc.Factuality {
	if f, ok := memo[w]; ok {
		if f == nil {
			return doc.Factuality{} // a cycle in a broken tree: nothing to inherit
		}
		return *f
	}
	memo[w] = nil
	f := x.ownFactuality(w, value)
	x.governed(w, &f, memo)
	if x.goal(w) || x.proposed(w) {
		f.Time = future // "made cutting taxes a priority", "let's cut taxes": an aim, not yet done
	}
	if f.Time == future && x.doneOnPastDate(w) {
		f.Time = "" // "struggled to answer the question on Sunday": answered, before the article
	}
	x.markGeneric(w, &f)
	memo[w] = &f
	return f
}

// ownFactuality reads the cues on predicate w itself.
func (x *ctx) ownFactuality(w int, value string) doc.Factuality {
	d := x.d
	f := doc.Factuality{Source: -1}
	if (d.Negated(w) || x.negativeSubject(w) || x.negativeObject(w) || x.noLonger(w)) && !x.notOnly(w) {
		f.Polarity = neg
	}
	perfect := x.perfect(w)
	for _, a := range d.Dependents(w, "aux") {
		if x.acrossQuote(w, a) {
			continue // `"... will be," he said`: the quotation's "will", hung on its cue
		}
		kind, ok := modalKind(d, a)
		if !ok {
			continue
		}
		cert, tense, _ := strings.Cut(modalKinds[kind], " ")
		switch {
		case perfect && counterfactual[strings.ToLower(d.Words[a].Text)] && !x.inCondition(w) && !x.hasCondition(w):
			f.Polarity = neg // "should have been prevented", "could have won": surely did not happen
		case perfect && x.sure(w):
			raise(&f.Certainty, cert) // "she certainly would have been hacked (had she ...)"
		case perfect:
			raise(&f.Certainty, cert)
			raise(&f.Certainty, possible) // "may have won", "would have won if ...": maybe, or only if
		case kind == "ability" && f.Polarity == neg:
			// "can't afford it": not able, so not done; no possibility, no plan
		case tense == future && (x.habitual(w) || x.repeatedWould(w, a)):
			raise(&f.Certainty, cert) // "will often approve": what is done, again and again
		default:
			raise(&f.Certainty, cert)
			f.Time = tense
		}
	}
	for _, a := range d.Dependents(w, "advmod") {
		if c, ok := hedges[lowerLemma(d, a)]; ok {
			raise(&f.Certainty, c)
		}
	}
	if c, ok := x.prospectiveModifier(w); ok {
		f.Time = future // "the planned merger", "a proposed ban": to come
		raise(&f.Certainty, c)
	}
	if x.beTo(w) || x.futureModifier(w) || x.scheduled(w) {
		f.Time = future // "was to arrive on Monday", "the upcoming election", "the vote, scheduled for May": arranged, to come
	}
	if value != "" && after(value, d) && !x.pastTense(w) {
		f.Time = future // a past tense says it happened: the date is misread, not the event to come
	}
	if x.inCondition(w) {
		f.SpecialCases = "COND_IF_CLAUSE"
	} else if x.hasCondition(w) && !x.passesCondition(w) {
		// "If they win," she said, "...": the condition is said, not a condition of saying
		f.SpecialCases = "COND_MAIN_CLAUSE"
	}
	if x.question(w) && !x.askedAbout(w) || x.openQuestion(w) {
		raise(&f.Certainty, unknown) // "Will she run?", "asked whether she would run"; not "Why did she run?"
	}
	if x.imperative(w) {
		f.Time = future // "Defeat them in Syria": asked for, not done
	}
	if x.headlineInfinitive(w) {
		f.Time = future // a headline's "Airline to be compensated", "Agency To Expand Program": to come
	}
	return f
}

// askedAbout reports whether the question of main predicate w takes w as
// known: a question word opens it and w is told in the past ("Why did she
// resign?", "Who won?"), or it asks why w is so in the present without a
// modal ("Why does the city refuse to fix it?"; not "Why would she resign?",
// nor "Who wins?", which may ask what is to come).
func (x *ctx) askedAbout(w int) bool {
	d := x.d
	wh := x.presupposed(d.Words[w].Sentence)
	if wh < 0 {
		return false
	}
	if x.pastTense(w) {
		return true
	}
	if !strings.EqualFold(d.Words[wh].Text, "why") || len(d.Subjects(w)) == 0 {
		return false // "Why not debate in New York?": a proposal
	}
	for _, a := range d.Dependents(w, "aux") {
		if _, ok := modalKind(d, a); ok {
			return false
		}
	}
	return true
}

// prospectiveModifier reports whether event noun w is modified by a
// participle that puts it ahead (prospectiveModifiers: "the planned
// merger", "the expected strike"), with the certainty the participle's
// verb gives.
func (x *ctx) prospectiveModifier(w int) (string, bool) {
	d := x.d
	if d.Words[w].UPOS != "NOUN" {
		return "", false
	}
	for _, a := range d.Dependents(w, "amod") {
		if a < w && d.Words[a].XPOS == "VBN" && prospectiveModifiers[x.lemma(a)] {
			return prospective[x.lemma(a)], true
		}
	}
	return "", false
}

// headlineInfinitive reports the "X to do Y" of a headline: an
// infinitive heads the sentence with its subject, no verb before the "to"
// and no finite verb anywhere ("Verizon to buy Yahoo"; not "his goal was
// to win").
func (x *ctx) headlineInfinitive(w int) bool {
	d := x.d
	if d.Words[w].Head >= 0 || len(d.Dependents(w, "nsubj", "nsubj:pass")) == 0 {
		return false
	}
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for k := first; k < last; k++ {
		switch d.Words[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false // a finite verb: no headline, the parser made the infinitive the root
		}
	}
	for _, m := range d.Dependents(w, "mark") {
		if !strings.EqualFold(d.Words[m].Text, "to") {
			continue
		}
		for _, a := range d.Dependents(w, "aux", "aux:pass", "cop", "advmod") {
			if a < m {
				return false // "was to arrive", "is partly to blame"
			}
		}
		return true
	}
	return false
}

// pastTense reports a verb told in the past: a past form or a past
// auxiliary ("came", "had come", "was signed", "did not come").
func (x *ctx) pastTense(w int) bool {
	d := x.d
	if d.Words[w].XPOS == "VBD" {
		return true
	}
	for _, a := range d.Dependents(w, "aux", "aux:pass") {
		switch strings.ToLower(d.Words[a].Text) {
		case "had", "was", "were", "did", "'d":
			return true
		}
	}
	return false
}

// sure reports whether predicate w has an adverb of certainty
// ("certainly", "surely").
func (x *ctx) sure(w int) bool {
	for _, a := range x.d.Dependents(w, "advmod") {
		if sureAdverbs[lowerLemma(x.d, a)] {
			return true
		}
	}
	return false
}

// habitual reports whether predicate w has an adverb of frequency
// ("will often approve", "would regularly visit").
func (x *ctx) habitual(w int) bool {
	for _, a := range x.d.Dependents(w, "advmod") {
		if habitualAdverbs[lowerLemma(x.d, a)] {
			return true
		}
	}
	return false
}

// repeatedWould reports whether auxiliary a of w is a "would" of what was
// done again and again: a time phrase with "every" or "each" or a
// "whenever" clause on w says so ("Every morning he would walk to the
// harbor", "Whenever she lost, she would demand a recount"); "will" with
// them still looks ahead ("every week she will visit").
func (x *ctx) repeatedWould(w, a int) bool {
	d := x.d
	if l := strings.ToLower(d.Words[a].Text); l != "would" && l != "'d" && l != "’d" {
		return false
	}
	for _, o := range d.Dependents(w, "obl", "obl:tmod", "obl:unmarked", "obl:npmod") {
		if len(d.Dependents(o, "case")) > 0 {
			continue // "would talk to every voter": whom, not how often
		}
		for _, c := range d.Dependents(o, "det") {
			if habitualDeterminers[strings.ToLower(d.Words[c].Text)] {
				return true
			}
		}
	}
	for _, c := range d.Dependents(w, "advcl", "advmod") {
		if habitualMarks[strings.ToLower(d.Words[c].Text)] {
			return true // the parser may hang "whenever" on the main verb, its clause on the word
		}
		for _, m := range d.Dependents(c, "mark", "advmod") {
			if habitualMarks[strings.ToLower(d.Words[m].Text)] {
				return true
			}
		}
	}
	return false
}

// negativeSubject reports a subject that denies the event: "nobody",
// "nothing", "none", or a noun phrase with "no" ("no one had come", "no
// charges were filed"). "Not everyone agreed" is left alone: some did.
func (x *ctx) negativeSubject(w int) bool {
	for _, s := range x.d.Dependents(w, "nsubj", "nsubj:pass") {
		if x.denies(s, false) {
			return true
		}
	}
	return false
}

// negativeObject reports a verb whose object denies it: "has paid nothing",
// "committed no crime", "respects no one" tell that it was not done. A
// verb negated already ("did not do nothing") is left to its negation.
func (x *ctx) negativeObject(w int) bool {
	d := x.d
	if d.Words[w].UPOS != "VERB" || d.Negated(w) {
		return false
	}
	for _, o := range d.Dependents(w, "obj") {
		if d.Words[o].UPOS != "PROPN" && !x.finiteModifier(o) && x.denies(o, true) {
			return true
		}
	}
	return false
}

// finiteModifier reports a noun with a finite verb hung on it: the subject
// of a clause the parser took for an object ("a review shows no one
// released the file": nothing denies the showing).
func (x *ctx) finiteModifier(n int) bool {
	for _, c := range x.d.Dependents(n, "acl") {
		switch x.d.Words[c].XPOS {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// denies reports whether nominal n is "nobody", "nothing", "none" or a
// noun phrase with "no" (as an object only in small letters); not a bound on an amount ("nothing more than
// yelling", "no fewer than ten", "nothing but praise": some there was).
func (x *ctx) denies(n int, object bool) bool {
	d := x.d
	neg := false
	switch strings.ToLower(d.Words[n].Text) {
	case "nobody", "nothing", "none", "noone", "no-one":
		neg = true
	}
	for _, c := range d.Dependents(n, "det") {
		if d.Words[c].Text == "no" || !object && strings.EqualFold(d.Words[c].Text, "no") {
			neg, n = true, c // an object's "No" is a name's: "to dump No Child Left Behind"
		}
	}
	if !neg || n+1 >= len(d.Words) {
		return neg
	}
	switch strings.ToLower(d.Words[n+1].Text) {
	case "more", "less", "fewer", "but", "short":
		return false
	}
	return true
}

// noLonger reports "no longer" (or "not any longer") on w: what went on
// has stopped ("can no longer count on him").
func (x *ctx) noLonger(w int) bool {
	d := x.d
	for _, a := range d.Dependents(w, "advmod") {
		if l := strings.ToLower(d.Words[a].Text); l == "longer" && a > 0 {
			if p := strings.ToLower(d.Words[a-1].Text); p == "no" || p == "any" && d.Negated(w) {
				return true
			}
		}
	}
	return false
}

// imperative reports whether w is a command: the bare verb of a main
// clause without subject or auxiliary.
func (x *ctx) imperative(w int) bool {
	d := x.d
	if d.Words[w].XPOS != "VB" || len(d.Dependents(w, "nsubj:pass", "aux", "aux:pass", "mark")) > 0 {
		return false
	}
	for _, s := range d.Dependents(w, "nsubj") {
		if !x.listMarker(s) {
			return false
		}
	}
	if h := d.Words[w].Head; h >= 0 {
		return doc.RelIs(d.Words[w].Rel, "conj") && x.imperative(h) ||
			doc.RelIs(d.Words[w].Rel, "parataxis") && x.listMarker(h) && d.Words[h].Head < 0
	}
	return true
}

// listMarker reports whether w is the numeral that opens an item of a
// list ("One, defeat them. Two, ..."), which a parser may take for a
// subject or a root.
func (x *ctx) listMarker(w int) bool {
	d := x.d
	return d.Words[w].UPOS == "NUM" && w+1 < len(d.Words) && d.Words[w+1].Text == ","
}

// notOnly reports "not only": a negation that adds, not denies ("will not
// only cover the race but...").
func (x *ctx) notOnly(w int) bool {
	for _, c := range x.d.Dependents(w, "advmod") {
		if strings.EqualFold(x.d.Words[c].Text, "not") && c+1 < len(x.d.Words) && strings.EqualFold(x.d.Words[c+1].Text, "only") {
			return true
		}
	}
	return false
}

// raise sets certainty c to v when v is less certain.
func raise(c *string, v string) {
	rank := func(s string) int {
		switch s {
		case probable:
			return 1
		case possible:
			return 2
		case unknown:
			return 3
		}
		return 0
	}
	if rank(v) > rank(*c) {
		*c = v
	}
}

// after reports whether dated value v lies after the article's date at
// the precision v states ("2016-06" after 2016-05-24).
func after(v string, d *doc.Document) bool {
	if monday, ok := value.WeekStart(v); ok && !d.Date.IsZero() {
		return monday.Format("2006-01-02") > d.Date.Format("2006-01-02") // "ahead of next week's vote": a week that begins after the article
	}
	if d.Date.IsZero() || len(v) < 4 || strings.Trim(v, "0123456789-") != "" {
		return false // seasons, quarters ("2016-Q3") are not compared as text
	}
	dct := d.Date.Format("2006-01-02")
	if len(v) < len(dct) {
		dct = dct[:len(v)]
	}
	return v > dct
}

// question reports whether w is the main predicate of a sentence that
// ends with a question mark, or the verb of a question quoted or set after
// a colon at its end, which leaves the main predicate told.
func (x *ctx) question(w int) bool {
	d := x.d
	h := w
	if d.Words[w].Head >= 0 && !(doc.RelIs(d.Words[w].Rel, "conj") && d.Words[d.Words[w].Head].Head < 0) {
		if !doc.RelIs(d.Words[w].Rel, "ccomp", "parataxis") {
			return false
		}
		h = d.Words[w].Head // `asked, "Will she run?"`: the quoted question's own verb
	}
	_, last := d.SentenceWords(d.Words[w].Sentence)
	for k := last - 1; k >= 0 && d.Words[k].UPOS == "PUNCT"; k-- {
		if strings.Contains(d.Words[k].Text, "?") {
			o := x.questionOpens(h, k)
			if h == w {
				return o < 0
			}
			return o >= 0 && o < w
		}
	}
	return false
}

// questionOpens returns where a question that the question mark at q
// closes opens after main verb h: a colon ("has brought him to a choice:
// what does he want?") or a quotation mark opened after h and not closed
// (`asked, "Will she run?"`); -1 when the question is h's own clause's
// (`did he call it "a joke"?`).
func (x *ctx) questionOpens(h, q int) int {
	open, colon := []int{}, -1
	for k := h + 1; k < q; k++ {
		switch x.d.Words[k].Text {
		case ":":
			colon = k
		case "\"", "``", "''":
			if len(open) > 0 && x.d.Words[open[len(open)-1]].Text != "“" {
				open = open[:len(open)-1]
			} else {
				open = append(open, k)
			}
		case "“":
			open = append(open, k)
		case "”":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
	if len(open) > 0 {
		return open[0]
	}
	return colon
}
