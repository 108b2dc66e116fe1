package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// dropTermAcronyms removes the names the tagger found in a capitalised
// term and in its acronym ("Maintenance, Repair and Overhaul (MRO)
// operations"): an acronym in brackets that spells the initials of the
// capitalised words before it, the first of them a common noun to the
// parse and none a word that heads the names of people, organisations or
// places ("Bank", "Agency", "Officer") or a listed name. Such a term names
// an activity or a thing; a body's name has a head noun of its own
// ("European Central Bank (ECB)").
func dropTermAcronyms(d *doc.Document) {
	drop := map[int]bool{}
	for i, m := range d.Mentions {
		if m.Kind != doc.Name || m.LastTok-m.FirstTok != 1 {
			continue
		}
		if first, ok := termBefore(d, m.FirstTok); ok {
			drop[i] = true
			for j, n := range d.Mentions {
				if n.Kind == doc.Name && n.FirstTok >= first && n.LastTok <= m.FirstTok {
					drop[j] = true
				}
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	dropMentions(d, drop)
}

// dropMentions removes the mentions whose indexes drop holds, in place,
// keeping the others in order.
func dropMentions(d *doc.Document, drop map[int]bool) {
	kept := d.Mentions[:0]
	for i, m := range d.Mentions {
		if !drop[i] {
			kept = append(kept, m)
		}
	}
	d.Mentions = kept
}

// termBefore reports whether the acronym at token k, in brackets, spells
// a term's initials (see dropTermAcronyms), and the term's first token.
func termBefore(d *doc.Document, k int) (int, bool) {
	acr := d.Tokens[k].Text
	if len(acr) < 2 || strings.ToUpper(acr) != acr || k < 2 || k+1 >= len(d.Tokens) ||
		d.Tokens[k-1].Text != "(" || d.Tokens[k+1].Text != ")" || !doc.SameSentence(d, k-2, k) {
		return 0, false
	}
	var initials []byte
	first := -1
	for j := k - 2; j >= 0 && doc.SameSentence(d, j, k); j-- {
		t := d.Tokens[j].Text
		if t == "," || t == "and" || t == "&" || t == "of" {
			continue
		}
		if !doc.IsCapitalised(t) || strings.ToUpper(t) == t || len(initials) == len(acr) {
			break
		}
		low := strings.ToLower(t)
		if _, head := lex.NounType(low); head || nonPersonNameWords[low] || lex.KnownType(t) != "" {
			return 0, false
		}
		initials = append([]byte{t[0]}, initials...)
		first = j
	}
	if first < 0 || string(initials) != acr {
		return 0, false
	}
	w := d.TokenWord(first)
	return first, w >= 0 && d.Words[w].UPOS == "NOUN"
}
