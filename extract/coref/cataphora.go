package coref

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// A pronoun in a phrase that opens the sentence, set off by a comma and
// with no subject of its own, refers ahead to the subject of the clause
// it opens: "In her first speech as mayor, Ana Ruiz promised ...",
// "Addressing a weakness of its own, Kestrel agreed to buy ...". The
// writer names the subject after the phrase; whoever the text named
// before is not whose speech it was.

// cataphor is the entity that the subject after the opening phrase holding
// the pronoun at token tok names, when accept takes its name mention; -1
// when the pronoun is not in such a phrase, or the subject names nothing
// accept takes.
func cataphor(d *doc.Document, tok int, accept func(m doc.Mention) bool) int {
	s := cataphorSubject(d, tok)
	if s < 0 {
		return -1
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= s && s < m.LastTok && m.Entity >= 0 && accept(m) {
			return m.Entity
		}
	}
	return -1
}

// cataphorSubject is the token of the subject of the main clause that the
// phrase holding the pronoun at tok opens (cataphor), whatever it names;
// -1 when there is none.
func cataphorSubject(d *doc.Document, tok int) int {
	w := d.TokenWord(tok)
	if w < 0 || doc.RelIs(d.Words[w].Rel, "nsubj") {
		return -1 // "When he arrived, ...": a subject of its own clause
	}
	if coArgument(d, w) {
		return -1 // "Keeping her on the line, Ana said": the phrase's understood subject is Ana, so "her" is not
	}
	x := w // the pronoun's ancestor that hangs on the clause head
	for steps := 0; steps < 12; steps++ {
		h := d.Words[x].Head
		if h < 0 {
			return -1
		}
		if len(d.Dependents(x, "nsubj")) > 0 {
			return -1 // the phrase is a clause with a subject of its own
		}
		if doc.RelIs(d.Words[x].Rel, "obl", "advcl") && d.Words[h].Token > tok {
			return opened(d, x, h, tok)
		}
		x = h
	}
	return -1
}

// opened is the token of the subject of clause head h that adjunct x
// opens: x starts the sentence, and a comma after the pronoun at tok and
// before the subject sets it off; -1 otherwise.
func opened(d *doc.Document, x, h, tok int) int {
	if advcl := doc.RelIs(d.Words[x].Rel, "advcl"); advcl && !d.NonFinite(x) {
		return -1 // "Because its sales fell, ...": a finite clause
	}
	first, _ := d.SentenceWords(d.Words[x].Sentence)
	for first < len(d.Words) && d.Words[first].UPOS == "PUNCT" {
		first++ // an opening quote mark
	}
	if !dominates(d, x, first) {
		return -1 // not the phrase that opens the sentence
	}
	subj := d.Dependents(h, "nsubj")
	if len(subj) != 1 {
		return -1
	}
	s := d.Words[subj[0]].Token
	comma := false
	for k := tok + 1; k < s; k++ {
		comma = comma || d.Tokens[k].Text == ","
	}
	if !comma {
		return -1
	}
	return s
}
