package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A list of predicates says each of its items of the copula's subject
// (and a list after "as" of whom the "as" phrase describes):
// "Ruiz is a skilled negotiator, a stubborn optimist and a patient
// listener" makes all three Ruiz, not the first alone. The parse hangs the
// later items on the first as conjuncts or appositions, so only the first
// has the copula; the later ones take the subject it has.

// parsedListedPredicate is the entity of the copula's subject when the
// head of singular description c is a later item (conj, appos) of a list
// whose first item is the predicate of an asserted copula; -1 otherwise.
// An item of its own that is negated or not asserted ("a liar and not a
// thief") says nothing of who the subject is.
func parsedListedPredicate(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || d.Negated(h) || len(d.Dependents(h, "cop", "case", "mark")) > 0 {
		return -1
	}
	first := h
	for doc.RelIs(d.Words[first].Rel, "conj", "appos") && d.Words[first].Head >= 0 && d.Words[first].Head < first {
		first = d.Words[first].Head
	}
	if first == h || d.Words[first].UPOS != "NOUN" && d.Words[first].UPOS != "PROPN" {
		return -1
	}
	p := c
	p.Head = d.Words[first].Token
	p.Plural = d.Words[first].XPOS == "NNS" || d.Words[first].XPOS == "NNPS"
	cases := d.Dependents(first, "case")
	if len(cases) == 1 && strings.EqualFold(d.Words[cases[0]].Text, "as") {
		// "as a columnist, host of a podcast and a pundit, Ruiz ...": the
		// list an "as" phrase opens describes whom it does
		if v := d.Words[first].Head; v < 0 || d.Modal(v) != "" || irrealis(d, v) || subordinate(d, v) {
			return -1
		}
		return parsedAs(d, p)
	}
	if len(cases) > 0 {
		return -1 // "is at the edge of it and still none of her peers": a place the subject is in, no description
	}
	return parsedCopula(d, p)
}

// parsedListedApposition is the entity of the name an apposition stands
// by when the head of singular description c is a later item of it joined
// by "and" ("Ana Ruiz, once a clerk at the mill and today the head of
// the guild, said"); -1 otherwise. A comma before the "and" closes the
// apposition: "Ana Ruiz, a lawyer, and her husband" are two people.
func parsedListedApposition(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || d.Words[h].Rel != "conj" || len(d.Dependents(h, "case", "mark", "cop")) > 0 {
		return -1
	}
	f := d.Words[h].Head
	if f < 0 || f > h || d.Words[f].Rel != "appos" || d.Words[f].UPOS != "NOUN" || d.Words[f].XPOS == "NNS" {
		return -1
	}
	cc := d.Dependents(h, "cc")
	if len(cc) != 1 || d.Words[cc[0]].Lemma != "and" || cc[0] == 0 || d.Words[cc[0]-1].Text == "," {
		return -1
	}
	p := c
	p.Head = d.Words[f].Token
	return parsedApposition(d, p)
}

// subordinate reports whether verb v opens a clause set before the main
// one ("When Ruiz was named as an aide, a columnist said ..."): a noun
// after it and its comma may be the main clause's subject the parse
// missed, not another item of its list.
func subordinate(d *doc.Document, v int) bool {
	for _, k := range d.Dependents(v, "mark", "advmod") {
		if d.Words[k].Rel == "mark" || d.Words[k].XPOS == "WRB" {
			return true
		}
	}
	return false
}
