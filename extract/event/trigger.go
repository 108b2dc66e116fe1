package event

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A trigger is a predicate of the parse: a verb that heads a clause or a
// noun that names an event. What is left out says why.

// notTriggerRels are the relations of verbs that do not head a clause of
// their own: "elected officials" (amod), "according to" (case), "in
// order to" (fixed), "including" (case, mark).
var notTriggerRels = []string{"amod", "case", "mark", "fixed", "flat", "cc", "det", "compound", "goeswith", "discourse",
	"advmod", "cop", "aux"}

// isTrigger reports whether word w is an event trigger, and whether it is
// a noun. names marks the words inside NAME mentions, times those inside
// time expressions.
func (x *ctx) isTrigger(w int) (noun, ok bool) {
	d := x.d
	word := d.Words[w]
	if x.inName[w] || x.inTime[w] || !isWordLemma(word.Lemma) || x.inMarkup(w) {
		return false, false
	}
	lemma := x.lemma(w)
	switch word.UPOS {
	case "VERB":
		if doc.RelIs(word.Rel, notTriggerRels...) || notEvents[lemma] || x.prepositional(w) || x.expletive(w) || x.idiom(w) ||
			x.compoundWord(w) || x.attributiveParticiple(w) || x.contactImperative(w) || x.inTitle(w) || x.graded(w) ||
			x.personPlural(w) || x.presentational(w) || x.staffCredit(w) || x.mistaggedVerb(w) {
			return false, false
		}
		if x.supportsNoun(w) || x.prospectiveGo(w) || aspectual[x.lemma(w)] && len(x.d.Dependents(w, "xcomp")) > 0 ||
			x.aspectualPhrase(w) {
			return false, false // "held talks": the talks are the event; "is going to win"; "began striking"
		}
		return false, true
	case "NOUN":
		lemma = x.nounLemma(w)
		if !eventNouns[lemma] && (frameOf[lemma] == "" || verbOnly[lemma]) {
			return false, false
		}
		if doc.RelIs(word.Rel, "fixed", "flat", "goeswith") {
			return false, false
		}
		if doc.RelIs(word.Rel, "compound") && word.Head >= 0 && (x.entityKind(word.Head) || x.occupation(word.Head)) {
			return false, false // "detention centers": a kind of place; "an investment banker": a trade; no event
		}
		if doc.RelIs(word.Rel, "nsubj") && frameOf[x.lemma(word.Head)] == "STATEMENT" || agencyNouns[lemma] && x.subject(w) {
			return false, false // "the campaign said", "the report says", "she and her campaign denied it": a speaker, not an event
		}
		if x.venueNamed(w) {
			return false, false // "the Paris agreement": the accord, a text named for where it was made
		}
		if institutionNouns[lemma] && x.kindOnly(w) {
			return false, false // "legalized same-sex marriage": the institution, no wedding
		}
		if x.staffCredit(w) {
			return false, false // "Additional reporting by ...": a credit line
		}
		if lex.IdiomObject(d, w) {
			return false, false // "gave rise to", "took effect", "lost ground": the verb's idiom, no event of the noun
		}
		if x.modifierOnly(w) {
			return false, false // "the election year", "death threats", "a war chest": a kind of thing
		}
		if x.voteCount(w) {
			return false, false // "23 percent of the vote"
		}
		return true, true
	}
	return false, false
}

// modifierOnly reports an event noun that only classifies the noun
// after it, itself no event ("the election year", "growth policies",
// "death threats", "travel rules"): what the phrase names is the thing.
// Before another event noun it may be the event that one is about ("the
// bankruptcy hearing"), and is left to the frames; so are a person's
// part in it ("the debate winner", "the shooting suspect") and the
// phrases that name the event's course (lex event/eventCourseNouns:
// "bankruptcy protection"). An agency noun classifies whatever follows
// ("a campaign manager", "the campaign event").
func (x *ctx) modifierOnly(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if !doc.RelIs(d.Words[w].Rel, "compound") || h <= w || d.Words[h].UPOS != "NOUN" {
		return false
	}
	return agencyNouns[x.lemma(w)] || !x.eventNoun(h) && !x.isPerson(h) && !eventCourseNouns[x.lemma(h)]
}

// compoundWord reports a verb that is part of a hyphenated adjective or
// noun, whatever relation the parser gave it: a participle after an
// adverb or adjective and a hyphen ("hard-working families", "long-awaited
// report"; not "has out-sold", with its auxiliary), or a verb right after an article ("a grown-up"): no clause
// has such a head.
func (x *ctx) compoundWord(w int) bool {
	d := x.d
	if w >= 2 && d.Words[w-1].XPOS == "HYPH" && d.Words[w-1].Start == d.Words[w-2].End && d.Words[w].Start == d.Words[w-1].End &&
		(d.Words[w-2].UPOS == "ADJ" || d.Words[w-2].UPOS == "ADV") && !verbPrefixes[x.lemma(w-2)] && d.Words[w-2].Sentence == d.Words[w].Sentence &&
		(d.Words[w].XPOS == "VBG" || d.Words[w].XPOS == "VBN") && len(d.Dependents(w, "nsubj", "nsubj:pass", "aux", "aux:pass")) == 0 &&
		w+1 < len(d.Words) && d.Words[w+1].Sentence == d.Words[w].Sentence {
		switch d.Words[w+1].UPOS {
		case "NOUN", "PROPN", "ADJ":
			return true // the noun it describes follows; not "soft-pedaling her support"
		}
	}
	if w >= 1 && d.Words[w-1].Sentence == d.Words[w].Sentence && d.Words[w-1].UPOS == "DET" && d.Words[w-1].Head > w {
		switch strings.ToLower(d.Words[w-1].Text) {
		case "a", "an", "the":
			return true
		}
	}
	return false
}

// attributiveParticiple reports a participle that the parser made a verb
// though it stands between a determiner, number or possessive and the
// noun it describes, with no subject or auxiliary of its own: "won 1,500
// pledged delegates", "the affected areas", "her wounded son" name no
// pledging or wounding.
func (x *ctx) attributiveParticiple(w int) bool {
	d := x.d
	word := d.Words[w]
	if word.XPOS != "VBN" && word.XPOS != "VBD" || w < 1 || w+1 >= len(d.Words) ||
		d.Words[w-1].Sentence != word.Sentence || d.Words[w+1].Sentence != word.Sentence ||
		len(d.Dependents(w, "aux", "aux:pass", "cop")) > 0 {
		return false
	}
	for _, s := range d.Dependents(w, "nsubj", "nsubj:pass") {
		if s != w-1 || d.Words[s].UPOS != "NUM" {
			return false // a number the parser made its subject is the noun's: "1,500 pledged delegates"
		}
	}
	switch prev := d.Words[w-1]; {
	case prev.UPOS == "DET" || prev.UPOS == "NUM" || prev.XPOS == "PRP$":
	default:
		return false
	}
	next := d.Words[w+1]
	return next.UPOS == "NOUN" && (next.Head == w && doc.RelIs(next.Rel, "obj") || word.Head == w+1)
}

// inMarkup reports whether word w lies inside a markup tag that a
// source left in the text ("<tweet tweet-id=...>" where a post was
// embedded): an open "<" before it in its sentence that no ">" closes.
func (x *ctx) inMarkup(w int) bool {
	d := x.d
	if !x.markup {
		return false
	}
	first, _ := d.SentenceWords(d.Words[w].Sentence)
	for k := w - 1; k >= first; k-- {
		t := d.Words[k].Text
		if o, c := strings.LastIndexByte(t, '<'), strings.LastIndexByte(t, '>'); o >= 0 || c >= 0 {
			return o > c && o+1 < len(t) && (t[o+1] == '/' || unicode.IsLetter(rune(t[o+1])))
		}
	}
	return false
}

// prepositional reports a participle used as a preposition: "Given the
// record, ..." heads no clause and tells nothing given.
func (x *ctx) prepositional(w int) bool {
	d := x.d
	t := strings.ToLower(d.Words[w].Text)
	if !prepositionalParticiples[t] && !(aboutParticiples[t] && x.aboutThing(w)) && !(adverbialParticiples[t] && x.adverbialUse(w)) ||
		len(d.Dependents(w, "nsubj", "nsubj:pass", "aux", "aux:pass", "obl:agent")) > 0 {
		return false
	}
	_, preps := d.Obliques(w)
	for _, p := range preps {
		if p == "by" {
			return false // "a statement given by the firm"
		}
	}
	return true
}

// adverbialUse reports a participle in an adverbial's place, or after a
// noun of no person, body or place, with no subordinator of its own:
// "following the vote, she left" and "the criticism following the
// address" date what they modify; "began following the race", "reading
// and following it", "voters following the race", "without depending on
// donors" tell the act.
func (x *ctx) adverbialUse(w int) bool {
	d := x.d
	rel, h := d.Words[w].Rel, d.Words[w].Head
	if len(d.Dependents(w, "mark")) > 0 {
		return false // "without depending on donors", "after following the rules"
	}
	if doc.RelIs(rel, "case") && h >= 0 && doc.RelIs(d.Words[h].Rel, "nmod") {
		return !x.someoneNoun(d.Words[h].Head) // parsed as a preposition: "the fishermen following Kim Lund" follow him
	}
	if doc.RelIs(rel, "acl") {
		return !x.someoneNoun(h)
	}
	return doc.RelIs(rel, "advcl", "case", "mark", "obl", "nmod", "advmod")
}

// someoneNoun reports a noun h that names a person, body or place
// ("voters", "fishermen", "the firm").
func (x *ctx) someoneNoun(h int) bool {
	if h < 0 || x.d.Words[h].UPOS != "NOUN" {
		return h >= 0 && x.d.Words[h].UPOS == "PROPN"
	}
	_, listed := lex.HeadNoun(strings.ToLower(x.d.Words[h].Text))
	_, person := lex.PersonNouns[x.lemma(h)]
	return listed || person
}

// aboutThing reports a participle that modifies a noun naming no person,
// body or place: "the turmoil surrounding the firm" is about the firm;
// "troops surrounding the town" surround it.
func (x *ctx) aboutThing(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "acl") || d.Words[h].UPOS != "NOUN" {
		return false
	}
	_, listed := lex.HeadNoun(strings.ToLower(d.Words[h].Text))
	return !listed
}

// lemma is the lower-case lemma of word w, "" for -1.
func (x *ctx) lemma(w int) string {
	if w < 0 {
		return ""
	}
	return lowerLemma(x.d, w)
}

// nounLemma is the lemma of noun w in the frames: its lemma, or its own
// plural when that plural names one event ("talks", onePlural) and the
// frames list the plural, not the singular: "the talks" are a meeting,
// "a talk" a speech.
func (x *ctx) nounLemma(w int) string {
	l := x.lemma(w)
	if t := strings.ToLower(x.d.Words[w].Text); frameOf[l] == "" && !eventNouns[l] && onePlural[t] && frameOf[t] != "" {
		return t
	}
	return l
}

// lowerLemma is the lower-case lemma of word w, its text when the tagger
// gave none.
func lowerLemma(d *doc.Document, w int) string {
	l := d.Words[w].Lemma
	if l == "" {
		l = d.Words[w].Text
	}
	return strings.ToLower(l)
}

// isWordLemma rejects lemmas that are no words: numbers, symbols, tagger
// debris of one letter.
func isWordLemma(l string) bool {
	n := 0
	for _, r := range l {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
		n++
	}
	return n > 1
}

// supportsNoun reports whether verb w is a support verb whose object is
// an event noun ("made a decision", "launched an attack"): the noun is the
// event and takes the verb's subject.
func (x *ctx) supportsNoun(w int) bool {
	if !supportVerbs[x.lemma(w)] {
		return false
	}
	for _, o := range x.d.Dependents(w, "obj") {
		if x.eventNoun(o) {
			return true
		}
		if containerNouns[x.lemma(o)] {
			for _, n := range x.d.Dependents(o, "nmod") {
				if x.eventNoun(n) {
					return true // "launched a round of attacks"
				}
			}
		}
	}
	return false
}

// entityKind reports whether noun w names a kind of place or
// organisation (lex.HeadNoun), which a noun before it classifies ("a
// detention center", "a bankruptcy court"). A kind of person is left
// alone: "the debate winner", "the shooting suspect" take part in the
// event the noun names.
func (x *ctx) entityKind(w int) bool {
	if x.d.Words[w].UPOS != "NOUN" {
		return false
	}
	t, ok := lex.HeadNoun(strings.ToLower(x.d.Words[w].Text))
	if !ok {
		t, ok = lex.HeadNoun(x.lemma(w))
	}
	return ok && t != doc.Person
}

// eventNoun reports whether word w is a noun that names an event.
func (x *ctx) eventNoun(w int) bool {
	if x.d.Words[w].UPOS != "NOUN" || x.inName[w] || x.inTime[w] {
		return false
	}
	l := x.nounLemma(w)
	return eventNouns[l] || frameOf[l] != "" && !verbOnly[l]
}

// prospectiveGo reports "going" in "is going to win": a marker of the
// future, not a movement. The "to" tagged the infinitive's marker tells it
// where the parse of the verb after it failed ("is going to round them
// up"), as does a lower-case word taken for a proper noun after it ("are
// going to march out": the month).
func (x *ctx) prospectiveGo(w int) bool {
	d := x.d
	if x.lemma(w) != "go" || d.Words[w].XPOS != "VBG" {
		return false
	}
	for _, c := range d.Dependents(w, "xcomp") {
		for _, m := range d.Dependents(c, "mark") {
			if strings.EqualFold(d.Words[m].Text, "to") {
				return true
			}
		}
	}
	if w+2 >= len(d.Words) || d.Words[w+2].Sentence != d.Words[w].Sentence || !strings.EqualFold(d.Words[w+1].Text, "to") ||
		!x.beAuxiliary(w) {
		return false // "after going to down 100": no future without "be"
	}
	switch next := d.Words[w+2]; {
	case next.UPOS == "PUNCT" || next.UPOS == "CCONJ":
		return false // "the areas we're going to and ...": a stranded preposition
	case d.Words[w+1].XPOS == "TO":
		return true
	default:
		return next.UPOS == "PROPN" && next.Text == strings.ToLower(next.Text)
	}
}

// aspectualPhrase reports a verb that with the word after it only tells
// that the event of its verbal complement came next or began: "went on to
// win" (the complement marked by "to"), "set about cutting" (a gerund).
func (x *ctx) aspectualPhrase(w int) bool {
	d := x.d
	if w+2 >= len(d.Words) || d.Words[w+2].Sentence != d.Words[w].Sentence ||
		!aspectualPhrasal[x.lemma(w)+"_"+strings.ToLower(d.Words[w+1].Text)] {
		return false
	}
	if x.actsOnObject(w) {
		return false // "the gun that he used to kill": a use for a purpose
	}
	for _, c := range d.Dependents(w, "xcomp", "advcl") {
		if c <= w+1 || d.Words[c].UPOS != "VERB" && d.Words[c].UPOS != "AUX" {
			continue
		}
		if c == w+2 && d.Words[c].XPOS == "VBG" {
			return true
		}
		for _, m := range d.Dependents(c, "mark") {
			if (m == w+2 || m == w+1 && c == w+2) && strings.EqualFold(d.Words[m].Text, "to") {
				return true // "went on to win", "used to know"
			}
		}
	}
	return false
}

// actsOnObject reports whether verb w has an object: its own, or the
// noun a relative clause it heads is about when the clause's subject is
// not that noun's relative pronoun ("the gun that he used", "the gun he
// used"; not "the man who used to live there").
func (x *ctx) actsOnObject(w int) bool {
	d := x.d
	if len(d.Dependents(w, "obj")) > 0 {
		return true
	}
	if !doc.RelIs(d.Words[w].Rel, "acl") {
		return false
	}
	for _, s := range d.Dependents(w, "nsubj") {
		if x.antecedent(s) < 0 {
			return true // the subject is no relative pronoun
		}
	}
	return false
}

// beAuxiliary reports whether verb w has a form of "be" as its auxiliary.
func (x *ctx) beAuxiliary(w int) bool {
	for _, a := range x.d.Dependents(w, "aux") {
		if x.lemma(a) == "be" {
			return true
		}
	}
	return false
}

// contactImperative reports a verb that opens an imperative sentence
// holding an address, a handle or a link: the author's note "Follow her
// on Twitter @handle", "On Twitter, follow ...", "Reach him at
// name@example.com" asks the reader to act and reports no event, nor are
// the names in it its participants.
func (x *ctx) contactImperative(w int) bool {
	d := x.d
	word := d.Words[w]
	if word.XPOS != "VB" && word.XPOS != "VBP" || len(d.Dependents(w, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
		return false
	}
	first, last := d.SentenceWords(word.Sentence)
	for k := first; k < w; k++ {
		if d.Words[k].UPOS != "PUNCT" && !x.openingAdverbial(k, w) {
			return false
		}
	}
	for k := w + 1; k < last; k++ {
		if t := d.Words[k].Text; len(t) > 1 && strings.Contains(t, "@") || strings.Contains(t, "://") ||
			strings.HasPrefix(strings.ToLower(t), "www.") {
			return true
		}
	}
	return false
}

// openingAdverbial reports whether word k lies in a dependent of verb w
// that has no subject: the place in "On Twitter follow ...", whatever
// relation the parser gave it.
func (x *ctx) openingAdverbial(k, w int) bool {
	d := x.d
	for steps := 0; k >= 0 && steps < 8; steps++ {
		if d.Words[k].Head == w {
			return true
		}
		k = d.Words[k].Head
	}
	return false
}
