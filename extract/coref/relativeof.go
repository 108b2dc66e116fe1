package coref

import "github.com/newsgraph/newsgraph/extract/doc"

// relativeOnGroup is the entity of a group named by nationality, party or
// faith ("Americans", "Democrats": names typed Other) that ends an
// of-phrase inside a wider description right before a restrictive "who"
// at k (no comma): "parents of Canadians who were hurt" (the Canadians
// were hurt), "a dozen of Liberals who abstained". The parse often
// hangs such a clause on the description's head, but a name of people in
// the plural (tagged NNPS or NNS) right before "who" is what the clause
// is about; a person's name ("aides of Smith who quit"), a place, or a
// body named in the singular ("members of the Freedom Caucus who voted")
// is left to the description. -1 otherwise.
func relativeOnGroup(d *doc.Document, k int) int {
	if k < 1 || d.Tokens[k-1].Text == "," {
		return -1
	}
	for _, m := range d.Mentions {
		if m.LastTok != k || m.Kind != doc.Name || m.Entity < 0 || d.Entities[m.Entity].Type != doc.Other ||
			d.Entities[m.Entity].Ambiguous() || !widerDescription(d, m.FirstTok, k) {
			continue
		}
		if w := d.TokenWord(m.LastTok - 1); w >= 0 && ofModifier(d, w) && (d.Words[w].XPOS == "NNPS" || d.Words[w].XPOS == "NNS") {
			return m.Entity
		}
	}
	return -1
}

// widerDescription reports whether a description starts before token
// first and runs past token k.
func widerDescription(d *doc.Document, first, k int) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.FirstTok < first && m.LastTok > k {
			return true
		}
	}
	return false
}
