package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The frame of a trigger comes from its lemma and from its arguments: a
// particle or a fixed preposition changes the verb ("fell apart", "called
// for"), the theme picks the sense ("released a statement" publishes,
// "released the hostages" frees them; "sales fell" decreases, "he fell"
// does not; sense.go), and a complement makes "declined" a refusal.

// frameType returns the event type of trigger w.
func (x *ctx) frameType(w int, noun bool) string {
	lemma := x.lemma(w)
	if noun {
		lemma = x.nounLemma(w)
		if eventNouns[lemma] {
			return lemmaType(lemma)
		}
		if s, ok := x.nounSense(w, lemma); ok {
			return s // "a breach of the treaty" violates it
		}
		if frameOf[lemma] == "DECIDE" && x.decidesToAct(w) {
			return "PLAN" // "the decision to close": a plan; "the court's decision" is a ruling
		}
		if thematicFrames[frameOf[lemma]] && x.personOwner(w) {
			return lemmaType(lemma) // "her rise to power", "the fall of the premier", as "she rose"
		}
		return frameOf[lemma]
	}
	if typ, ok := x.phrasalType(w, lemma); ok {
		return typ
	}
	if o := x.idiomObject(w); o >= 0 {
		return lemmaType(lemma + " " + strings.ToLower(x.d.Words[o].Text)) // "took aim at" is no taking, "played a role" no playing
	}
	typ := frameOf[lemma]
	if s, ok := x.senseType(w, lemma, typ); ok {
		return s
	}
	if typ == "" || nounOnly[lemma] {
		return lemmaType(lemma)
	}
	switch {
	case typ == "RELEASE" && x.publishes(w):
		return "PUBLISH"
	case thematicFrames[typ] && x.personTheme(w):
		return lemmaType(lemma) // "she fell", "he rose to power"
	case typ == "BIRTH" && lemma == "bear" && !x.passive(w):
		return lemmaType(lemma) // "bear the cost"; "was born" is a birth
	case typ == "DECIDE" && x.decidesToAct(w):
		return "PLAN" // "decided to sell"; "the court decided the case" is a ruling
	}
	return typ
}

// decidesToAct reports whether a decision w is one to do something: it
// takes an infinitive or a clause ("decided to sell", "decided that it
// would sell", "the decision to close").
func (x *ctx) decidesToAct(w int) bool {
	d := x.d
	if len(d.Dependents(w, "xcomp", "ccomp")) > 0 {
		return true
	}
	for _, c := range d.Dependents(w, "acl") {
		if hasMark(d, c, "to") {
			return true
		}
	}
	return false
}

// phrasalType types a verb with a particle ("shut down") or a preposition
// that makes it another verb ("fell for", "called for"); ok is false when
// the verb stands alone.
func (x *ctx) phrasalType(w int, lemma string) (string, bool) {
	d := x.d
	obls, preps := d.Obliques(w)
	for _, p := range x.particles(w) {
		key := lemma + " " + strings.ToLower(d.Words[p].Text)
		for _, prep := range preps {
			if typ, ok := phrasal[key+" "+prep]; ok {
				return typ, true // "pushed back on the plan" opposes it; "pushed back the launch" delays it
			}
		}
		if typ, ok := phrasal[key]; ok && !(typ == "STATEMENT" && len(x.objects(w)) > 0) {
			return typ, true // "opened up about her illness" speaks; "opened up a market" opens it
		}
		return lemmaType(key), true
	}
	if p := x.wordnetParticle(w); p >= 0 && frameOf[lemma] == "" {
		return lemmaType(lemma + " " + strings.ToLower(d.Words[p].Text)), true // "walked away from the bargain" is no walk; "paid back the loan" keeps PAY's frame
	}
	for i, o := range obls {
		typ, ok := phrasal[lemma+" "+preps[i]]
		if ok && !x.timeHead(o) && !(comparativePreps[preps[i]] && x.numberedAmount(o)) && x.d.Words[o].UPOS != "ADV" {
			return typ, true // "fell for the scam", not "fell for a third month"; "won over voters", not "won over 60 percent", "won over and over"
		}
	}
	return "", false
}

// numberedAmount reports a number or an amount with one ("60 percent",
// "5,000 votes"; not "millions of dollars").
func (x *ctx) numberedAmount(o int) bool {
	return x.d.Words[o].UPOS == "NUM" || len(x.d.Dependents(o, "nummod")) > 0
}

// verbLemma is the lemma of verb w with its particle ("open up"), the
// unit the lexicon's verb lists are of.
func (x *ctx) verbLemma(w int) string {
	l := x.lemma(w)
	for _, p := range x.particles(w) {
		return l + " " + strings.ToLower(x.d.Words[p].Text)
	}
	return l
}

// particles are the particles of verb w, without the "up" of an amount
// the parser took for one ("host up to 200 people"). An adverb right
// after the verb that makes with it a phrasal verb of the lexicon is one
// too: parsers tag the "out" of "reached out to her" now a particle, now
// an adverb.
func (x *ctx) particles(w int) []int {
	d := x.d
	var out []int
	for _, p := range d.Dependents(w, "compound:prt") {
		if p+2 < len(d.Words) && strings.EqualFold(d.Words[p].Text, "up") && strings.EqualFold(d.Words[p+1].Text, "to") &&
			d.Words[p+2].UPOS == "NUM" {
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 && w+1 < len(d.Words) && d.Words[w+1].Head == w && doc.RelIs(d.Words[w+1].Rel, "advmod") &&
		len(d.Dependents(w+1, "conj")) == 0 { // not "won over and over"
		if _, ok := phrasal[x.lemma(w)+" "+strings.ToLower(d.Words[w+1].Text)]; ok {
			out = append(out, w+1)
		}
	}
	return out
}

// wordnetParticle is the adverb right after verb w that makes with it a
// verb WordNet lists ("walk_away", "go_back"), -1 when there is none: the
// parser tags it an adverb where it tags others a particle. Only the type
// reads it; the verb's arguments are those of the verb alone.
func (x *ctx) wordnetParticle(w int) int {
	d := x.d
	a := w + 1
	if a >= len(d.Words) || d.Words[a].Head != w || !doc.RelIs(d.Words[a].Rel, "advmod") || d.Words[a].UPOS != "ADV" ||
		len(d.Dependents(a, "conj")) > 0 {
		return -1
	}
	if !wordnetPhrasal[x.lemma(w)+"_"+strings.ToLower(d.Words[a].Text)] {
		return -1
	}
	return a
}

// timeHead reports whether word w heads a phrase of time or duration.
func (x *ctx) timeHead(w int) bool {
	return x.inTime[w] || timeWords[x.lemma(w)]
}

// theme returns the word that undergoes the event of verb w: its object,
// or its subject when passive or when it has no object.
func (x *ctx) theme(w int) int {
	d := x.d
	if o := d.Dependents(w, "obj"); len(o) > 0 && !d.Passive(w) {
		return o[0]
	}
	if s := d.Subjects(w); len(s) > 0 && (d.Passive(w) || len(d.Dependents(w, "obj")) == 0) {
		return s[0]
	}
	return -1
}

// publishes reports whether a RELEASE verb makes something public rather
// than setting someone free: its theme is a thing one publishes, or an
// entity that is not a person, and nothing is left ("from prison").
func (x *ctx) publishes(w int) bool {
	_, preps := x.d.Obliques(w)
	for _, p := range preps {
		if p == "from" {
			return false
		}
	}
	t := x.theme(w)
	if t < 0 {
		return false
	}
	if publishable[x.lemma(t)] {
		return true
	}
	if mi := x.mentionOf(t); mi >= 0 {
		return x.d.Entities[x.d.Mentions[mi].Entity].Type != doc.Person
	}
	return false
}

// personTheme reports whether the theme of verb w is a person: a person
// entity, a personal pronoun or a noun for people.
func (x *ctx) personTheme(w int) bool {
	t := x.theme(w)
	return t >= 0 && x.isPerson(t)
}

// personOwner reports whether singular event noun w, one whose owner
// undergoes it (implicitTheme), belongs to one person, its possessor or
// its of-phrase, with nothing measured "in": "Hale's rise", "the fall of
// the premier" (as "she rose"). "Her rise in the polls" is a rise of her
// numbers, "a surge of voters" and "her gains" count.
func (x *ctx) personOwner(w int) bool {
	d := x.d
	if !implicitTheme[x.lemma(w)] || lex.PluralWord(d.Words[w]) {
		return false
	}
	for _, n := range d.Dependents(w, "nmod") {
		if caseOf(d, n) == "in" {
			return false
		}
	}
	for _, n := range d.Dependents(w, "nmod:poss") {
		if x.isPerson(n) {
			return true
		}
	}
	for _, n := range d.Dependents(w, "nmod") {
		if caseOf(d, n) == "of" && !lex.PluralWord(d.Words[n]) && x.isPerson(n) {
			return true
		}
	}
	return false
}

// isPerson reports whether word t is a person: a person entity, a
// personal pronoun or a noun for people.
func (x *ctx) isPerson(t int) bool {
	if mi := x.mentionOf(t); mi >= 0 {
		return x.d.Entities[x.d.Mentions[mi].Entity].Type == doc.Person
	}
	l := x.lemma(t)
	_, person := lex.PersonNouns[l]
	return person || lex.SubjectPronouns[l]
}

// idiomObject returns the object or oblique of verb w that makes an idiom
// with it (lex.IdiomObject: "took aim", "played a role", "took place"),
// -1 when none: the pair names the event, the verb alone would misread it.
// An "it" idiom takes "it" as the object ("made it to the final").
func (x *ctx) idiomObject(w int) int {
	for _, o := range x.d.Dependents(w, "obj", "obl") {
		if lex.IdiomObject(x.d, o) && (x.d.Words[o].UPOS == "NOUN" || doc.RelIs(x.d.Words[o].Rel, "obj")) { // "made it", not "hit him for it"
			return o
		}
	}
	return -1
}
