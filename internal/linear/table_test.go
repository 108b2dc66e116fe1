package linear

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Rows are placed longest first, rows of one length in key order, and
// still read back and score as built.
func TestLongestRowsPlacedFirst(t *testing.T) {
	lens := []int{0, 2, 5, 2, 9, 5, 1}
	var rows [][]entry
	for _, n := range lens {
		var row []entry
		for c := range n {
			row = append(row, entry{class: uint16(c), q: int16(c + 1)})
		}
		rows = append(rows, row)
	}
	assert.Equal(t, []int{4, 2, 5, 1, 3, 6, 0}, longestFirst(rows))
	assert.Empty(t, longestFirst(nil))

	const classes = 100 // no row is dense
	keys := []uint32{3, 10, 11, 20, 31, 40, 55}
	m := buildQuantized(classes, 1, keys, rows)
	off := func(k uint32) uint32 {
		meta, ok := m.lookup(k)
		require.True(t, ok)
		require.Zero(t, meta&(inlineRow|denseRow), "key %d is sparse", k)
		return meta
	}
	// sparse rows: 31 (9), 11 (5), 40 (5), 10 (2), 20 (2), 3 (0)
	assert.Equal(t, uint32(0), off(31))
	assert.Less(t, off(31), off(11))
	assert.Less(t, off(11), off(40))
	assert.Less(t, off(40), off(10))
	assert.Less(t, off(10), off(20))
	assert.Less(t, off(20), off(3))
	for i, k := range keys {
		meta, _ := m.lookup(k)
		assert.Equal(t, len(rows[i]), len(m.row(meta)), "key %d", k)
		scores := make([]float32, classes)
		m.Scores([]uint64{uint64(k)}, scores)
		for c, s := range scores {
			want := float32(0)
			if c < lens[i] {
				want = float32(c + 1)
			}
			require.Equal(t, want, s, "key %d class %d", k, c)
		}
	}
}

// A sparse row that fits in a cache line with its header starts on the
// next line rather than straddle two; a longer one follows at once. Every
// row still reads back and scores as built.
func TestSparseRowsDoNotStraddleLines(t *testing.T) {
	assert.Equal(t, 0, lineStart(0, 15))
	assert.Equal(t, 16, lineStart(1, 15))
	assert.Equal(t, 12, lineStart(12, 3))  // entries 12-15: fits
	assert.Equal(t, 16, lineStart(13, 3))  // 13-16 would straddle
	assert.Equal(t, 13, lineStart(13, 16)) // longer than a line: no padding

	const classes = 200 // no row is dense
	rng := rand.New(rand.NewPCG(5, 6))
	var keys []uint32
	var rows [][]entry
	for k := uint32(1); k <= 400; k++ {
		var row []entry
		for _, c := range rng.Perm(classes)[:2+rng.IntN(20)] {
			row = append(row, entry{class: uint16(c), q: int16(rng.IntN(2000) - 1000)})
		}
		slices.SortFunc(row, func(a, b entry) int { return int(a.class) - int(b.class) })
		keys, rows = append(keys, k), append(rows, row)
	}
	m := buildQuantized(classes, 1, keys, rows)
	for i, k := range keys {
		meta, ok := m.lookup(k)
		require.True(t, ok)
		require.Zero(t, meta&(inlineRow|denseRow))
		if n := len(rows[i]); n < 16 {
			assert.Equal(t, meta/16, (meta+uint32(n))/16, "row of %d at %d straddles a line", n, meta)
		}
		require.Equal(t, rows[i], m.row(meta))
	}
	feats := make([]uint64, 100)
	for range 20 {
		want := make([]float32, classes)
		for j := range feats {
			feats[j] = uint64(1 + rng.IntN(420))
			if feats[j] <= 400 {
				for _, e := range rows[feats[j]-1] {
					want[e.class] += float32(e.q)
				}
			}
		}
		got := make([]float32, classes)
		m.Scores(feats, got)
		require.Equal(t, want, got)
	}
}
