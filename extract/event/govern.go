package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// governed applies to f what the governor of predicate w says of it.
func (x *ctx) governed(w int, f *doc.Factuality, memo map[int]*doc.Factuality) {
	d := x.d
	h := d.Words[w].Head
	if c := x.nearerConjunct(w); c >= 0 {
		h = c // the clause the parser should have hung w on
	}
	if h < 0 || x.acrossQuote(w, h) {
		return // a cue hung on a word of its quotation tells it, whatever the quotation's mood
	}
	hl, rel := x.lemma(h), d.Words[w].Rel
	cert, prosp := prospective[hl]
	if doc.RelIs(rel, "ccomp", "xcomp", "parataxis") && x.passesCondition(h) && x.conditionOn(h, false) && f.SpecialCases == "" {
		f.SpecialCases = "COND_MAIN_CLAUSE" // "If elected, she promised to cut taxes": the cut is what the condition brings
	}
	switch {
	case doc.RelIs(rel, "csubj", "advcl") && d.Words[h].UPOS == "ADJ" && negative[hl] && infinitive(d, w):
		f.Polarity = neg // "were insufficient to address it", however the parser hangs the infinitive
	case (doc.RelIs(rel, "xcomp") || doc.RelIs(rel, "advcl") && infinitive(d, w)) && d.Words[h].UPOS == "ADJ" && x.tooMuch(h):
		f.Polarity = neg // "too late to stop it": it was not stopped, however the parser hangs the infinitive
	case doc.RelIs(rel, "ccomp") && questionVerbs[hl] && x.whClause(w):
		// "asked her why the agency had blamed the storm": what a question word asks about is
		// taken as known, no request nor guess
	case x.deontic(w, h, f):
		// "it is important that women make these decisions", "doubts that it works"
	case doc.RelIs(rel, "xcomp") && x.couldNotHelp(w, h):
		if g := x.factuality(h, "", memo); f.SpecialCases == "" {
			f.SpecialCases = g.SpecialCases // "couldn't help laughing": she laughed, under its condition if any
		}
	case doc.RelIs(rel, "xcomp"):
		switch {
		case negative[hl]:
			f.Polarity = neg // "failed to win", "declined to comment", "is unlikely to pass"
			if prosp {
				raise(&f.Certainty, cert)
			}
		case d.Words[w].UPOS == "NOUN":
			inherit(f, x.factuality(h, "", memo)) // "called it a great meeting": a name for what was, no call for one
		case implicative[hl] || x.emotive(h) || !infinitive(d, w) && !prosp || claimVerbs[hl]:
			inherit(f, x.factuality(h, "", memo)) // "continued to sell", "stopped selling", "used to work"
			if c, ok := hedges[hl]; ok {
				raise(&f.Certainty, c) // "seemed to win": so it looks
			}
		default:
			if !x.pastModal(h) && !x.perfectInfinitive(w) {
				f.Time = future // "plans to sell", "is expected to win"; not "might have been able to stop"
			}
			raise(&f.Certainty, cert)
			inherit(f, x.factuality(h, "", memo))
		}
	case x.preventedFrom(w) >= 0:
		x.notDone(f, x.factuality(x.preventedFrom(w), "", memo))
	case doc.RelIs(rel, "advcl") && infinitive(d, w) && negInfinitive[hl] && len(d.Dependents(h, "obj", "xcomp", "ccomp")) == 0:
		f.Polarity = neg // "refused, once again, to approve it": the complement the parser hung as a purpose
	case doc.RelIs(rel, "acl") && infinitive(d, w) && x.lemma(h) == "nothing" && doc.RelIs(d.Words[h].Rel, "obj"):
		f.Polarity = neg // "has done nothing to reduce it": it was not reduced
		inherit(f, x.factuality(d.Words[h].Head, "", memo))
	case doc.RelIs(rel, "advcl") && infinitive(d, w) && (motionVerbs[hl] || instrumentVerbs[hl]):
		inherit(f, x.factuality(h, "", memo)) // "flew to Rome to meet him", "used a gun to kill them": the report tells the deed
	case doc.RelIs(rel, "advcl") && (infinitive(d, w) || prosp && x.aimMark(w)) && !x.perfectInfinitive(w):
		f.Time = future // "cut prices to win customers", "committed them to reducing", "aimed at improving": the aim, not yet the outcome
	case doc.RelIs(rel, "advcl") && x.aimMark(w) && x.nounAim(h, w):
		f.Time = future // "announced steps to closing the lab", the aim of the steps hung on the verb
	case doc.RelIs(rel, "advcl") && (hasMark(d, w, "without") || hasCase(d, w, "without")):
		f.Polarity = neg
	case x.futureClause(w, h, memo):
		f.Time = future // "will cover him everywhere he goes": the present of a clause of time takes its main clause's
	case x.bareParticiple(w, rel) && willFuture[d.Modal(h)]:
		f.Time = future // "will tour the state, stopping in six towns": the stops are to come too
	case x.likelihood(w, h, f):
		// "it is possible that they gained access", "it was unlikely that voters would choose"
	case doc.RelIs(rel, "ccomp") && negative[hl]:
		f.Polarity = neg // "denied that he met"
	case doc.RelIs(rel, "ccomp") && negRaising[hl] && d.Negated(h) && !x.incredulous(h):
		f.Polarity = neg // "does not think that she won": thinks she did not
	case (doc.RelIs(rel, "ccomp") || doc.RelIs(rel, "advcl") && hasMark(d, w, "that")) && prosp:
		raise(&f.Certainty, cert)                                // "hopes that they win"
		raise(&f.Certainty, x.factuality(h, "", memo).Certainty) // "may pledge that they would roll it back": no surer than the pledge
	case doc.RelIs(rel, "acl") && hasMark(d, w, "to") && negative[hl]:
		f.Polarity = neg // "his refusal to pay", "their failure to act"
	case doc.RelIs(rel, "acl") && infinitive(d, w) && doc.RelIs(d.Words[h].Rel, "obj") && d.Words[h].Head >= 0 &&
		(instrumentVerbs[x.lemma(d.Words[h].Head)] || implicative[x.lemma(d.Words[h].Head)] && x.canAct(h) &&
			len(d.Dependents(d.Words[h].Head, "expl")) == 0):
		// "used that fact to bludgeon them", "prompted the mayor to resign": the parser hung the
		// complement on the object; not "started a campaign to elect him" nor "made it their
		// mission to win", whose aim is to come
		inherit(f, x.factuality(d.Words[h].Head, "", memo))
	case doc.RelIs(rel, "acl") && hasMark(d, w, "to") && !x.ranked(h) && !x.perfectInfinitive(w):
		f.Time = future // "a plan to expand", "an effort to evade", "steps to treating them"
		raise(&f.Certainty, cert)
	case doc.RelIs(rel, "conj") && len(d.Dependents(w, "nsubj", "aux")) == 0 && !x.ownTense(w, h):
		g := x.factuality(h, "", memo) // "will cut jobs and close plants"
		if coordinatedBy(d, w, "but") || len(d.Dependents(w, "obj")) > 0 && x.negativeObject(h) && !d.Negated(h) {
			// "would not cut jobs but close plants": the contrast turns the denial, not the mood;
			// "made no offer or raised the price": the denying object is the first verb's own
			g.Polarity = ""
		}
		inherit(f, g)
	case x.eventNoun(w) && !x.pastNoun(w):
		x.nounGoverned(w, h, f, memo)
	}
}

// nounGoverned applies to event noun w what its governor h says of it:
// the object of "plans", "prevented", the subject of "will", the topic of
// "fears of", "hopes for".
func (x *ctx) nounGoverned(w, h int, f *doc.Factuality, memo map[int]*doc.Factuality) {
	d := x.d
	n := w
	if doc.RelIs(d.Words[w].Rel, "nmod") && caseOf(d, w) == "of" && notThings[x.lemma(h)] && caseOf(d, h) == "" && d.Words[h].Head >= 0 {
		n, h = h, d.Words[h].Head // "the sorts of crises", "expect this kind of growth": the crises are what the clause has
	}
	hl, rel := x.lemma(h), d.Words[n].Rel
	cert, prosp := prospective[hl]
	switch {
	case doc.RelIs(rel, "obj", "nsubj:pass", "obl") && negative[hl] && d.Words[h].UPOS == "VERB":
		if x.factuality(h, "", memo).Polarity != neg {
			f.Polarity = neg // "prevented a collapse"; "failed to prevent the killings": they happened
		}
	case x.broughtAbout(n, h) && x.factuality(h, "", memo).Polarity == neg:
		f.Polarity = neg // "did not result in job losses", "held no talks"
	case doc.RelIs(rel, "obj", "nsubj:pass", "nmod") && prosp && hl != "call":
		f.Time = future // "plans a summit", "the hearing was scheduled", "fears of a recession"
		raise(&f.Certainty, cert)
	case doc.RelIs(rel, "obl") && requestVerbs[hl] && hasCase(d, w, "for"):
		f.Time = future // "called for a ban", "pushed for an inquiry": asked for, not had
		raise(&f.Certainty, possible)
	case x.comingBefore(w, memo) || x.measuredBefore(w, memo):
		f.Time = future // "is meeting donors ahead of the vote", "wants to publish it before the election", "weeks before the vote"
	case doc.RelIs(rel, "obl") && d.Words[h].UPOS == "VERB" && caseOf(d, w) == "at" && !x.dated(w):
		if g := x.factuality(h, "", memo); g.Time == future && g.Certainty == "" && g.Polarity == "" {
			f.Time = future // "will choose the nominee at the convention": the occasion of what is to come, to come too
		}
	case doc.RelIs(rel, "obl") && d.Words[h].UPOS == "VERB" && !x.definite(w) && x.timeCase(w) && !x.dated(w):
		if g := x.factuality(h, "", memo); g.Time == future {
			f.Time = future // "will not give up even after a ruling": the ruling is to come
		}
	case doc.RelIs(rel, "obj") && announceVerbs[hl] && !x.definite(w) && !implicitTheme[x.lemma(w)] && !announcedNow[x.lemma(w)] &&
		!x.dated(w):
		f.Time = future // "announced 10,000 job cuts": to be made; not "announced a loss", "announced plans"
	case doc.RelIs(rel, "obj") && d.Words[h].UPOS == "VERB" && (!x.definite(w) || x.supportUse(h)):
		g := x.factuality(h, "", memo)
		if g.Time == future {
			f.Time = future // "will hold talks", "should make these decisions"; "will cover the campaign" covers one under way
			raise(&f.Certainty, g.Certainty)
		}
		x.supportedAct(n, h, f, g) // "does he make bad decisions?": as sure as the making
	case doc.RelIs(rel, "nsubj") && d.Words[h].UPOS == "VERB" && aspectual[hl]:
		if g := x.factuality(h, "", memo); g.Time == future {
			f.Time = future // "before the caucuses begin", "the trial will start": what starts later is to come
		}
	case doc.RelIs(rel, "nsubj") && (d.Words[h].UPOS == "VERB" || d.Words[h].UPOS == "ADJ") && !x.definite(w) && x.mayBe(h):
		f.Time = future // "a win there could help him", "a strike might be costly": only thought of
		raise(&f.Certainty, possible)
	case doc.RelIs(rel, "nsubj") && d.Words[h].UPOS == "VERB" && !x.definite(w):
		if g := x.factuality(h, "", memo); g.Time == future && g.Certainty == "" {
			f.Time = future // "the flight will take off"
		}
	}
	if f.Time != future {
		x.occasionAhead(n, h, f, memo) // "may be running in the county vote", "if we win the nomination"
	}
	if doc.RelIs(rel, "obj", "nsubj", "nsubj:pass", "obl") && f.SpecialCases == "" && !x.definite(w) {
		f.SpecialCases = x.factuality(h, "", memo).SpecialCases // "if a strike breaks out", "you would have a crisis"
	}
}

// mayBe reports whether predicate h is told with a modal of possibility
// and no perfect ("could help", "might be costly"; not "could have
// helped", not "can fly": what a thing is able to do is no guess).
func (x *ctx) mayBe(h int) bool {
	maybe := false
	for _, a := range x.d.Dependents(h, "aux") {
		if lowerLemma(x.d, a) == "have" {
			return false
		}
		if k, ok := modalKind(x.d, a); ok && k == "possibility" {
			maybe = true
		}
	}
	return maybe
}

// emotive reports whether h is an adjective of feeling ("proud",
// "shocked to learn"; a participle read as a verb counts when it is
// passive or has a copula: "was shocked to learn").
func (x *ctx) emotive(h int) bool {
	d := x.d
	w := strings.ToLower(d.Words[h].Text)
	if !emotive[w] {
		return false
	}
	return d.Words[h].UPOS == "ADJ" || len(d.Dependents(h, "cop", "aux:pass")) > 0
}

// broughtAbout reports whether verb h brings about event noun n: its
// object after a support or result verb ("held talks", "caused a crash"),
// or its prepositional phrase after a result verb that takes one
// ("resulted in losses", "led to his arrest").
func (x *ctx) broughtAbout(n, h int) bool {
	d := x.d
	if d.Words[h].UPOS != "VERB" {
		return false
	}
	hl := x.lemma(h)
	switch {
	case doc.RelIs(d.Words[n].Rel, "obj"):
		return x.supports(h) || resultVerbs[hl]
	case doc.RelIs(d.Words[n].Rel, "obl"):
		return resultVerbs[hl+"_"+caseOf(d, n)]
	}
	return false
}

// ownTense reports whether conjunct w has a tense that its head h, a
// bare verb, cannot share: "said the state would cut taxes and proposed a
// new levy" is no "would propose"; the parser hung the second act of the
// sentence's subject on the reported verb.
func (x *ctx) ownTense(w, h int) bool {
	switch x.d.Words[w].XPOS {
	case "VBD", "VBZ", "VBN": // a present the same as the bare form may be a tag error; a lone participle, a misread past
		return x.d.Words[h].XPOS == "VB"
	}
	return false
}

// incredulous reports whether negated verb h says disbelief in what is
// so, not belief in its denial: "can't believe they would do it".
func (x *ctx) incredulous(h int) bool {
	for _, a := range x.d.Dependents(h, "aux") {
		switch strings.ToLower(x.d.Words[a].Text) {
		case "can", "could", "ca":
			return true
		}
	}
	return false
}

// aimMark reports whether clause w is a gerund after a preposition of
// aim ("committed to reducing", "aimed at improving", "intent on winning").
func (x *ctx) aimMark(w int) bool {
	if x.d.Words[w].XPOS != "VBG" {
		return false
	}
	for _, m := range x.d.Dependents(w, "mark") {
		if aimPreps[strings.ToLower(x.d.Words[m].Text)] {
			return true
		}
	}
	return false
}

// nounAim reports whether gerund w after a preposition of aim, which the
// parser hung on verb h, stands right after an object of h that it
// should modify: an indefinite noun for what one does ("announced steps to
// closing", "outlined a path toward cutting"). A definite or agentive
// object is the verb's own target ("credited the rise to cutting").
func (x *ctx) nounAim(h, w int) bool {
	first, _, _ := x.d.Subtree(w)
	for _, o := range x.objects(h) {
		if _, last, _ := x.d.Subtree(o); last == first && x.d.Words[o].UPOS == "NOUN" && !x.definite(o) && !x.canAct(o) {
			return true
		}
	}
	return false
}

// timeCase reports whether noun w is introduced by a preposition of time
// ("after a ruling", "until the vote").
func (x *ctx) timeCase(w int) bool {
	for _, c := range x.d.Dependents(w, "case") {
		if timePreps[strings.ToLower(x.d.Words[c].Text)] {
			return true
		}
	}
	return false
}

// dated reports whether noun w carries its own time ("a loss last
// year"), which no governor overrides.
func (x *ctx) dated(w int) bool {
	for _, c := range x.d.Children(w) {
		if x.inTime[c] {
			return true
		}
	}
	return false
}

// tooMuch reports whether adjective w is graded by "too", which denies
// its infinitive ("too weak to win", "too late to stop it").
func (x *ctx) tooMuch(w int) bool {
	for _, a := range x.d.Dependents(w, "advmod") {
		if strings.EqualFold(x.d.Words[a].Text, "too") {
			return true
		}
	}
	return false
}

// pastNoun reports an event noun its modifier sets in the past ("past
// victories", "the previous attack"): no governor makes it one to come.
func (x *ctx) pastNoun(w int) bool {
	for _, m := range x.d.Dependents(w, "amod") {
		if pastModifiers[x.lemma(m)] {
			return true
		}
	}
	return false
}

// definite reports whether noun w refers to something known: it has a
// possessor or a definite determiner ("the campaign", "Trump's campaign").
func (x *ctx) definite(w int) bool {
	if len(x.d.Dependents(w, "nmod:poss")) > 0 {
		return true
	}
	for _, c := range x.d.Dependents(w, "det") {
		switch strings.ToLower(x.d.Words[c].Text) {
		case "the", "this", "that", "these", "those":
			return true
		}
	}
	return false
}

// willFuture are the modals that put a clause in the future; "would" is
// as often habitual or hypothetical, "can" and "may" say what is possible
// ("can fly 9,000 miles, giving it the longest range" is told as a fact).
var willFuture = map[string]bool{"will": true, "shall": true, "'ll": true, "’ll": true, "wo": true}

// bareParticiple reports whether w is a gerund-participle adjunct with no
// subject, marker or auxiliary of its own ("..., standing up for them"):
// it happens when its governor does.
func (x *ctx) bareParticiple(w int, rel string) bool {
	d := x.d
	return doc.RelIs(rel, "advcl") && d.Words[w].XPOS == "VBG" &&
		len(d.Dependents(w, "nsubj", "nsubj:pass", "mark", "aux", "case")) == 0
}

// inherit makes f at least as uncertain, future and negative as g.
func inherit(f *doc.Factuality, g doc.Factuality) {
	if g.Polarity == neg {
		f.Polarity = neg
	}
	if g.Time == future {
		f.Time = future
	}
	raise(&f.Certainty, g.Certainty)
	if f.SpecialCases == "" {
		f.SpecialCases = g.SpecialCases
	}
}

// infinitive reports whether clause w is a to-infinitive: "to" marks
// it and it is no gerund, whose "to" is a preposition ("was devoted to
// criticizing", "objected to paying": told as done, not intended; but
// after a noun or a pledge it is an aim: "steps to treating them",
// "committed to reducing").
func infinitive(d *doc.Document, w int) bool {
	return hasMark(d, w, "to") && d.Words[w].XPOS != "VBG"
}

// ranked reports whether noun w is ranked by an ordinal, a superlative or
// "only" ("the first refugees to come", "the only candidate to win"): its
// infinitive tells who did it, like a relative clause, not what is meant
// to happen.
func (x *ctx) ranked(w int) bool {
	for _, m := range x.d.Dependents(w, "amod", "advmod", "nummod") {
		if x.d.Words[m].XPOS == "JJS" || rankWords[x.lemma(m)] {
			return true
		}
	}
	return false
}

// hasMark reports whether clause w is introduced by marker m ("to", "if").
func hasMark(d *doc.Document, w int, m string) bool {
	for _, c := range d.Dependents(w, "mark") {
		if strings.EqualFold(d.Words[c].Text, m) {
			return true
		}
	}
	return false
}

// hasCase reports whether w has the case marker c ("without meeting").
func hasCase(d *doc.Document, w int, c string) bool {
	for _, k := range d.Dependents(w, "case") {
		if strings.EqualFold(d.Words[k].Text, c) {
			return true
		}
	}
	return false
}

// coordinatedBy reports whether conjunct w is joined by conjunction c.
func coordinatedBy(d *doc.Document, w int, c string) bool {
	for _, k := range d.Dependents(w, "cc") {
		if strings.EqualFold(d.Words[k].Text, c) {
			return true
		}
	}
	return false
}

// supportUse reports a support verb used as one, lending its mood to the
// event noun it takes ("should make these decisions"), not carrying it
// somewhere ("take his campaign to the convention") nor making it
// something ("make the debate a turning point").
func (x *ctx) supportUse(h int) bool {
	d := x.d
	if !x.supports(h) || len(d.Dependents(h, "xcomp")) > 0 {
		return false
	}
	for _, o := range d.Dependents(h, "obl") {
		if caseOf(d, o) == "to" {
			return false
		}
	}
	return true
}

// whClause reports whether clause w opens with a question word ("why the
// agency had blamed it", "how he won"): an embedded question about an
// event it takes as known.
func (x *ctx) whClause(w int) bool {
	d := x.d
	first, _, _ := d.Subtree(w)
	return opensWithWh(d, first, w+1)
}

// preventedFrom returns the verb of prevention that gerund w after "from"
// hangs on ("prevented the mayor from releasing it", "refrained from
// attacking him"), also when the parser hangs the gerund on the verb's
// object ("kept voters from reaching the polls"); -1 when none.
func (x *ctx) preventedFrom(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[w].XPOS != "VBG" || !hasMark(d, w, "from") && !hasCase(d, w, "from") {
		return -1
	}
	if doc.RelIs(d.Words[w].Rel, "acl") && doc.RelIs(d.Words[h].Rel, "obj") {
		h = d.Words[h].Head
	} else if !doc.RelIs(d.Words[w].Rel, "advcl", "xcomp", "obl") {
		return -1
	}
	if h < 0 || d.Words[h].UPOS != "VERB" || !preventFrom[x.lemma(h)] {
		return -1
	}
	return h
}

// notDone applies to f what a prevention told as g says of what it
// prevents: it did not happen, at the prevention's time and certainty
// ("would stop farmers from selling": not to be sold); a prevention that
// did not happen let it happen ("did not stop her from entering", "should
// have been prevented from buying": she entered, he bought).
func (x *ctx) notDone(f *doc.Factuality, g doc.Factuality) {
	denied := g.Polarity == neg
	g.Polarity = ""
	inherit(f, g)
	if !denied {
		f.Polarity = neg
	}
}

// supports reports whether verb h is a support verb used as one: not a
// verb of its own that a particle makes of it ("gave up the fight",
// "took over the campaign": not giving up a fight goes on fighting it);
// "carried out the raid" still brings the raid about.
func (x *ctx) supports(h int) bool {
	return supportVerbs[x.lemma(h)] && !x.phrasal(h)
}

// phrasal reports whether verb h has a particle that makes it a verb of
// its own, one outside supportParticles ("give up", "call off").
func (x *ctx) phrasal(h int) bool {
	for _, p := range x.d.Dependents(h, "compound:prt") {
		if !supportParticles[strings.ToLower(x.d.Words[p].Text)] {
			return true
		}
	}
	return false
}

// couldNotHelp reports gerund w under "can't help", "could not resist"
// (h, lex event/irresistible): what one cannot keep from doing is done
// ("Kim couldn't help praising him": she praised him).
func (x *ctx) couldNotHelp(w, h int) bool {
	d := x.d
	if d.Words[w].XPOS != "VBG" || !irresistible[x.lemma(h)] || !d.Negated(h) {
		return false
	}
	for _, a := range d.Dependents(h, "aux") {
		if k, ok := modalKind(d, a); ok && (k == "ability" || k == "possibility") {
			return true
		}
	}
	return false
}
