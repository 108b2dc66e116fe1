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
)

// Model is a trained, read-only model, safe for concurrent use.
type Model struct {
	classes int
	table   []slot // the rows by Fold(feature) (see table.go)
	shift   uint8
	zero    uint32 // the meta of key 0's row, if hasZero
	hasZero bool
	entries []entry  // the sparse rows, each after a header
	dense   []uint64 // the dense rows, lanes() words each (see Acc)
	scale   float32  // weight = scale * entry.q
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
	if m.hasZero {
		n++
	}
	for _, s := range m.table {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// Fold maps a 64-bit feature hash to the 32-bit key a Model stores. Two
// features that fold alike share a row (rare, and harmless to accuracy).
func Fold(h uint64) uint32 { return uint32(h ^ h>>32) }

// Scores sets scores[c] to the score of class c given the features.
// len(scores) must be Classes().
func (m *Model) Scores(feats []uint64, scores []float32) {
	a := m.getAcc()
	m.Add(a, feats)
	m.Finish(a, scores)
	accs.Put(a)
}

// Add adds the rows of the features to a. The order of features does not
// matter: the sums are exact integers.
func (m *Model) Add(a *Acc, feats []uint64) {
	// Look the rows up first and add them afterwards: the lookups of a
	// batch do not depend on each other, so their cache misses overlap
	// instead of queueing behind the additions. The rows found are sorted
	// by kind without a branch (the kinds come in no predictable order),
	// so each kind is added in a loop of its own.
	var inl, den, spa [64]uint32 // metas of the inline, dense and sparse rows
	sp := a.sparse[:m.classes]
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(inl))]
		feats = feats[len(batch):]
		// Touch every slot before looking any up, and every row before
		// adding any: loads without branches between them overlap their
		// cache misses, as a prefetch would.
		var touch uint32
		for _, f := range batch {
			touch += m.table[m.home(Fold(f))].key
		}
		ni, nd, ns := 0, 0, 0
		for _, f := range batch {
			meta, ok := m.lookup(Fold(f))
			if !ok {
				continue
			}
			i := meta >> 31            // inlineRow
			d := (meta >> 30) & 1 &^ i // denseRow (bit 30 of an inline row is its class's)
			inl[ni], den[nd], spa[ns] = meta, meta, meta
			ni, nd, ns = ni+int(i), nd+int(d), ns+int(1-i-d)
		}
		for _, meta := range spa[:ns] {
			touch += uint32(m.entries[meta].q)
		}
		// and the last entry of every sparse row, often on the next cache
		// line: the parser's sparse rows read average 13.6 entries of 4
		// bytes after their header
		for _, meta := range spa[:ns] {
			touch += uint32(m.entries[meta+uint32(m.entries[meta].class)].q)
		}
		a.touch += touch
		for _, meta := range inl[:ni] {
			sp[uint16(meta>>16)&maxInlineClass] += int32(int16(meta))
		}
		for _, meta := range den[:nd] {
			off := int(meta &^ denseRow)
			a.addDense(m.dense[off : off+len(a.pairs)])
		}
		for _, meta := range spa[:ns] {
			n := uint32(m.entries[meta].class)
			for _, e := range m.entries[meta+1 : meta+1+n] {
				sp[e.class] += int32(e.q)
			}
		}
	}
}

// Touch reads the table slot of every feature and returns a sum of what
// it read: a caller about to Add several lists touches them all first, so
// that the cache misses of the lists overlap as those of one list do.
func (m *Model) Touch(feats []uint64) uint32 {
	var touch uint32
	for _, f := range feats {
		touch += m.table[m.home(Fold(f))].key
	}
	return touch
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
