// Package linear is a multiclass linear model over hashed sparse features,
// learnt with the averaged perceptron (Collins 2002): the scoring engine of
// the part-of-speech tagger and the dependency parser, which must decide
// tens of thousands of times a second on one core.
//
// A feature is a 64-bit hash (see Feature); its row holds weights for the
// few classes it has ever voted for, so a model with a hundred classes
// stays small. Training grows rows on demand, which a dynamic oracle needs
// (exploring the model's own mistakes reaches features no gold sequence
// has); Average freezes the averaged weights into a Model for decoding.
package linear

import (
	"math"
	"math/bits"
	"slices"
)

// Model is a trained, read-only model, safe for concurrent use.
//
// Decoding speed is memory latency: a tagger or parser looks up dozens of
// rows per decision in tables of megabytes. So weights are kept as the
// 16-bit integers of the model file (times scale), and a row of a single
// weight, the commonest kind, lives in its slot: one cache miss, not two.
type Model struct {
	classes int
	scale   float32 // weight = int16 value * scale
	slots   []slot  // open addressing by Fold(feature); key 0 marks an empty slot
	shift   uint8
	zero    slot // the row of key 0, n == 0 when absent
	entries []entry
}

type slot struct {
	key uint32
	n   uint32 // entries in the row
	off uint32 // first entry; for a row of one entry, the entry itself (inline)
}

type entry struct {
	class uint16
	w     int16
}

func (e entry) inline() uint32 { return uint32(e.class)<<16 | uint32(uint16(e.w)) }
func inlined(off uint32) entry { return entry{class: uint16(off >> 16), w: int16(uint16(off))} }
func (m *Model) row(s slot) []entry {
	if s.n == 1 {
		return []entry{inlined(s.off)}
	}
	return m.entries[s.off : s.off+s.n]
}

// Classes is the number of classes the model scores.
func (m *Model) Classes() int { return m.classes }

// Rows is the number of feature rows kept.
func (m *Model) Rows() int {
	n := 0
	for _, s := range m.slots {
		if s.key != 0 {
			n++
		}
	}
	if m.zero.n > 0 {
		n++
	}
	return n
}

// Fold maps a 64-bit feature hash to the 32-bit key a Model stores. Two
// features that fold alike share a row (rare, and harmless to accuracy).
func Fold(h uint64) uint32 { return uint32(h ^ h>>32) }

// Scores sets scores[c] to the score of class c given the features.
// len(scores) must be Classes().
func (m *Model) Scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		s := m.lookup(Fold(f))
		if s == nil {
			continue
		}
		if s.n == 1 {
			scores[s.off>>16] += float32(int16(uint16(s.off)))
			continue
		}
		for _, e := range m.entries[s.off : s.off+s.n] {
			scores[e.class] += float32(e.w)
		}
	}
	for c := range scores {
		scores[c] *= m.scale
	}
}

func (m *Model) lookup(k uint32) *slot {
	if k == 0 {
		if m.zero.n == 0 {
			return nil
		}
		return &m.zero
	}
	if len(m.slots) == 0 {
		return nil
	}
	mask := uint32(len(m.slots) - 1)
	for i := (k * 0x9E3779B1) >> m.shift; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.key == k {
			return s
		}
		if s.key == 0 {
			return nil
		}
	}
}

// build makes a Model from rows of quantized weights given in ascending key
// order, each with its entries in ascending class order.
func build(classes int, scale float32, keys []uint32, rows [][]entry) *Model {
	size := 1 << max(4, bits.Len(uint(len(keys)+len(keys)/2)))
	m := &Model{classes: classes, scale: scale, slots: make([]slot, size), shift: uint8(32 - bits.TrailingZeros(uint(size)))}
	mask := uint32(size - 1)
	for i, k := range keys {
		s := slot{key: k, n: uint32(len(rows[i])), off: uint32(len(m.entries))}
		if s.n == 1 {
			s.off = rows[i][0].inline()
		} else {
			m.entries = append(m.entries, rows[i]...)
		}
		if k == 0 {
			m.zero = s
			continue
		}
		j := (k * 0x9E3779B1) >> m.shift
		for m.slots[j].key != 0 {
			j = (j + 1) & mask
		}
		m.slots[j] = s
	}
	return m
}

// quantize returns the scale that maps the largest weight to 32767 (1 when
// all are 0), as the model file stores weights.
func quantize(big float64) float32 {
	scale := float32(big / 32767)
	if scale == 0 {
		scale = 1
	}
	return scale
}

// Best returns the class with the highest score among those allowed
// (allowed nil: all), ties going to the lowest class; -1 when none is allowed.
func Best(scores []float32, allowed func(class int) bool) int {
	best, arg := float32(math.Inf(-1)), -1
	for c, s := range scores {
		if (arg < 0 || s > best) && (allowed == nil || allowed(c)) {
			best, arg = s, c
		}
	}
	return arg
}

// sortedKeys returns the keys of m in ascending order.
func sortedKeys[V any](m map[uint32]V) []uint32 {
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
