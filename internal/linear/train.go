package linear

import (
	"cmp"
	"math"
	"slices"
)

// Trainer learns an averaged perceptron. It is deterministic: the same
// calls in the same order give the same Model, bit for bit.
type Trainer struct {
	classes int
	index   map[uint64]int32 // feature -> row
	rows    [][]tentry
	now     int64 // instances seen (Tick)
}

// tentry is one class weight of a row with what averaging needs: the sum
// of the weight over every instance up to stamp.
type tentry struct {
	class int32
	w     float32
	total float64
	stamp int64
}

// NewTrainer starts an empty model of the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, index: map[uint64]int32{}}
}

// Classes is the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Scores sets scores[c] to the current (not averaged) score of class c.
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// Update adds delta to the weight of class for every feature: +1 for the
// gold class and -1 for the wrongly predicted one is the perceptron step.
func (t *Trainer) Update(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		i := slices.IndexFunc(row, func(e tentry) bool { return e.class == int32(class) })
		if i < 0 {
			row = append(row, tentry{class: int32(class), stamp: t.now})
			i = len(row) - 1
			t.rows[r] = row
		}
		e := &row[i]
		e.total += float64(e.w) * float64(t.now-e.stamp)
		e.stamp = t.now
		e.w += delta
	}
}

// Tick counts one training instance (one decision), the unit over which
// weights are averaged.
func (t *Trainer) Tick() { t.now++ }

// Average returns the averaged model, dropping weights whose magnitude is
// below prune (0 keeps every non-zero weight) and rows left empty.
// Training may go on afterwards.
//
// Rows are gathered as a sparse list and sorted, not as a dense row per
// folded key: a parser with a few hundred classes and millions of
// features would otherwise need gigabytes. Features that fold alike are
// summed in the order of their full hashes, so the floating-point sums,
// and the saved bytes, do not depend on map iteration order.
func (t *Trainer) Average(prune float32) *Model {
	type cell struct {
		key   uint32
		class int32
		f     uint64
		w     float64
	}
	var cells []cell
	for f, r := range t.index {
		for _, e := range t.rows[r] {
			avg := (e.total + float64(e.w)*float64(t.now-e.stamp)) / float64(max(t.now, 1))
			if avg != 0 {
				cells = append(cells, cell{Fold(f), e.class, f, avg})
			}
		}
	}
	slices.SortFunc(cells, func(a, b cell) int {
		if a.key != b.key {
			return cmp.Compare(a.key, b.key)
		}
		if a.class != b.class {
			return cmp.Compare(a.class, b.class)
		}
		return cmp.Compare(a.f, b.f)
	})
	var keys []uint32
	var rows [][]wentry
	for i := 0; i < len(cells); {
		k := cells[i].key
		var row []wentry
		for i < len(cells) && cells[i].key == k {
			c, w := cells[i].class, 0.0
			for ; i < len(cells) && cells[i].key == k && cells[i].class == c; i++ {
				w += cells[i].w // features that fold alike share a row
			}
			if w != 0 && math.Abs(w) >= float64(prune) {
				row = append(row, wentry{class: uint16(c), w: float32(w)})
			}
		}
		if len(row) > 0 {
			keys = append(keys, k)
			rows = append(rows, row)
		}
	}
	return build(t.classes, keys, rows)
}
