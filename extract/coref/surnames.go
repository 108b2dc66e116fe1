package coref

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// dominantOf returns the one of the people a bare surname fits ("Felt"
// with W. Mark Felt, his wife Audrey Felt and his daughter Joan Felt)
// that the article is about, or -1. News style names the subject in full
// first and calls him by the surname from then on, and names his
// relatives in full each time precisely so that the surname stays his: so
// the candidate introduced first whose full name the article gives more
// often than all the others' together is the one the surname means. Two
// people named about equally often ("Anna Kowalski and her brother Piotr
// Kowalski") leave the surname ambiguous.
// full lists, by mention index, whether a NAME mention gives a full name
// (two words or more, titles off); among holds the candidates.
func dominantOf(d *doc.Document, among []int, full []bool) int {
	count := map[int]int{}
	first := map[int]int{}
	for i, m := range d.Mentions {
		if m.Kind != doc.Name || !full[i] || !slices.Contains(among, m.Entity) {
			continue
		}
		count[m.Entity]++
		if f, ok := first[m.Entity]; !ok || m.Start < f {
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
