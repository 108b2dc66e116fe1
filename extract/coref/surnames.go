package coref

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// dominantOf returns the one of the people a bare surname fits ("Felt"
// with W. Mark Felt, his wife Audrey Felt and his daughter Joan Felt)
// that the article is about, or -1. News style names the subject in full
// first and calls him by the surname from then on, and names his
// relatives in full each time precisely so that the surname stays his: so
// the candidate introduced first whose full name the article gives more
// often than all the others' together is the one the surname means. Two
// people named about equally often ("Anna Kowalski and her brother Piotr
// Kowalski") leave the surname ambiguous. The surname given to one of them
// before the others were named counts as a mention of theirs.
// full lists, by mention index, whether a NAME mention gives a full name
// (two words or more, titles off), early whether namedBefore gave a bare
// surname its one person; among holds the candidates.
func dominantOf(d *doc.Document, among []int, full, early []bool) int {
	count := map[int]int{}
	first := map[int]int{}
	for i, m := range d.Mentions {
		if m.Kind != doc.Name || !(full[i] || early[i]) || !slices.Contains(among, m.Entity) {
			continue
		}
		count[m.Entity]++
		if f, ok := first[m.Entity]; full[i] && (!ok || m.Start < f) {
			first[m.Entity] = m.Start
		}
	}
	best, total := -1, 0
	for _, e := range among {
		total += count[e]
		if best < 0 || count[e] > count[best] {
			best = e
		}
	}
	if best < 0 || 2*count[best] <= total {
		return -1
	}
	for _, e := range among {
		if f, ok := first[e]; ok && e != best && f < first[best] {
			return -1 // the first one named is who the article is about
		}
	}
	return best
}

// namedBefore keeps the people of among named in full before offset at: a
// bare surname means someone already introduced, so "Clinton" in an
// article about Hillary Clinton is hers until Bill or Chelsea Clinton is
// named, however often they are named later. A surname before every full
// name (a headline, a lede naming the person later) gets none, and so does
// one after two people were named with it at once ("Khizr and Ghazala
// Khan": the first one's full name is no mention) or whose title's gender
// g is not the one person's ("Mr. Khan" after Ghazala Khan alone).
// entToks are the tokens of each entity's name.
func namedBefore(d *doc.Document, among []int, full []bool, at int, g doc.Gender, entToks [][]string) []int {
	var out []int
	for i, m := range d.Mentions {
		if m.Kind != doc.Name || !full[i] || m.Start >= at || !slices.Contains(among, m.Entity) {
			continue
		}
		if firstNamesJoined(d, m.FirstTok) {
			return nil
		}
		if !slices.Contains(out, m.Entity) {
			out = append(out, m.Entity)
		}
	}
	if len(out) == 1 && g != doc.Unknown {
		if fg := lex.FirstNameGender(entToks[out[0]][0]); fg != doc.Unknown && fg != g {
			return nil
		}
	}
	return out
}

// firstNamesJoined reports whether the name at token k follows a lone
// capitalised word and "and" ("Bill and Hillary Clinton"): a first name
// that shares the name's surname.
func firstNamesJoined(d *doc.Document, k int) bool {
	if k < 2 || !doc.SameSentence(d, k-2, k) {
		return false
	}
	and, first := d.Tokens[k-1].Text, d.Tokens[k-2].Text
	lone := k < 3 || !doc.SameSentence(d, k-3, k) || !doc.IsCapitalised(d.Tokens[k-3].Text)
	return (and == "and" || and == "&") && doc.IsCapitalised(first) && lone
}
