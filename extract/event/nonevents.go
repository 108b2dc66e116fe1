package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Words that look like predicates but name people, bodies or
// institutions, or only present an event named elsewhere, are no events.

// personPlural reports a verb the tagger made of the plural of a noun for
// people ("with Trump aides", "Morning Joe hosts Joe Scarborough"): a
// third-person form with no subject of its own, or with a preposition or
// determiner, is the noun ("aides", "hosts"), no aiding or hosting. A
// subject keeps the verb ("She hosts the show").
func (x *ctx) personPlural(w int) bool {
	d := x.d
	if d.Words[w].XPOS != "VBZ" {
		return false
	}
	form := strings.ToLower(d.Words[w].Text)
	if t, ok := lex.HeadNoun(form); !ok || t != doc.Person || !lex.PluralNoun(form) {
		return false
	}
	if len(d.Dependents(w, "case", "det")) > 0 {
		return true
	}
	if doc.RelIs(d.Words[w].Rel, "conj") || len(d.Dependents(w, "nsubj", "nsubj:pass", "csubj", "expl", "aux")) > 0 {
		return false // "She writes and hosts the show": the subject is the first verb's
	}
	return true
}

// presentational reports a verb that only brings on the event its subject
// names, put after it ("Then came the decision to withdraw", "Next comes
// the vote"): the noun is the event, the verb none. A destination keeps
// the movement ("Then came the envoys to Paris"); with the subject before
// it ("The ruling came after a long trial") the verb places the event in
// time, and corpora such as MEANTIME count it.
func (x *ctx) presentational(w int) bool {
	d := x.d
	if !presentationalVerbs[x.lemma(w)] || len(d.Dependents(w, "obj", "compound:prt")) > 0 {
		return false
	}
	subj := d.Dependents(w, "nsubj")
	if len(subj) == 0 || subj[0] < w || !x.eventNoun(subj[0]) {
		return false
	}
	_, preps := d.Obliques(w)
	for _, p := range preps {
		if motionPreps[p] || p == "to" {
			return false
		}
	}
	return true
}

// subject reports whether noun w is a subject or a conjunct of one ("Mrs.
// Lund and her campaign said"; "she, as well as her campaign, has
// maintained").
func (x *ctx) subject(w int) bool {
	d := x.d
	for k := w; k >= 0; k = d.Words[k].Head {
		switch {
		case doc.RelIs(d.Words[k].Rel, "nsubj", "nsubj:pass"):
			return true
		case !doc.RelIs(d.Words[k].Rel, "conj"):
			return false
		}
	}
	return false
}

// kindOnly reports a noun with no determiner, possessor, number or
// complement: the kind, not one of its instances ("legalized same-sex
// marriage"; not "their marriage", "the marriage of the two").
func (x *ctx) kindOnly(w int) bool {
	d := x.d
	return len(d.Dependents(w, "det", "nmod:poss", "nummod", "nmod", "acl", "acl:relcl")) == 0 &&
		!lex.PluralNoun(strings.ToLower(d.Words[w].Text))
}

// venueNamed reports an accord named for the place it was made: "the"
// and a place name compounded with it that is no country, a party ("the
// Paris climate agreement"; not "the Iran agreement", nor the
// description "a Middle East peace agreement"): the name of a text that
// parties honour or leave, no event.
func (x *ctx) venueNamed(w int) bool {
	d := x.d
	if !accordNouns[x.lemma(w)] || frameOf[x.lemma(w)] == "" {
		return false
	}
	definite := false
	for _, c := range d.Dependents(w, "det") {
		definite = definite || strings.EqualFold(d.Words[c].Text, "the")
	}
	if !definite {
		return false
	}
	for _, m := range d.Dependents(w, "compound") {
		if d.Words[m].UPOS == "PROPN" && x.isPlace(m) && !x.party(w, m) {
			return true
		}
	}
	return false
}

// occupation reports whether noun w names people by their trade or role,
// which an event noun before it only classifies ("an investment banker",
// "a campaign manager", "election officials"); the people that take part
// in one event ("the shooting suspect", "crash victims": roleNouns) are
// no trade.
func (x *ctx) occupation(w int) bool {
	if x.d.Words[w].UPOS != "NOUN" || roleNouns[x.lemma(w)] {
		return false
	}
	t, ok := lex.HeadNoun(strings.ToLower(x.d.Words[w].Text))
	return ok && t == doc.Person
}

// staffCredit reports the gerund of a story's credit line: a newsroom job
// (lex event/creditGerunds) with a "by" phrase naming who did it and no
// subject, opening its sentence or a piece of it after a bracket, a
// semicolon or a comma ("(Reporting by Jane Doe in Paris; Additional
// reporting by ...; Editing by ...)"). It tells who made the story, no event
// of the story. "She was reporting by phone" has a subject and stays.
func (x *ctx) staffCredit(w int) bool {
	d := x.d
	if !creditGerunds[x.lemma(w)] || !strings.HasSuffix(strings.ToLower(d.Words[w].Text), "ing") ||
		len(d.Dependents(w, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop")) > 0 {
		return false
	}
	byName := false
	for _, c := range d.Dependents(w, "obl", "nmod") {
		if caseOf(d, c) == "by" && d.Words[c].UPOS == "PROPN" {
			byName = true
		}
	}
	if !byName {
		return false
	}
	k := w - 1
	for k >= 0 && d.Words[k].Head == w && doc.RelIs(d.Words[k].Rel, "amod") {
		k-- // "Additional reporting"
	}
	first, _ := d.SentenceWords(d.Words[w].Sentence)
	if k < first {
		return true
	}
	switch d.Words[k].Text {
	case "(", "[", ";", ",", "--", "—":
		return true
	}
	return false
}
