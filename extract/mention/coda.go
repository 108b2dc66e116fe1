package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// existentialCoda reports whether dependent c of the phrase headed by h is
// the coda of an existential clause that h is the pivot of ("There were
// three people [injured in the crash]", "there was a crowd of fans [in
// the square]"): what follows the pivot says where it is or what happened
// to it, as the clause's predicate does, and is not part of its noun
// phrase. The coda is a participle on the pivot (acl, not a relative
// clause: "people who fled" stays) or a place phrase on the pivot or on
// its "of" complement; only at the end of the phrase, so that a clause
// after it ("people in Ohio who ...") keeps the phrase whole.
func existentialCoda(d *doc.Document, h, c int) bool {
	if c <= h || !existentialPivot(d, h) {
		return false
	}
	w := d.Words[c]
	switch {
	case w.Head == h && w.Rel == "acl" && (w.XPOS == "VBN" || w.XPOS == "VBG") && !complementBefore(d, h, c) && !finiteAux(d, c):
	case doc.RelIs(w.Rel, "nmod") && placePreps[d.CaseWords(c)] && (w.Head == h || isOfComplement(d, h, w.Head)) &&
		(w.UPOS == "NOUN" || w.UPOS == "PROPN") && !hasWhWord(d, c):
	default:
		return false
	}
	_, cl, _ := d.Subtree(c)
	_, hl, _ := d.Subtree(h)
	for hl > cl && d.Words[hl-1].UPOS == "PUNCT" {
		hl--
	}
	return cl == hl
}

// complementBefore reports whether noun h has an "of" complement before
// its participle c and is no quantity ("little chance of officials being
// charged"): the participle may be the complement's clause, which the
// parse hung on h; after a quantity ("lots of generators being built")
// the participle is the coda.
func complementBefore(d *doc.Document, h, c int) bool {
	if partitiveHeads[strings.ToLower(d.Words[h].Text)] {
		return false
	}
	return ofComplementBefore(d, h, c)
}

// finiteAux reports whether verb c has an auxiliary of tense ("profits
// are reported"): a clause, not a participle, whatever the parse hung it
// on; "being" of a passive participle is no such auxiliary.
func finiteAux(d *doc.Document, c int) bool {
	for _, a := range d.Dependents(c, "aux") {
		if d.Words[a].XPOS != "VBG" {
			return true
		}
	}
	return false
}

// hasWhWord reports whether a wh-word stands in the phrase of c ("in
// how the bus fares are set"): the phrase is a question's
// clause, not a place.
func hasWhWord(d *doc.Document, c int) bool {
	a, b, _ := d.Subtree(c)
	for k := a; k < b; k++ {
		if strings.HasPrefix(d.Words[k].XPOS, "W") {
			return true
		}
	}
	return false
}

// existentialPivot reports whether noun h is the subject of "there is":
// its verb is "be" with the expletive "there".
func existentialPivot(d *doc.Document, h int) bool {
	w := d.Words[h]
	if !doc.RelIs(w.Rel, "nsubj") || w.Head < 0 || strings.ToLower(d.Words[w.Head].Lemma) != "be" {
		return false
	}
	for _, e := range d.Dependents(w.Head, "expl") {
		if strings.EqualFold(d.Words[e].Text, "there") {
			return true
		}
	}
	return false
}

// isOfComplement reports whether word p is the "of" complement of h ("a
// crowd of fans").
func isOfComplement(d *doc.Document, h, p int) bool {
	return p >= 0 && d.Words[p].Head == h && doc.RelIs(d.Words[p].Rel, "nmod") && d.CaseWords(p) == "of"
}
