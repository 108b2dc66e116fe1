package event

import "strings"

// A verbless "if" phrase on a quantity hedges the words it stands by, it
// sets no condition: "with few, if any, checks", "many, if not most, of
// the farmers", "if anything, the mayor has raised taxes". The clause it
// hangs on is told as it is. "If not, ...", "if so", "if necessary", "if
// elected" and "if not for the storm" still suppose something.

// hedgeIf reports whether if-clause w is such a hedge: it has no subject,
// auxiliary nor copula, and its head is a determiner or pronoun ("any",
// "anything", "at all"), or a word other than a verb that "not" modifies
// and no preposition introduces ("if not most", "if not impossible").
func (x *ctx) hedgeIf(w int) bool {
	d := x.d
	if len(d.Dependents(w, "nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "cop")) > 0 {
		return false
	}
	switch d.Words[w].UPOS {
	case "DET", "PRON":
		return true
	case "VERB", "AUX", "PART":
		return false
	case "PUNCT":
		return x.strayHedge(w)
	}
	if len(d.Dependents(w, "case")) > 0 {
		return false // "if not for the storm": a condition contrary to fact
	}
	for _, a := range d.Dependents(w, "advmod") {
		if strings.EqualFold(d.Words[a].Text, "not") {
			return true
		}
	}
	return false
}

// strayHedge reports an "if any," or "if anything," whose if the parser
// hung on a punctuation mark, the full stop or a comma ("posts them with
// few, if any, visible attempts to ..."): no clause there, the word right
// after "if" a determiner or pronoun set off by a comma.
func (x *ctx) strayHedge(w int) bool {
	d := x.d
	for _, m := range d.Dependents(w, "mark") {
		k := m + 1
		if strings.EqualFold(d.Words[m].Text, "if") && k+1 < len(d.Words) &&
			(d.Words[k].UPOS == "DET" || d.Words[k].UPOS == "PRON") && d.Words[k+1].Text == "," {
			return true
		}
	}
	return false
}
