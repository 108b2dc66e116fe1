package depparse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/linear"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testLabels is the label set of the oracle tests: "root" marks arcs into
// the root, a and b the others.
var testLabels = []string{"a", "b", "root"}

// randomProjective returns a random projective tree over n words as
// 0-based heads (n for the root) and label ids of testLabels: a head
// takes a random word of its span, and the words to either side are cut
// into consecutive spans, each a subtree of its own.
func randomProjective(rng *rand.Rand, n int) (head, label []int) {
	head, label = make([]int, n), make([]int, n)
	var span func(lo, hi, parent int)
	span = func(lo, hi, parent int) {
		r := lo + rng.IntN(hi-lo)
		head[r], label[r] = parent, rng.IntN(2)
		if parent == n {
			label[r] = 2
		}
		for _, side := range [][2]int{{lo, r}, {r + 1, hi}} {
			for a := side[0]; a < side[1]; {
				b := a + 1 + rng.IntN(side[1]-a)
				span(a, b, r)
				a = b
			}
		}
	}
	span(0, n, n)
	return head, label
}

func (s *state) clone() *state {
	c := *s
	c.stack = slices.Clone(s.stack)
	for _, p := range []*[]int{&c.head, &c.label, &c.l1, &c.l2, &c.r1, &c.r2, &c.nl, &c.nr} {
		*p = slices.Clone(*p)
	}
	c.ls, c.rs = slices.Clone(s.ls), slices.Clone(s.rs)
	return &c
}

// transitions returns the classes allowed in s.
func transitions(m *Model, s *state) []int {
	ok := s.valid()
	var out []int
	for c := range 2 + 2*len(m.labels) {
		if m.allowed(s, ok, c) {
			out = append(out, c)
		}
	}
	return out
}

func step(m *Model, s *state, c int) *state {
	s = s.clone()
	k, l := m.kindOf(c)
	s.apply(k, l, m.bit(l))
	return s
}

// minLoss searches every transition sequence from s for the fewest words
// with a wrong head or label at the end.
func minLoss(m *Model, s *state, head, label []int) int {
	if s.done() {
		loss := 0
		for i := range head {
			if s.head[i] != head[i] || s.label[i] != label[i] {
				loss++
			}
		}
		return loss
	}
	best := 1 << 30
	for _, c := range transitions(m, s) {
		best = min(best, minLoss(m, step(m, s, c), head, label))
	}
	return best
}

func cost(m *Model, o *oracle, s *state, c int) int {
	k, l := m.kindOf(c)
	return o.costs(s, s.valid())[k] + o.labelCost(s, k, l)
}

// The dynamic oracle's cost of every transition, from configurations
// reached by random (often wrong) moves, equals the loss it adds over the
// best completion: the exactness that training with exploration needs.
func TestDynamicOracleCostsAreExact(t *testing.T) {
	m := newModel(testLabels, nil, nil)
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		n := 1 + rng.IntN(6)
		head, label := randomProjective(rng, n)
		var o oracle
		o.reset(head, label)
		s := &state{}
		s.reset(n)
		for walk := rng.IntN(2 * n); walk > 0 && !s.done(); walk-- {
			cs := transitions(m, s)
			s = step(m, s, cs[rng.IntN(len(cs))])
		}
		if s.done() {
			continue
		}
		base := minLoss(m, s, head, label)
		for _, c := range transitions(m, s) {
			want := minLoss(m, step(m, s, c), head, label) - base
			require.Equal(t, want, cost(m, &o, s, c), "trial %d: tree %v %v, stack %v, b %d, class %d", trial, head, label, s.stack, s.b, c)
		}
	}
}

// Following transitions of cost 0 from the start rebuilds every
// projective tree exactly (the static oracle).
func TestZeroCostPathRebuildsProjectiveTrees(t *testing.T) {
	m := newModel(testLabels, nil, nil)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		n := 1 + rng.IntN(25)
		head, label := randomProjective(rng, n)
		var o oracle
		o.reset(head, label)
		s := &state{}
		s.reset(n)
		for !s.done() {
			next := -1
			for _, c := range transitions(m, s) {
				if cost(m, &o, s, c) == 0 {
					next = c
					break
				}
			}
			require.GreaterOrEqual(t, next, 0, "no zero-cost transition for %v", head)
			s = step(m, s, next)
		}
		assert.Equal(t, head, s.head[:n])
		assert.Equal(t, label, s.label[:n])
	}
}

// "She saw him" with saw the root: hand-counted costs.
func TestOracleCostsByHand(t *testing.T) {
	head := []int{1, 3, 1} // She <- saw -> him; saw <- root (index 3)
	label := []int{0, 2, 1}
	var o oracle
	o.reset(head, label)
	s := &state{}
	s.reset(3)
	s.apply(shift, -1, 0) // stack [She], buffer [saw him root]
	ok := s.valid()
	c := o.costs(s, ok)
	assert.Equal(t, 0, c[leftArc], "She <- saw is gold")
	assert.Equal(t, 2, c[rightArc], "She -> saw loses saw's head (the root) and She's head")
	assert.Equal(t, 1, c[shift], "shifting saw strands She, whose head is saw")
	assert.Equal(t, 1, o.labelCost(s, leftArc, 1), "gold label of She is a, not b")
	assert.False(t, ok[reduce], "She has no head yet")

	s.apply(leftArc, 0, 0) // She <- saw
	s.apply(shift, -1, 0)  // stack [saw], buffer [him root]
	c = o.costs(s, s.valid())
	assert.Equal(t, 0, c[rightArc])
	assert.Equal(t, 1, c[shift], "him would lose its head saw")
	assert.Equal(t, 2, c[leftArc], "saw <- him loses saw -> him and saw <- root")
}

// best, the decoder's fast choice, picks what linear.Best picks among
// the classes allowed while words remain to be read (finish decides the
// rest), and shift, which Parse does not score on an empty stack, is
// then the only class allowed.
func TestBestMatchesAllowed(t *testing.T) {
	m := newModel(testLabels, nil, nil)
	rng := rand.New(rand.NewPCG(7, 8))
	scores := make([]float32, 2+2*len(testLabels))
	empty := 0
	for range 500 {
		n := 1 + rng.IntN(6)
		s := &state{}
		s.reset(n)
		for walk := rng.IntN(2 * n); walk > 0 && !s.done(); walk-- {
			cs := transitions(m, s)
			s = step(m, s, cs[rng.IntN(len(cs))])
		}
		if s.b == s.n {
			continue
		}
		for c := range scores {
			scores[c] = float32(rng.IntN(5)) // ties on purpose
		}
		ok := s.valid()
		want := linear.Best(scores, func(c int) bool { return m.allowed(s, ok, c) })
		if len(s.stack) == 0 {
			assert.Equal(t, []int{shift}, transitions(m, s))
			empty++
			continue
		}
		k, l := m.best(ok, scores)
		assert.Equal(t, want, m.class(k, l))
	}
	assert.Greater(t, empty, 50)
}
