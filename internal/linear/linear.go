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
)

// Model is a trained, read-only model, safe for concurrent use.
type Model struct {
	classes int
	slots   []slot // open addressing by Fold(feature); key 0 marks an empty slot
	shift   uint8
	zero    slot // the row of key 0, n == 0 when absent
	entries []entry
	scale   float32 // weight = scale * entry.q
}

type slot struct {
	key uint32
	n   uint32 // entries in the row
	off uint32 // first entry
}

// entry is one weight of a row, quantized to 16 bits against the largest
// weight of the model: 4 bytes an entry halve the memory that scoring
// streams through, and the scores are exact multiples of scale.
type entry struct {
	class uint16
	q     int16
}

// wentry is a weight before quantization.
type wentry struct {
	class uint16
	w     float32
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
	// Look the rows up first and add them afterwards: the lookups of a
	// batch do not depend on each other, so their cache misses overlap
	// instead of queueing behind the additions.
	var rows [64]slot
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(rows))]
		feats = feats[len(batch):]
		k := 0
		for _, f := range batch {
			if s := m.lookup(Fold(f)); s != nil {
				rows[k] = *s
				k++
			}
		}
		for _, s := range rows[:k] {
			for _, e := range m.entries[s.off : s.off+s.n] {
				scores[e.class] += float32(e.q) // exact: integer sums far below 2^24
			}
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

// build makes a Model from rows given in ascending key order, each with
// its entries in ascending class order, quantizing the weights to 16
// bits against the largest (weights that round to 0 are dropped).
func build(classes int, keys []uint32, rows [][]wentry) *Model {
	var big float64
	for _, row := range rows {
		for _, e := range row {
			big = max(big, math.Abs(float64(e.w)))
		}
	}
	scale := float32(big / 32767)
	if scale == 0 {
		scale = 1
	}
	q := make([][]entry, 0, len(rows))
	kept := make([]uint32, 0, len(keys))
	for i, row := range rows {
		var qr []entry
		for _, e := range row {
			if v := math.Round(float64(e.w / scale)); v != 0 {
				qr = append(qr, entry{class: e.class, q: int16(v)})
			}
		}
		if len(qr) > 0 {
			q = append(q, qr)
			kept = append(kept, keys[i])
		}
	}
	return buildQuantized(classes, scale, kept, q)
}

// buildQuantized makes a Model from quantized rows in ascending key order.
func buildQuantized(classes int, scale float32, keys []uint32, rows [][]entry) *Model {
	size := 1 << max(4, bits.Len(uint(2*len(keys))))
	m := &Model{classes: classes, slots: make([]slot, size), shift: uint8(32 - bits.TrailingZeros(uint(size))), scale: scale}
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	m.entries = make([]entry, 0, n)
	mask := uint32(size - 1)
	for i, k := range keys {
		s := slot{key: k, n: uint32(len(rows[i])), off: uint32(len(m.entries))}
		m.entries = append(m.entries, rows[i]...)
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
