package postag

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/tagger"
)

// Unlabelled is what running text without tags says about words, keyed by
// normalized word (Norm): word classes, and how often a word is written
// capitalised inside a sentence (a product or a place, or a common noun at
// the start of a title?), the commonest confusion of English taggers,
// PROPN for NOUN and back.
type Unlabelled struct {
	Classes map[string][2]uint16 // word clusters at two granularities (0: none)
	Caps    map[string]uint8     // capitalisation bucket (capsBucket; 0: too rare)
}

// LearnUnlabelled learns from unlabelled sentences: word classes with the
// exchange algorithm of the NER tagger's clusters (tagger.BuildClusters),
// once with small and once with large classes (the coarse generalise, the
// fine discriminate; 0: none), for words seen at least minCount times.
func LearnUnlabelled(text [][]string, small, large, minCount, iters int) *Unlabelled {
	doc := make(tagger.Doc, len(text))
	vocab := map[string]bool{}
	caps := map[string][2]int{} // lower-case, capitalised occurrences inside sentences
	for i, s := range text {
		doc[i] = make([]string, len(s))
		title := titleCase(s)
		for j, w := range s {
			n := Norm(w)
			doc[i][j] = n
			vocab[n] = true
			if j == 0 || title {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				c := caps[n]
				c[1]++
				caps[n] = c
			} else if unicode.IsLower(r) {
				c := caps[n]
				c[0]++
				caps[n] = c
			}
		}
	}
	var sizes [2]*tagger.Clusters
	for k, n := range []int{small, large} {
		if n > 0 {
			sizes[k] = tagger.BuildClusters([]tagger.Doc{doc}, n, minCount, iters)
		}
	}
	u := &Unlabelled{Classes: map[string][2]uint16{}, Caps: map[string]uint8{}}
	for w := range vocab {
		var c [2]uint16
		for k, cl := range sizes {
			if cl != nil {
				c[k] = cl.Class(w)
			}
		}
		if c != [2]uint16{} {
			u.Classes[w] = c
		}
		if b := capsBucket(caps[w]); b != 0 {
			u.Caps[w] = b
		}
	}
	return u
}

// capsBucket buckets the share of capitalised occurrences (1: almost never
// ... 6: almost always); 0 for fewer than two occurrences.
func capsBucket(c [2]int) uint8 {
	n := c[0] + c[1]
	if n < 2 {
		return 0
	}
	share := float64(c[1]) / float64(n)
	b := uint8(1)
	for _, t := range []float64{0.02, 0.2, 0.5, 0.8, 0.98} {
		if share >= t {
			b++
		}
	}
	return b
}

// titleCase reports whether most words of a sentence that have letters
// start with a capital (a headline, a product name): capitals say little
// there.
func titleCase(words []string) bool {
	letters, caps := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return letters >= 3 && 2*caps > letters
}
