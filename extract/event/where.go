package event

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Place and time come from the predicate's own dependents: the obliques
// of a verb ("met in Rome on Monday"), the modifiers of a noun ("the 2015
// death", "Thursday's episode", "the convention in Philadelphia"), never
// from a phrase elsewhere in the sentence ("Delegates at the convention
// in Philadelphia said": Philadelphia is not where they said it).

// timeRels attach a time expression to its predicate.
var timeRels = []string{"obl", "nmod", "advmod", "compound", "amod", "nummod", "appos", "dep"}

// placeWord reports whether oblique o, marked by prep, says where an
// event of type typ happened: a place entity after "in", "at"... (or
// "to" and "from" for the frames that move, "from" for a departure or
// a message).
// Elsewhere "from" gives a source, a participant (prepRoles).
func (x *ctx) placeWord(o int, prep, typ string) bool {
	if !placePreps[prep] && !(motionPreps[prep] && (motionFrames[typ] || fromPlaceFrames[typ] && prep == "from")) {
		return false // "fled from Aleppo", "forced from their homes": where they came from, a source
	}
	mi := x.mentionOf(o)
	return mi >= 0 && x.d.Entities[x.d.Mentions[mi].Entity].Type == doc.Place
}

// places returns the mentions of the places of trigger w, in text
// order: the place its own dependents name, with the places conjoined or
// in apposition to it ("in France and Spain", "in Long Beach,
// California"). Empty when they name none.
func (x *ctx) places(w int, noun bool, typ string) []int {
	d := x.d
	deps := d.Dependents(w, "obl")
	if noun {
		deps = d.Dependents(w, "nmod")
		for _, p := range x.partners(w) {
			deps = append(deps, d.Dependents(p, "nmod")...) // "talks with the union at a hotel in Chicago"
		}
	}
	if !noun {
		deps = append(deps, x.personPlaces(w)...)
		if motionFrames[typ] {
			for _, o := range d.Dependents(w, "obj") {
				deps = append(deps, d.Dependents(o, "nmod")...) // "sent troops to Spain", the phrase hung on the troops
			}
		}
	}
	if h := x.host(w); h != w {
		deps = append(deps, d.Dependents(h, "obl")...) // "held talks in Oslo"
	}
	var out []int
	for _, o := range deps {
		if p := caseOf(d, o); x.placeWord(o, p, typ) {
			out = x.appendPlaces(out, o, 0)
		} else if !noun && p == "" && x.timeHead(o) {
			for _, n := range d.Dependents(o, "nmod") {
				if x.placeWord(n, caseOf(d, n), typ) {
					out = x.appendPlaces(out, n, 0) // "Next week in Geneva, leaders will meet": the time's place is theirs
				}
			}
		} else if p == "at" && !x.isPlace(o) && o > w { // not "delegates at the convention in X said"
			for _, n := range x.venueMods(o) {
				if caseOf(d, n) == "in" && x.isPlace(n) {
					out = x.appendPlaces(out, n, 0) // "spoke at a museum in Paris": the venue's town
				}
			}
		}
	}
	if noun {
		for _, m := range d.Dependents(w, "compound", "amod", "nmod:poss", "nmod") {
			if rel := d.Words[m].Rel; doc.RelIs(rel, "nmod:poss") || rel == "nmod" && caseOf(d, m) == "of" {
				if x.venue(w, m) {
					out = x.appendPlaces(out, m, 0) // "Iowa's caucus", "the rally of Boston"
				}
			} else if rel != "nmod" && x.isPlace(m) && !x.party(w, m) {
				out = x.appendPlaces(out, m, 0) // "the US sales", "North American losses"
			}
		}
	}
	return out
}

// partners are the parties of event noun w, on which the parse may hang
// its place and time: the nouns of its "between" or "with" phrases and
// those conjoined to them ("a meeting between A and B at the lodge in
// June": at the lodge, in June); not events, which have their own ("the
// delay between the attack on May 1 and the arrest"). None for a verb.
func (x *ctx) partners(w int) []int {
	d := x.d
	if !x.eventNoun(w) {
		return nil
	}
	var out []int
	for _, p := range d.Dependents(w, "nmod") {
		if d.Words[p].Rel == "nmod" && p > w && partnerPreps[caseOf(d, p)] && !x.eventNoun(p) {
			out = append(out, p)
			out = append(out, d.Dependents(p, "conj")...)
		}
	}
	return out
}

// venues are the nouns of the place phrases of event noun w and of its
// partners ("a meeting between A and B at a hotel in Lisbon": the hotel
// and Lisbon), on which the parse may hang the event's time; the nouns
// of "at" and "in" phrases and those hung on them, two deep. None for a
// verb, whose obliques the parse hangs on the verb itself.
func (x *ctx) venues(w int) []int {
	d := x.d
	if !x.eventNoun(w) {
		return nil
	}
	var out []int
	for _, a := range append([]int{w}, x.partners(w)...) {
		for _, o := range d.Dependents(a, "nmod") {
			if o > w && placePreps[caseOf(d, o)] && !x.eventNoun(o) && !x.inTime[o] {
				out = append(out, o)
				for _, n := range d.Dependents(o, "nmod") {
					if placePreps[caseOf(d, n)] && !x.inTime[n] {
						out = append(out, n)
					}
				}
			}
		}
	}
	return out
}

// venueMods are the modifiers of venue o, and those of the "of" phrase
// in its name, on which a parser may hang them: "the Chamber of Commerce
// in Boston" is in Boston whichever noun "in Boston" modifies.
func (x *ctx) venueMods(o int) []int {
	out := x.d.Dependents(o, "nmod")
	for _, n := range out {
		if caseOf(x.d, n) == "of" {
			out = append(out, x.d.Dependents(n, "nmod")...)
		}
	}
	return out
}

// occasionPlaces are the places of trigger w (places), shared between a
// verb of saying and the occasion of speech it names: "said during a
// speech at the club in Boston" was said in Boston, and "said in Boston
// in an interview" tells where the interview was.
func (x *ctx) occasionPlaces(w int, noun bool, typ string) []int {
	d := x.d
	out := x.places(w, noun, typ)
	if len(out) > 0 {
		return out
	}
	if h := x.occasionVerb(w); noun && x.speechOccasion(w) {
		return x.places(h, false, frameOf[x.lemma(h)])
	}
	if noun {
		return nil
	}
	if out = x.destinations(w); len(out) > 0 {
		return out // "flew to Oslo to meet her"
	}
	for _, o := range d.Dependents(w, "obl") {
		if x.speechOccasion(o) {
			if out = x.places(o, true, frameOf[x.lemma(o)]); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// speechOccasion reports whether noun w is an occasion of speech (occasion)
// that a verb of saying names: "came to Ohio after interviews" need not
// have been interviewed in Ohio.
func (x *ctx) speechOccasion(w int) bool {
	h := x.occasionVerb(w)
	return x.occasion(w) != "" && h >= 0 && frameOf[x.verbLemma(h)] == "STATEMENT"
}

// host is the verb that carries the time and place of predicate w when w
// is the event of another verb: the noun a support verb takes ("held
// talks in Oslo on Monday"), the complement of an aspectual verb
// ("began striking in 2014"); w itself otherwise.
func (x *ctx) host(w int) int {
	d := x.d
	h := d.Words[w].Head
	switch {
	case h < 0:
	case doc.RelIs(d.Words[w].Rel, "obj") && supportVerbs[x.lemma(h)] && x.eventNoun(w):
		return h
	case doc.RelIs(d.Words[w].Rel, "xcomp") && aspectual[x.lemma(h)]:
		return h
	}
	return w
}

// personPlaces are the place phrases the parser hung on a person who
// takes part in verb w, or on an apposition to her: "met with Gypsy in
// New Orleans", "met Piet Janssen, the mayor, in Rotterdam" say where
// they met; a person is not modified by where she is. A place after a
// thing or a group described stays its own ("the plant in Ohio",
// "advisers in Iraq").
func (x *ctx) personPlaces(w int) []int {
	d := x.d
	var out []int
	args := d.Children(w)
	if o := x.strayObject(w); o >= 0 {
		args = append(args, o)
	}
	for _, a := range args {
		if !doc.RelIs(d.Words[a].Rel, "nsubj", "obj", "iobj", "obl") && a != x.strayObject(w) {
			continue
		}
		mi := x.mentionOf(a)
		if mi < 0 || d.Entities[d.Mentions[mi].Entity].Type != doc.Person {
			continue
		}
		if d.Mentions[mi].Kind != doc.Nominal || d.Words[a].XPOS != "NNS" || !doc.RelIs(d.Words[a].Rel, "obl") || caseOf(d, a) == "with" {
			// "called for aid for advisers in Iraq": a group's place picks out whom it means
			// ("told reporters in Washington", "villagers in Fiji were forced", "spoke with
			// supporters in Ohio": where it happened, one is where one's company is)
			out = append(out, x.notFrom(d.Dependents(a, "nmod"))...)
		}
		for _, ap := range d.Dependents(a, "appos") {
			out = append(out, x.notFrom(d.Dependents(ap, "nmod"))...)
		}
	}
	return out
}

// notFrom drops the phrases marked "from" out of a person's modifiers:
// "refugees from Aleppo lived in Ohio" say where they came from, not
// where they lived.
func (x *ctx) notFrom(mods []int) []int {
	out := mods[:0:0]
	for _, m := range mods {
		if !strings.EqualFold(caseOf(x.d, m), "from") {
			out = append(out, m)
		}
	}
	return out
}

// appendPlaces adds the place mention of word o and of the words
// conjoined or in apposition to it.
func (x *ctx) appendPlaces(out []int, o, depth int) []int {
	mi := x.mentionOf(o)
	if mi < 0 || x.d.Entities[x.d.Mentions[mi].Entity].Type != doc.Place || depth > 4 {
		return out
	}
	for _, p := range out {
		if x.d.Mentions[p].Entity == x.d.Mentions[mi].Entity {
			return out
		}
	}
	out = append(out, mi)
	for _, c := range x.d.Dependents(o, "conj", "appos", "flat") {
		out = x.appendPlaces(out, c, depth+1)
	}
	return out
}

// when returns the time expression that dates trigger w and its value:
// a dated expression attached to w (directly, or inside one of its
// nominal arguments, where a time is the parser's misplaced oblique: "was
// convicted by a jury on Monday"), else a duration anchored to another
// event that dates this one ("met three weeks after she was released").
// A verb that speaks in a statement or an interview takes its date.
func (x *ctx) when(w int) (int, string) {
	d := x.d
	best, value := -1, ""
	for ti, t := range d.Timexes {
		v := dateValue(t)
		if v == "" || x.quotedTitle(t) {
			continue // "a job on ''Today''": a programme, no time
		}
		h := x.timexHead(t)
		if h < 0 || d.Words[h].Sentence != d.Words[w].Sentence || !x.attached(h, w) && !x.attached(h, x.host(w)) {
			continue
		}
		if best < 0 || doc.Abs(t.Start-d.Words[w].Start) < doc.Abs(d.Timexes[best].Start-d.Words[w].Start) {
			best, value = ti, v
		}
	}
	if best >= 0 {
		return best, value
	}
	if ti, v := x.whenClause(w); ti >= 0 {
		return ti, v
	}
	if d.Words[w].UPOS == "VERB" {
		for _, o := range d.Dependents(w, "obl") {
			if x.eventNoun(o) && (x.lender(o) == w || x.within(o)) {
				if ti, v := x.when(o); ti >= 0 {
					// "In an interview Monday, she said": said then; "In the 2016 election,
					// Trump beat 16 rivals": beat within it
					return ti, v
				}
			}
		}
	}
	for ti, t := range d.Timexes {
		if t.Derived == "" || t.Anchor < 0 || d.TokenWord(t.Anchor) == w {
			continue
		}
		if h := x.timexHead(t); h >= 0 && x.reaches(h, w, 3) {
			return ti, t.Derived
		}
	}
	return -1, ""
}

// whenClause dates a predicate that heads a "when" clause modifying a
// time expression ("since 2018, when she advocated for him"): the clause
// tells what happened then. The parser may hang the clause on the
// predicate the time modifies; the time must then stand right before it.
func (x *ctx) whenClause(w int) (int, string) {
	d := x.d
	when := false
	for _, a := range d.Dependents(w, "advmod", "mark") {
		when = when || strings.EqualFold(d.Words[a].Text, "when")
	}
	if !when || !doc.RelIs(d.Words[w].Rel, "acl", "advcl") {
		return -1, ""
	}
	first, _, _ := d.Subtree(w)
	for ti, t := range d.Timexes {
		v := dateValue(t)
		h := x.timexHead(t)
		if v == "" || h < 0 {
			continue
		}
		if h == d.Words[w].Head || x.phraseEnd(h) != h && d.Words[h].Head == d.Words[w].Head ||
			d.Words[h].End <= d.Words[first].Start && x.adjacent(x.phraseEnd(h), first) {
			// "the 2012 race when he traveled", the clause on the race the year dates
			return ti, v
		}
	}
	return -1, ""
}

// within reports whether event noun o, an oblique, is one its verb
// happens within: "during the 2012 race", and "in" or "at" an event that
// lasts ("In the 2016 election, Trump beat", periodFrames, venueNouns).
func (x *ctx) within(o int) bool {
	switch caseOf(x.d, o) {
	case "during", "throughout", "amid":
		return true
	case "in", "at":
		return periodFrames[frameOf[x.lemma(o)]] || venueNouns[x.lemma(o)]
	}
	return false
}

// phraseEnd is the last word of the phrase time word h dates when h
// stands before the noun it modifies ("during the 2012 presidential race
// when": the race), else h itself.
func (x *ctx) phraseEnd(h int) int {
	d := x.d
	p := d.Words[h].Head
	if p <= h || !doc.RelIs(d.Words[h].Rel, "compound", "amod", "nummod") {
		return h
	}
	_, last, _ := d.Subtree(p)
	return last - 1
}

// adjacent reports whether only punctuation stands between word a and
// the later word b.
func (x *ctx) adjacent(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x.d.Words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return a < b
}

// dateValue is the calendar value of a dated time expression ("2015",
// "2023-12-05", the date of "Sunday night"), "" for durations, sets and
// the present or past as such.
func dateValue(t doc.Timex) string {
	if t.Type != "DATE" && t.Type != "TIME" || t.Value == "" || strings.HasSuffix(t.Value, "_REF") {
		return ""
	}
	v, _, _ := strings.Cut(t.Value, "T")
	if t.Type == "TIME" && len(v) != 10 {
		return ""
	}
	return v
}

// timexHead is the head word of time expression t, -1 without words.
func (x *ctx) timexHead(t doc.Timex) int {
	a, b := -1, -1 // the tokens the span overlaps, whitespace at its edges aside
	for off := t.Start; off < t.End && a < 0; off++ {
		a = x.d.TokenAt(off)
	}
	for off := t.End - 1; off >= t.Start && b < 0; off-- {
		b = x.d.TokenAt(off)
	}
	if a < 0 || b < a {
		return -1
	}
	first, last := x.d.TokenWords(a, b+1)
	return x.d.HeadWord(first, last)
}

// attached reports whether the time expression headed by h modifies
// predicate w: h depends on w by a modifier relation, or on a nominal
// argument of w that is no event of its own, or on an apposition to one
// (where a time is the parser's misplaced oblique: "met Piet Janssen,
// the mayor, on June 8").
func (x *ctx) attached(h, w int) bool {
	d := x.d
	if !doc.RelIs(d.Words[h].Rel, timeRels...) || x.nameYear(h) && !x.madeThen(h, w) {
		return false
	}
	if d.Words[h].Head == w && x.afterComplement(h, w) {
		return false
	}
	if x.premodifier(h) && d.Words[h].Head != w {
		return false // "Trump, the 2016 frontrunner, said": the year is the frontrunner's, not the saying's
	}
	if x.topicYear(h, w) {
		return false // "wrote of the 2008 donation": the donation's year, not the writing's
	}
	stray := x.strayObject(w)
	for steps := 0; steps < 3; steps++ {
		p := x.adverbHead(h)
		if p == w || p == stray && stray >= 0 || caseOf(d, h) != "" && (slices.Contains(x.partners(w), p) || slices.Contains(x.venues(w), p)) {
			// "talks with the union in March" were in March, not "an
			// agreement with them this month"; "a meeting at a hotel in
			// Lisbon in May" too
			return true
		}
		if p < 0 || x.eventNoun(p) || d.Words[p].UPOS == "VERB" || d.Words[p].UPOS == "AUX" ||
			!doc.RelIs(d.Words[p].Rel, "obl", "obj", "nsubj", "iobj", "appos", "nmod:tmod") && !x.degreeAdverb(p, h) {
			return false
		}
		h = p
	}
	return false
}

// premodifier reports whether the time headed by h modifies a noun it
// stands before that names a participant ("the 2016 GOP frontrunner",
// "Saturday Night Live"): it says which one the noun is, not when
// anything it takes part in happens. A time before an occasion ("at a
// Tuesday breakfast", "in a November contest") dates what happens there.
func (x *ctx) premodifier(h int) bool {
	d := x.d
	p := d.Words[h].Head
	if p < h || !doc.RelIs(d.Words[h].Rel, "compound", "amod", "nummod") || x.inTime[p] {
		return false
	}
	if mi := x.mentionOf(p); mi >= 0 {
		t := x.d.Entities[x.d.Mentions[mi].Entity].Type
		return t == doc.Person || t == doc.Organization
	}
	if _, ok := lex.PersonNouns[x.lemma(p)]; ok {
		return true
	}
	t := x.phraseType(p)
	return t == doc.Person || t == doc.Organization
}

// nameYear reports whether the time headed by h is the year in the
// name of a law, treaty or report, an "of" phrase hung on a proper noun:
// "acted under the Clean Air Act of 1970" did not act in 1970 (but "in
// March of 2019", the month a time itself, did).
func (x *ctx) nameYear(h int) bool {
	d := x.d
	p := d.Words[h].Head
	return p >= 0 && d.Words[h].Rel == "nmod" && caseOf(d, h) == "of" && d.Words[p].UPOS == "PROPN" && !x.inTime[p] &&
		d.Words[h].UPOS == "NUM"
}

// namingYearVerbs make a law, treaty or report, or tell what it did as
// it was made ("established", "banned").
var namingYearVerbs = lex.Words("event/namingYearVerbs")

// madeThen reports whether the year h in a name (nameYear) dates verb w:
// w makes the named text or tells what it did, in the past, with the
// text its subject or object ("the Refugee Act of 1980 established a
// process", "Congress passed the Clean Water Act of 1972", "was signed").
func (x *ctx) madeThen(h, w int) bool {
	d := x.d
	p := d.Words[h].Head
	if !namingYearVerbs[x.lemma(w)] || !x.pastTense(w) {
		return false
	}
	return d.Words[p].Head == w && doc.RelIs(d.Words[p].Rel, "nsubj", "obj") || x.obliqueSubject(w) == p
}

// degreeAdverb reports whether p is an adjective or adverb modifying
// its predicate that carries the predicate's oblique h: the parser hangs
// "into the files" of "dug deeper into the files Monday" on "deeper", and
// "in the day" on "later", and the time there still dates the predicate.
// A complement the adverb measures against does not: "ahead of the vote",
// "prior to June", "earlier than May" happened before, not then.
func (x *ctx) degreeAdverb(p, h int) bool {
	w := x.d.Words[p]
	if !doc.RelIs(w.Rel, "advmod") || w.UPOS != "ADJ" && w.UPOS != "ADV" {
		return false
	}
	switch caseOf(x.d, h) {
	case "of", "to", "from", "than":
		return false
	}
	return true
}

// adverbHead is the head of word a, but for an adverb that the parser
// hangs on a participle clause standing after it and a comma: in "dug
// deeper into the files Monday, finding nothing" the adverb and its
// oblique modify "dug", the participle's own head before them.
func (x *ctx) adverbHead(a int) int {
	d := x.d
	v := d.Words[a].Head
	if v < a || !doc.RelIs(d.Words[a].Rel, "advmod") || !doc.RelIs(d.Words[v].Rel, "advcl") || d.Words[v].Head > a {
		return v
	}
	_, last, _ := d.Subtree(a)
	for k := last; k < v; k++ {
		if d.Words[k].Text == "," {
			return d.Words[v].Head
		}
	}
	return v
}

// afterComplement reports whether the time headed by h stands after the
// clausal complement of w: "revealed that she is due in January" dates
// the due date, not the revealing, wherever the parser hangs it ("said on
// Monday that..." dates the saying).
func (x *ctx) afterComplement(h, w int) bool {
	for _, c := range x.d.Dependents(w, "ccomp") {
		if w < c && c < h {
			return true
		}
	}
	return false
}

// reaches reports whether w is an ancestor of h at most n steps up.
func (x *ctx) reaches(h, w, n int) bool {
	for ; n > 0 && h >= 0; n-- {
		h = x.d.Words[h].Head
		if h == w {
			return true
		}
	}
	return false
}
