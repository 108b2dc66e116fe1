package depparse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func projective(heads []int) bool {
	for d := 1; d <= len(heads); d++ {
		if nonProjective(heads, d) {
			return false
		}
	}
	return true
}

func TestProjectivizeRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name   string
		heads  []int
		labels []string
		lifted []string // labels after projectivize
	}{{
		// A hearing is scheduled on the issue today: "on the issue" hangs
		// on "hearing" across the verb.
		name:   "extraposed modifier",
		heads:  []int{2, 3, 0, 3, 2, 7, 5, 3},
		labels: []string{"det", "nsubj", "root", "xcomp", "nmod", "det", "obj", "advmod"},
		lifted: []string{"det", "nsubj", "root", "xcomp", "nmod||nsubj", "det", "obj", "advmod"},
	}, {
		// What did you say he wanted: "What" is the object of "wanted",
		// two levels down, and is lifted twice but encoded once.
		name:   "long wh-movement",
		heads:  []int{6, 4, 4, 0, 6, 4},
		labels: []string{"obj", "aux", "nsubj", "root", "nsubj", "ccomp"},
		lifted: []string{"obj||ccomp", "aux", "nsubj", "root", "nsubj", "ccomp"},
	}, {
		name:   "already projective",
		heads:  []int{2, 0, 2},
		labels: []string{"nsubj", "root", "obj"},
		lifted: []string{"nsubj", "root", "obj"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			h, l, _ := projectivize(tc.heads, tc.labels)
			assert.True(t, projective(h), "projectivized heads %v", h)
			assert.Equal(t, tc.lifted, l)
			deprojectivize(h, l)
			assert.Equal(t, tc.heads, h)
			assert.Equal(t, tc.labels, l)
		})
	}
}

// Any tree, however tangled, comes out projective and still a tree.
func TestProjectivizeRandomTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		n := 1 + rng.IntN(15)
		heads := make([]int, n)
		root := 1 + rng.IntN(n)
		for i := range heads {
			if i+1 != root {
				heads[i] = 1 + rng.IntN(n)
			}
		}
		// make it a tree: attach words on a cycle to the root word
		for i := range heads {
			if i+1 != root && !dominates(heads, 0, i+1) {
				heads[i] = root
			}
		}
		require.True(t, wellFormed(heads), "%v", heads)
		labels := make([]string, n)
		for i := range labels {
			labels[i] = []string{"a", "b", "c"}[rng.IntN(3)]
		}
		h, l, _ := projectivize(heads, labels)
		require.True(t, projective(h), "%v -> %v", heads, h)
		require.True(t, wellFormed(h), "%v -> %v", heads, h)
		deprojectivize(h, l)
		require.True(t, wellFormed(h), "deprojectivized %v", h)
		for _, x := range l {
			assert.NotContains(t, x, liftSep)
		}
	}
}

// On the training treebanks, lifting and lowering again gives back the
// original tree for nearly every sentence (the label encoding names only
// the label of the original head, which can be ambiguous).
func TestProjectivizeRoundTripOnTreebank(t *testing.T) {
	sents, err := conllu.ReadFile("../../../shared/train/ud/en_ewt-ud-train.conllu")
	if err != nil {
		t.Skipf("no treebank: %v", err)
	}
	nonProj, back, lifted := 0, 0, 0
	for _, s := range sents {
		heads := column2(s.Words)
		labels := column(s.Words, func(w conllu.Word) string { return w.Deprel })
		if !wellFormed(heads) || projective(heads) {
			continue
		}
		nonProj++
		h, l, n := projectivize(heads, labels)
		lifted += n
		require.True(t, projective(h))
		deprojectivize(h, l)
		if slices.Equal(h, heads) && slices.Equal(l, labels) {
			back++
		}
	}
	t.Logf("EWT train: %d of %d sentences non-projective, %d words lifted, %d round-trip exactly", nonProj, len(sents), lifted, back)
	assert.Greater(t, nonProj, 50)
	assert.GreaterOrEqual(t, float64(back), 0.9*float64(nonProj))
}
