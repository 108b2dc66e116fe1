package mention

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// verbParts splits each range of a tagged name at a word the parse reads
// as the verb of a clause, which no name holds: in a title-case headline
// every word is capitalised and the tagger runs a name on into the verb
// after it ("Donald Trump Invokes ...", "SCHULTZ RESIGNS"), and it may run
// on over a lower-case verb ("Sanders pushes Dems"). Elsewhere a
// capitalised word is the name's.
// The verb is left out and the words on either side are names of their
// own (the tagger's type kept); a verb inside a name ("Planned
// Parenthood") modifies a noun there (amod, compound) and stays.
func verbParts(d *doc.Document, parts [][2]int) [][2]int {
	if len(d.Words) == 0 {
		return parts
	}
	var out [][2]int
	for _, r := range parts {
		start := r[0]
		for k := r[0]; k < r[1]; k++ {
			if !clauseVerb(d, k, r[0]) || !headlineCase(d, k) && !doc.IsLowerWord(d.Tokens[k].Text) && !isAllCaps(d.Tokens[k].Text) {
				continue
			}
			if k > start {
				out = append(out, [2]int{start, k})
			}
			start = k + 1
		}
		if start < r[1] {
			out = append(out, [2]int{start, r[1]})
		}
	}
	return out
}

// clauseVerb reports whether token k is a verb in the present or past
// tense that heads a clause (its sentence's root, a conjunct, a clause of
// its own) whose subject is among the name's words before it, from token
// first: a finite verb said of the name, no word of a name ("Hope Hicks",
// "Human Rights Watch" have no subject inside).
func clauseVerb(d *doc.Document, k, first int) bool {
	w := d.TokenWord(k)
	if w < 0 || d.Words[w].UPOS != "VERB" {
		return false
	}
	switch d.Words[w].XPOS {
	case "VBZ", "VBD", "VBP":
	default:
		return false
	}
	if !doc.RelIs(d.Words[w].Rel, "root", "conj", "parataxis", "ccomp") {
		return false
	}
	for _, sj := range d.Dependents(w, "nsubj") {
		if t := d.Words[sj].Token; t >= first && t < k {
			return true
		}
	}
	return false
}

// headlineCase reports whether token k stands in the document's first
// sentence, its headline, or in a sentence that capitalises a function
// word (an article, a preposition, a pronoun) after its first word: where
// capitals say nothing of names. A capitalised verb is no sign here: it
// is the word in question ("Charlie Rose", read as a clause, is a name).
func headlineCase(d *doc.Document, k int) bool {
	si := d.Tokens[k].Sentence
	if si == 0 {
		return true
	}
	s := d.Sentences[si]
	for j := s.First + 1; j < s.Last; j++ {
		w := d.TokenWord(j)
		if w < 0 || !doc.IsCapitalised(d.Tokens[j].Text) || d.Tokens[j-1].Text == ":" || doc.IsQuoteMark(d.Tokens[j-1].Text) {
			continue
		}
		switch d.Words[w].UPOS {
		case "ADP", "DET", "PRON", "CCONJ", "PART":
			return true
		}
	}
	return false
}
