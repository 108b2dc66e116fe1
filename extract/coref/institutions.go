package coref

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A hospital, a clinic or a college is a building one goes to and the body
// that runs it. The tagger reads its name as a place; the sentence says
// the body where the name receives a gift, employs someone or acts:
// "donated it to St. Agnes Hospital", "a spokesman for the Falkvik
// Clinic", "the Falkvik Clinic said". Being there, going there or being
// treated there keeps the place.

// institutionHeads end the names of institutions that are both a building
// and a body ("... Hospital", "... Clinic").
var institutionHeads = lex.Words("coref/institutionHeads")

// givingVerbs (lemmas) take the body that receives with "to": "donated
// the money to St. Agnes Hospital". Not "send": one is sent to a hospital.
var givingVerbs = lex.Words("coref/givingVerbs")

// institutionActs (lemmas) have a body, not a building, as their subject:
// "the clinic said", "the hospital hired".
var institutionActs = lex.Words("coref/institutionActs")

// actsAsInstitution reports whether one of the mentions ms, a name ending
// in an institution's head word, receives with "to" after a verb of
// giving, follows a person noun with "for" or "with" ("a lawyer with the
// Falkvik Clinic"), or is the subject of an act of a body.
func actsAsInstitution(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		m := d.Mentions[mi]
		w := d.HeadNoun(m.FirstTok, m.LastTok)
		if w < 0 || !institutionHeads[lastWord(doc.NameKey(m.Text))] {
			continue
		}
		h := d.Words[w].Head
		if h < 0 {
			continue
		}
		rel, c := d.Words[w].Rel, d.CaseWords(w)
		switch {
		case doc.RelIs(rel, "obl") && c == "to" && givingVerbs[d.Words[h].Lemma]:
			return true
		case doc.RelIs(rel, "nmod") && (c == "for" || c == "with") && personNoun(d.Words[h].Lemma):
			return true
		case doc.RelIs(rel, "nsubj") && institutionActs[d.Words[h].Lemma]:
			return true
		}
	}
	return false
}

// personNoun reports whether a common noun's lemma names a person ("a
// spokesman", "a lawyer").
func personNoun(lemma string) bool {
	t, head := lex.HeadNoun(lemma)
	return head && t == doc.Person
}
