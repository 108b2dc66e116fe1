package event

import "github.com/newsgraph/newsgraph/extract/doc"

// narratedAdjunct reports a participle set after a comma on a verb of
// saying, with no subject of its own ("he said, pointing to the flood";
// "a clerk said, noting that ..."): the writer tells what the speaker
// did while saying it, so no one reports it but the text, even where the
// quote's content runs over it. What the participle says ("noting that
// the fee was low") is still the speaker's.
func (x *ctx) narratedAdjunct(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || w < 2 || h > w || d.Words[w].XPOS != "VBG" || len(d.Dependents(w, "nsubj", "nsubj:pass", "expl")) > 0 {
		return false
	}
	if !doc.RelIs(d.Words[w].Rel, "advcl", "xcomp", "conj") || d.Words[w-1].Text != "," {
		return false
	}
	if len(d.Dependents(h, "nsubj")) == 0 || x.inQuotationMarks(w) {
		return false // "pledged to fine the firm, citing the permit": the fine's; a quotation's own words
	}
	return sayVerbs[x.lemma(h)] && x.saidSo(h)
}
