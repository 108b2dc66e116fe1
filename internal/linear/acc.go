package linear

import "sync"

// Acc holds the scores of one decision while rows are added, as exact
// integers (the weights are 16-bit multiples of the model's scale), so
// rows may be added in any order and partial sums kept and reused.
//
// Sparse rows add weight by weight into one int32 per class. Dense rows
// (rows with a weight for a good share of the classes) add two classes
// per 64-bit addition: each weight is stored biased by denseBias, which
// makes it a non-negative 32-bit lane, so the low lane never carries into
// the high one; Finish takes the bias off again.
type Acc struct {
	sparse []int32  // by class
	pairs  []uint64 // classes 2i and 2i+1 of the dense rows, biased
	dense  uint32   // dense rows in pairs
	touch  uint32   // a sum of what Add touched: keeps the touching loads
}

const (
	denseBias = 1 << 15
	// maxDense dense rows of lanes below 2^16 sum below 2^32: no carry.
	maxDense = 1 << 16
)

// NewAcc returns an empty accumulator for the model's classes.
func (m *Model) NewAcc() *Acc {
	return &Acc{sparse: make([]int32, m.classes), pairs: make([]uint64, m.lanes())}
}

// Reset empties a. The pairs are zero whenever no dense row is added
// (flush leaves them so): most decisions of the parser add none.
func (a *Acc) Reset() {
	clear(a.sparse)
	if a.dense > 0 {
		clear(a.pairs)
	}
	a.dense = 0
}

// lanes is the number of 64-bit words of a dense row.
func (m *Model) lanes() int { return (m.classes + 1) / 2 }

func (a *Acc) addDense(row []uint64) {
	if a.dense == maxDense-1 {
		a.flush()
	}
	p := a.pairs[:len(row)]
	for i, w := range row {
		p[i] += w
	}
	a.dense++
}

// flush moves the dense sums into the sparse ones, a pair of classes at
// a time.
func (a *Acc) flush() {
	bias := a.dense * denseBias
	sp := a.sparse
	n := len(sp) / 2
	for i, w := range a.pairs[:n] {
		sp[2*i] += int32(uint32(w) - bias)
		sp[2*i+1] += int32(uint32(w>>32) - bias)
	}
	if len(sp)%2 == 1 { // the last class is alone in its pair
		sp[2*n] += a.lane(2 * n)
	}
	clear(a.pairs)
	a.dense = 0
}

// fold adds the dense sums into the sparse ones (nothing to do when no
// dense row was added).
func (a *Acc) fold() {
	if a.dense > 0 {
		a.flush()
	}
}

// lane returns the dense rows' sum for class c, without the bias.
func (a *Acc) lane(c int) int32 {
	return int32(uint32(a.pairs[c>>1]>>(32*(c&1))) - a.dense*denseBias)
}

// Finish sets scores[c] to the score of class c in a. len(scores) must be
// Classes().
func (m *Model) Finish(a *Acc, scores []float32) {
	for c := range scores {
		scores[c] = float32(a.sparse[c]+a.lane(c)) * m.scale
	}
}

// Partial sets dst[c] to the integer sum of class c over the features'
// rows, to be added to other decisions' sums with ScoresPlus: a decoder
// whose decisions share features (the parser's buffer words, the same for
// every move until one is shifted) looks their rows up once. len(dst)
// must be Classes().
func (m *Model) Partial(feats []uint64, dst []int32) {
	a := m.getAcc()
	m.Add(a, feats)
	a.fold()
	copy(dst, a.sparse)
	accs.Put(a)
}

// ScoresPlus is Scores with sums of Partial added: the same scores to the
// bit as Scores of all the feature lists together.
func (m *Model) ScoresPlus(feats []uint64, scores []float32, sums ...[]int32) {
	a := m.getAcc()
	m.Add(a, feats)
	a.fold()
	n := len(scores)
	sp := a.sparse[:n]
	// two sums per pass: half the loads and stores of sp
	for ; len(sums) >= 2; sums = sums[2:] {
		b1, b2 := sums[0][:n], sums[1][:n]
		for c := range sp {
			sp[c] += b1[c] + b2[c]
		}
	}
	if len(sums) == 1 {
		for c, v := range sums[0][:n] {
			sp[c] += v
		}
	}
	for c := range scores {
		scores[c] = float32(sp[c]) * m.scale
	}
	accs.Put(a)
}

var accs sync.Pool // *Acc, of any model: reset sizes them

// getAcc returns an empty pooled accumulator for m.
func (m *Model) getAcc() *Acc {
	a, _ := accs.Get().(*Acc)
	if a == nil || cap(a.sparse) < m.classes || cap(a.pairs) < m.lanes() {
		return m.NewAcc()
	}
	a.sparse, a.pairs = a.sparse[:m.classes], a.pairs[:m.lanes()]
	a.Reset()
	return a
}

// denseWorth reports whether a row is worth keeping dense: it has a
// weight for at least a third of the classes, so adding every class two
// at a time costs less than adding its weights one by one. A row with a
// zero weight stays sparse so that Save writes it back as it was read.
func (m *Model) denseWorth(row []entry) bool {
	if 3*len(row) < m.classes {
		return false
	}
	for _, e := range row {
		if e.q == 0 {
			return false
		}
	}
	return true
}

// appendDense appends the dense form of a row.
func appendDense(dst []uint64, row []entry, lanes int) []uint64 {
	n := len(dst)
	for range lanes {
		dst = append(dst, denseBias|denseBias<<32)
	}
	for _, e := range row {
		sh := 32 * (e.class & 1)
		w := &dst[n+int(e.class>>1)]
		*w = *w&^(0xffffffff<<sh) | uint64(uint32(int32(e.q)+denseBias))<<sh
	}
	return dst
}
