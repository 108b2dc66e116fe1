package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Words of violence name physical attacks and wars, but politics borrows
// them: "his attacks on her record", "a war on coal", "shot back in a
// statement". The arguments and the sentence decide: a physical attack
// has weapons, victims, soldiers or a place as its target; a verbal one is
// a retort ("shot back"), has a modifier of words ("legislative attacks"),
// an idea or a person named as its target, or a person named as its author
// and words of politics around it. Without such evidence it stays an attack.

var (
	// figurativeAttacks: the attack lemmas politics borrows, with the
	// type they take as words (event.txt).
	figurativeAttacks = lex.Table("event/figurativeAttacks")
	// violenceWords tell a physical attack; speechWords a verbal one.
	violenceWords = lex.Words("event/violenceWords")
	speechWords   = lex.Words("event/speechWords")
	// verbalModifiers make an attack one of words ("legislative attacks").
	verbalModifiers = lex.Words("event/verbalModifiers")
	// criticizable things are targets of criticism ("attacks on her record").
	criticizable = lex.Words("event/criticizable")
)

// attackType returns the type of event ev triggered by w: ATTACK, or the
// frame of words (CRITICIZE, CAMPAIGN) an attack of words takes.
func (x *ctx) attackType(w int, ev doc.Event) string {
	to, ok := figurativeAttacks[x.lemma(w)]
	if !ok || ev.Type != "ATTACK" {
		return ev.Type
	}
	retort := x.retort(w) && (x.wordsAround(w) || x.saysWords(w)) // "shot back in a statement"; "shot back to save their lives" were shots
	if d := x.d; d.Words[w].UPOS == "VERB" && !retort && strings.Contains(to, "retort") {
		return ev.Type // "shot the guard"; "shot back at critics" is a retort
	}
	to, _, _ = strings.Cut(to, " ")
	if x.violent(w, ev) {
		return ev.Type
	}
	if retort || x.verbalModifier(w) || x.ideaTarget(w) || x.namedPerson(ev, "Arg1") ||
		x.namedPerson(ev, "Arg0") && x.wordsAround(w) {
		return to
	}
	return ev.Type
}

// retort reports "shot back", "fired back": an answer, not a shot.
func (x *ctx) retort(w int) bool {
	for _, c := range x.d.Dependents(w, "compound:prt", "advmod") {
		if strings.EqualFold(x.d.Words[c].Text, "back") {
			return true
		}
	}
	return false
}

// violent reports the evidence of a physical attack: a word of violence in
// the sentence, a place as what is attacked, or a place naming the attack.
func (x *ctx) violent(w int, ev doc.Event) bool {
	d := x.d
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for k := first; k < last; k++ {
		if k != w && violenceWords[x.lemma(k)] {
			return true
		}
	}
	for _, a := range ev.Args {
		if e := d.Mentions[a.Mention].Entity; a.Role == "Arg1" && e >= 0 && d.Entities[e].Type == doc.Place {
			return true
		}
	}
	for _, m := range d.Dependents(w, "compound", "nmod:poss", "amod") {
		if mi := x.mentionOf(m); mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Place {
			return true // "the Paris attacks", "Syria's war"
		}
	}
	return false
}

// verbalModifier reports a modifier that makes the attack one of words
// ("legislative attacks", "negative ads' attacks").
func (x *ctx) verbalModifier(w int) bool {
	for _, m := range x.d.Dependents(w, "amod", "compound") {
		if verbalModifiers[x.lemma(m)] {
			return true
		}
	}
	return false
}

// ideaTarget reports an attack on an idea, a record or a policy ("an
// assault on the rule of law"), or a war on something that is no country
// or group ("a war on coal").
func (x *ctx) ideaTarget(w int) bool {
	d := x.d
	targets := d.Dependents(w, "obj")
	near := d.Dependents(w, "nmod", "obl")
	if h := d.Words[w].Head; h >= 0 && d.Words[w].UPOS == "NOUN" {
		for _, o := range d.Dependents(h, "obl") {
			if cs := d.Dependents(o, "case"); len(cs) > 0 && cs[0] == w+1 {
				near = append(near, o) // "stepped up attacks on her record": the parser hung the phrase on the verb
			}
		}
	}
	for _, o := range near {
		if c := caseOf(d, o); c == "on" || c == "against" {
			targets = append(targets, o)
			if mi := x.mentionOf(o); c == "on" && x.lemma(w) == "war" && (mi < 0 || x.things[mi]) { // a thing the stage made is no entity
				return true
			}
		}
	}
	for _, o := range targets {
		if l := x.lemma(o); criticizable[l] || lex.AbstractNoun(l) && !strings.HasSuffix(l, "ing") { // "attacks on shipping" hit ships
			return true
		}
	}
	return false
}

// wordsAround reports a word of political speech in the sentence
// ("attacks echoed by her campaign"); words of reporting ("said") are
// around physical attacks as much.
func (x *ctx) wordsAround(w int) bool {
	d := x.d
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for k := first; k < last; k++ {
		if k != w && speechWords[x.lemma(k)] {
			return true
		}
	}
	return false
}

// saysWords reports a verb that says something: it takes a clause ("shot
// back that the plan was foolish") or its sentence quotes one ("“Not so,”
// she shot back"); a retort in words, no shot.
func (x *ctx) saysWords(w int) bool {
	d := x.d
	if len(d.Dependents(w, "ccomp")) > 0 {
		return true
	}
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for k := first; k < last; k++ {
		if doc.IsQuoteMark(d.Words[k].Text) {
			return true
		}
	}
	return false
}

// namedPerson reports whether ev has a person named in role: politics
// attacks people by name ("his attacks against Ana Ruiz"), a report of
// violence its victims by description ("attacked a guard").
func (x *ctx) namedPerson(ev doc.Event, role string) bool {
	d := x.d
	for _, a := range ev.Args {
		m := d.Mentions[a.Mention]
		if a.Role == role && m.Kind == doc.Name && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
			return true
		}
	}
	return false
}
