package tagger

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// viterbiRef is the plain form of viterbi: every (previous, current) tag
// pair, filtered by allowed, ties to the lowest previous tag.
func viterbiRef(em []float32, n int, trans *[NumTags + 1][NumTags]float32) []int {
	tags := make([]int, n)
	if n == 0 {
		return tags
	}
	back := make([]int, n*NumTags)
	var cur, prev [NumTags]float32
	negInf := float32(math.Inf(-1))
	for k := range NumTags {
		prev[k] = negInf
		if allowed(-1, k) {
			prev[k] = em[k] + trans[NumTags][k]
		}
	}
	for i := 1; i < n; i++ {
		for k := range NumTags {
			best, arg := negInf, 0
			for j := range NumTags {
				if !allowed(j, k) || prev[j] == negInf {
					continue
				}
				if s := prev[j] + trans[j][k]; s > best {
					best, arg = s, j
				}
			}
			cur[k] = best + em[i*NumTags+k]
			back[i*NumTags+k] = arg
		}
		prev = cur
	}
	best := 0
	for k := range NumTags {
		if prev[k] > prev[best] {
			best = k
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = best
		best = back[i*NumTags+best]
	}
	return tags
}

// The unrolled viterbi must choose exactly what the plain one does,
// including among tied paths (small integer scores make ties common).
func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 3000 {
		var trans [NumTags + 1][NumTags]float32
		for j := range trans {
			for k := range trans[j] {
				trans[j][k] = float32(rng.IntN(5) - 2)
			}
		}
		n := rng.IntN(12)
		em := make([]float32, n*NumTags)
		for i := range em {
			em[i] = float32(rng.IntN(7) - 3)
			if round%2 == 1 {
				em[i] += rng.Float32()
			}
		}
		want := viterbiRef(em, n, &trans)
		if got := viterbi(em, n, &trans); !slices.Equal(got, want) {
			t.Fatalf("round %d: viterbi = %v, reference %v", round, got, want)
		}
		for i := 1; i < n; i++ { // and the result is well formed
			if !allowed(want[i-1], want[i]) {
				t.Fatalf("round %d: %v has %s after %s", round, want, TagName(want[i]), TagName(want[i-1]))
			}
		}
	}
}
