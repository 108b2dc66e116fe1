package depparse

import (
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/internal/linear"
)

// Model is a trained parser. It is read-only and safe for concurrent use.
type Model struct {
	labels []string // label ids -> labels, lift-encoded ones included
	lm     *linear.Model
	lab    []uint64 // label id+1 -> feature atom (0: no label)
	bits   []uint64 // label id -> its bit in the child label sets
	root   int      // id of the label "root"
	// classes are the word classes of normalized words, by hash (see
	// Options.Clusters)
	classes map[uint64][2]uint16
	// beam is the width the model was trained with and parses with (1:
	// greedy)
	beam int
	// decode, when set (SetBeam), is the width Parse decodes with instead.
	decode int
	pool   sync.Pool
}

// newModel derives the tables that the labels determine.
func newModel(labels []string, classes map[uint64][2]uint16, lm *linear.Model) *Model {
	m := &Model{labels: labels, classes: classes, lm: lm, root: -1}
	m.lab = make([]uint64, len(labels)+1)
	m.lab[0] = noneAtom
	m.bits = make([]uint64, len(labels))
	base := map[string]int{}
	for i, l := range labels {
		m.lab[i+1] = hashString("label " + l)
		b := baseLabel(l)
		if _, ok := base[b]; !ok {
			base[b] = len(base)
		}
		m.bits[i] = 1 << (base[b] % 64)
		if l == "root" {
			m.root = i
		}
	}
	m.pool.New = func() any { return &parser{scores: make([]float32, 2+2*len(labels))} }
	return m
}

// Labels returns the labels the model predicts (the lift-encoded ones are
// internal and not listed).
func (m *Model) Labels() []string {
	var out []string
	for _, l := range m.labels {
		if !strings.Contains(l, liftSep) {
			out = append(out, l)
		}
	}
	return out
}

// class returns the linear model's class of transition kind k with label l.
func (m *Model) class(k, l int) int {
	switch k {
	case leftArc:
		return 2 + l
	case rightArc:
		return 2 + len(m.labels) + l
	}
	return k
}

// kindOf splits a class into its transition kind and label.
func (m *Model) kindOf(c int) (k, l int) {
	switch L := len(m.labels); {
	case c < 2:
		return c, -1
	case c < 2+L:
		return leftArc, c - 2
	default:
		return rightArc, c - 2 - L
	}
}

// allowed reports whether class c may be taken in s given the valid
// kinds: arcs into the root carry the root label, and no other arc does.
func (m *Model) allowed(s *state, ok [4]bool, c int) bool {
	k, l := m.kindOf(c)
	if !ok[k] {
		return false
	}
	if k == leftArc || k == rightArc {
		return (l == m.root) == (k == leftArc && s.b == s.n)
	}
	return true
}

// parser is the scratch of one parse, pooled so that Parse allocates
// little more than its results.
type parser struct {
	st     state
	at     atoms
	fz     featurizer
	scores []float32
	// the kept sums of score: of the buffer group's rows for b0 = bAt,
	// of the left group's for b0 = lAt with lN left children, of the
	// stack group's by word (sok: whether kept)
	bsum, lsum, ssum []int32
	bAt, lAt, lN     int
	sok              []bool
	touch            uint32 // what Touch read (kept, so that it reads)
	heads            []int
	labels           []string
	beam             *beam // ParseBeam's hypotheses
}

// keep empties the kept sums of score for a sentence of n words.
func (p *parser) keep(n int) {
	nc := len(p.scores)
	p.bsum = slices.Grow(p.bsum[:0], nc)[:nc]
	p.lsum = slices.Grow(p.lsum[:0], nc)[:nc]
	p.ssum = slices.Grow(p.ssum[:0], n*nc)[:n*nc]
	p.sok = fill(p.sok, n, false)
	p.bAt, p.lAt = -1, -1
}
