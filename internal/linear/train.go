package linear

import (
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
func (t *Trainer) Average(prune float32) *Model {
	folded := map[uint32][]float64{}
	for f, r := range t.index {
		for _, e := range t.rows[r] {
			avg := (e.total + float64(e.w)*float64(t.now-e.stamp)) / float64(max(t.now, 1))
			if avg == 0 {
				continue
			}
			k := Fold(f)
			row := folded[k]
			if row == nil {
				row = make([]float64, t.classes)
				folded[k] = row
			}
			row[e.class] += avg // features that fold alike share a row
		}
	}
	keys := sortedKeys(folded)
	var big float64
	for _, k := range keys {
		for _, w := range folded[k] {
			if float32(w) != 0 && math.Abs(w) >= float64(prune) {
				big = max(big, math.Abs(float64(float32(w))))
			}
		}
	}
	scale := quantize(big)
	rows := make([][]entry, 0, len(keys))
	kept := keys[:0]
	for _, k := range keys {
		var row []entry
		for c, w := range folded[k] {
			if w == 0 || math.Abs(w) < float64(prune) {
				continue
			}
			if q := math.Round(float64(float32(w) / scale)); q != 0 {
				row = append(row, entry{class: uint16(c), w: int16(q)})
			}
		}
		if len(row) > 0 {
			kept = append(kept, k)
			rows = append(rows, row)
		}
	}
	return build(t.classes, scale, kept, rows)
}
