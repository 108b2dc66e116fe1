package tagger

import (
	"math"
	"slices"
)

// Clusters groups words that occur in similar contexts, learnt without
// labels from the training text by the exchange algorithm (Martin, Liermann
// and Ney 1998): each word is moved to the class that most raises the
// likelihood of a class bigram model of the text, until no move helps. A
// word's class is a feature that generalises over words seen too rarely to
// have good weights of their own ("edged", "beat" and "routed" share one;
// so do many surnames, or many towns).
type Clusters struct {
	of map[string]uint16 // lower-cased word -> class 1..K (0: none)
}

// BuildClusters clusters the words seen at least minCount times in the
// documents into k classes with iters passes of the exchange algorithm.
// The result depends only on the text, not on map order.
func BuildClusters(docs []Doc, k, minCount, iters int) *Clusters {
	freq := map[string]int{}
	for _, d := range docs {
		for _, s := range d {
			for _, w := range s {
				freq[newTokInfo(w).low]++
			}
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	// Word ids with sentence boundaries and rare words as one pseudo-word
	// each, fixed in class 0 (K real classes are 1..K).
	nv := len(vocab)
	bound, rare := int32(nv), int32(nv+1)
	var text []int32
	for _, d := range docs {
		for _, s := range d {
			text = append(text, bound)
			for _, w := range s {
				if i, ok := id[newTokInfo(w).low]; ok {
					text = append(text, i)
				} else {
					text = append(text, rare)
				}
			}
		}
	}
	text = append(text, bound)
	nw := nv + 2
	// successor and predecessor word counts per word
	type wc struct {
		w int32
		n int32
	}
	next := make([][]wc, nw)
	prev := make([][]wc, nw)
	{
		pair := map[[2]int32]int32{}
		for i := 0; i+1 < len(text); i++ {
			pair[[2]int32{text[i], text[i+1]}]++
		}
		keys := make([][2]int32, 0, len(pair))
		for p := range pair {
			keys = append(keys, p)
		}
		slices.SortFunc(keys, func(a, b [2]int32) int {
			if a[0] != b[0] {
				return int(a[0] - b[0])
			}
			return int(a[1] - b[1])
		})
		for _, p := range keys {
			next[p[0]] = append(next[p[0]], wc{p[1], pair[p]})
			prev[p[1]] = append(prev[p[1]], wc{p[0], pair[p]})
		}
	}
	wordN := make([]int32, nw)
	for _, w := range text {
		wordN[w]++
	}
	nc := k + 1
	class := make([]int32, nw)
	for i := range nv {
		class[i] = int32(1 + i%k) // frequent words spread over the classes
	}
	// class bigram counts and class counts
	cc := make([]float64, nc*nc)
	cn := make([]float64, nc)
	for i := 0; i+1 < len(text); i++ {
		cc[int(class[text[i]])*nc+int(class[text[i+1]])]++
	}
	for w, n := range wordN {
		cn[class[w]] += float64(n)
	}
	xlogx := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	toNext := make([]float64, nc) // counts of w followed by class c
	toPrev := make([]float64, nc) // counts of class c followed by w
	var near []int                // the classes with toNext or toPrev > 0, ascending
	mark := make([]bool, nc)
	for range iters {
		moved := 0
		for w := range nv {
			clear(toNext)
			clear(toPrev)
			for _, d := range near {
				mark[d] = false
			}
			near = near[:0]
			self := 0.0 // w followed by w
			for _, x := range next[w] {
				if int(x.w) == w {
					self += float64(x.n)
					continue
				}
				toNext[class[x.w]] += float64(x.n)
				near = appendClass(near, mark, int(class[x.w]))
			}
			for _, x := range prev[w] {
				if int(x.w) != w {
					toPrev[class[x.w]] += float64(x.n)
					near = appendClass(near, mark, int(class[x.w]))
				}
			}
			slices.Sort(near)
			n := float64(wordN[w])
			// contribution terms of class c: sum over bigrams touching c of
			// xlogx(count) - 2 xlogx(class count). Remove w from its class.
			old := int(class[w])
			move := func(c int, sign float64) {
				for d := range nc {
					if d == c {
						continue
					}
					cc[c*nc+d] += sign * toNext[d]
					cc[d*nc+c] += sign * toPrev[d]
				}
				cc[c*nc+c] += sign * (toNext[c] + toPrev[c] + self)
				cn[c] += sign * n
			}
			gain := func(c int) float64 {
				// likelihood change of adding w to class c (w not in any
				// class); only the classes next to w have terms, taken in
				// ascending order as a dense loop would.
				g := 0.0
				for _, d := range near {
					if d == c {
						continue
					}
					if toNext[d] > 0 {
						g += xlogx(cc[c*nc+d]+toNext[d]) - xlogx(cc[c*nc+d])
					}
					if toPrev[d] > 0 {
						g += xlogx(cc[d*nc+c]+toPrev[d]) - xlogx(cc[d*nc+c])
					}
				}
				s := toNext[c] + toPrev[c] + self
				g += xlogx(cc[c*nc+c]+s) - xlogx(cc[c*nc+c])
				g -= 2 * (xlogx(cn[c]+n) - xlogx(cn[c]))
				return g
			}
			move(old, -1)
			best, bestG := old, gain(old)
			for c := 1; c < nc; c++ {
				if c == old {
					continue
				}
				if g := gain(c); g > bestG+1e-9 {
					best, bestG = c, g
				}
			}
			move(best, 1)
			if best != old {
				class[w] = int32(best)
				moved++
			}
		}
		if moved == 0 {
			break
		}
	}
	cl := &Clusters{of: make(map[string]uint16, nv)}
	for i, w := range vocab {
		cl.of[w] = uint16(class[i])
	}
	return cl
}

// appendClass adds class d to the list once.
func appendClass(near []int, mark []bool, d int) []int {
	if !mark[d] {
		mark[d] = true
		near = append(near, d)
	}
	return near
}

// Class returns the class (1..K) of a word as the clustered text had it
// (lower-cased, digits as 0), 0 for none.
func (c *Clusters) Class(low string) uint16 { return c.classOf(low) }

// Len is the number of words with a class.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.of)
}

func (c *Clusters) classOf(low string) uint16 {
	if c == nil {
		return 0
	}
	return c.of[low]
}
