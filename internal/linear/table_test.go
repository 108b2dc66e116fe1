package linear

import (
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
