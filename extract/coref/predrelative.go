package coref

import "github.com/newsgraph/newsgraph/extract/doc"

// predicateRelative is the person a "who" at k stands for when its clause
// hangs on the predicate noun of a copula, or on a later conjunct of it,
// whose subject is a named person or a placed pronoun: "Tom Reed is a
// liar and a bully who has pledged to ...": Reed pledged. Whoever the
// predicate describes is the subject; a negated, modal or irrealis
// predicate ("is not a man who ...", "could be a leader who ...") says
// nothing of the subject and is left. -1 otherwise.
func predicateRelative(d *doc.Document, k int) int {
	w := d.TokenWord(k)
	if w < 0 {
		return -1
	}
	v := d.Words[w].Head
	if v < 0 || d.Words[v].Rel != "acl:relcl" || d.Words[v].Head < 0 {
		return -1
	}
	n := d.Words[v].Head
	if d.Words[n].Rel == "conj" && d.Words[n].Head >= 0 {
		n = d.Words[n].Head // "a liar and a bully who": the first conjunct holds the copula
	}
	if d.Words[n].UPOS != "NOUN" || len(d.Dependents(n, "cop")) == 0 || d.Negated(n) || d.Modal(n) != "" || irrealis(d, n) {
		return -1
	}
	person := doc.NominalMention{Type: doc.Person}
	for _, s := range d.Dependents(n, "nsubj") {
		if e := mentionEntityAt(d, s, person); e >= 0 {
			return e
		}
	}
	return -1
}
