package linear

import (
	"math/bits"
	"slices"

	"github.com/newsgraph/newsgraph/internal/hugepage"
)

// The rows of a Model are found through an open-addressing hash table of
// 8-byte slots, at most half full, so that nearly every lookup, hit or
// miss, reads one slot. A slot's meta says where its row is:
//
//   - inlineRow|class<<16|uint16(q): a row of one weight, in the slot
//     itself (a third of the rows; no second memory access);
//   - denseRow|off: a dense row at dense[off:], a biased weight for every
//     class (see Acc);
//   - off: a header entry at entries[off] whose class field is the row's
//     length n, then the n entries.
type slot struct {
	key  uint32 // 0: empty (the row of key 0 is Model.zero)
	meta uint32
}

const (
	inlineRow = 1 << 31
	denseRow  = 1 << 30
	// maxInlineClass bounds the classes an inline row can name (15 bits).
	maxInlineClass = 1<<15 - 1
)

// lookup returns the meta of key k's row; ok is false when k has no row.
func (m *Model) lookup(k uint32) (meta uint32, ok bool) {
	if k == 0 {
		return m.zero, m.hasZero
	}
	mask := uint32(len(m.table) - 1)
	for i := m.home(k); ; i = (i + 1) & mask {
		s := m.table[i]
		if s.key == k {
			return s.meta, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}

// home is the first slot key k may take.
func (m *Model) home(k uint32) uint32 { return (k * 0x9E3779B1) >> m.shift }

// buildQuantized makes a Model from quantized rows in ascending key order.
func buildQuantized(classes int, scale float32, keys []uint32, rows [][]entry) *Model {
	m := &Model{classes: classes, scale: scale}
	size := 1 << max(4, bits.Len(uint(2*len(keys))))
	m.table = hugepage.Make[slot](size)
	m.shift = uint8(32 - bits.TrailingZeros(uint(size)))
	mask := uint32(size - 1)
	// decoding reads the rows at random too: on huge pages, sized first
	order := longestFirst(rows)
	ne, nd := 0, 0
	for _, i := range order {
		switch m.kind(rows[i]) {
		case denseRow:
			nd += m.lanes()
		case 0:
			ne = lineStart(ne, len(rows[i])) + 1 + len(rows[i])
		}
	}
	m.entries, m.dense = hugepage.Make[entry](ne)[:0], hugepage.Make[uint64](nd)[:0]
	for _, i := range order {
		k := keys[i]
		meta := m.place(rows[i])
		if k == 0 {
			m.zero, m.hasZero = meta, true
			continue
		}
		j := m.home(k)
		for m.table[j].key != 0 {
			j = (j + 1) & mask
		}
		m.table[j] = slot{key: k, meta: meta}
	}
	return m
}

// longestFirst returns the indexes of rows by descending length, rows of
// one length in their order. Rows are placed in this order: a feature
// with many classes is one seen often in training and read often in
// decoding, and packed together those rows take fewer cache lines and
// pages than spread among the short ones.
func longestFirst(rows [][]entry) []int {
	longest := 0
	for _, row := range rows {
		longest = max(longest, len(row))
	}
	start := make([]int, longest+2) // start[longest-n]: the first place of rows of length n
	for _, row := range rows {
		start[longest-len(row)+1]++
	}
	for n := 1; n < len(start); n++ {
		start[n] += start[n-1]
	}
	order := make([]int, len(rows))
	for i, row := range rows {
		p := &start[longest-len(row)]
		order[*p] = i
		*p++
	}
	return order
}

// lineStart returns where a sparse row of n entries goes after end
// entries: at end, or on the next cache line when the row and its header
// fit in one but would straddle two (the entries start on a line: see
// hugepage.Make), so that reading the row is one miss, not two.
func lineStart(end, n int) int {
	const line = 64 / 4 // entries in a cache line
	if n+1 <= line && end/line != (end+n)/line {
		return (end + line - 1) / line * line
	}
	return end
}

// kind returns how a row is stored: inlineRow, denseRow or 0 (sparse).
func (m *Model) kind(row []entry) uint32 {
	switch {
	case len(row) == 1 && m.classes <= maxInlineClass+1:
		return inlineRow
	case m.denseWorth(row):
		return denseRow
	}
	return 0
}

// place stores a row where its kind says and returns its meta.
func (m *Model) place(row []entry) uint32 {
	switch m.kind(row) {
	case inlineRow:
		return inlineRow | uint32(row[0].class)<<16 | uint32(uint16(row[0].q))
	case denseRow:
		off := len(m.dense)
		m.dense = appendDense(m.dense, row, m.lanes())
		return denseRow | uint32(off)
	}
	off := lineStart(len(m.entries), len(row))
	if off+1+len(row) >= denseRow || len(m.dense) >= denseRow {
		panic("linear: model too large") // a billion weights: not a model this project makes
	}
	m.entries = append(m.entries[:off], entry{class: uint16(len(row))})
	m.entries = append(m.entries, row...)
	return uint32(off)
}

// row returns the entries of the row of meta.
func (m *Model) row(meta uint32) []entry {
	switch {
	case meta&inlineRow != 0:
		return []entry{{class: uint16(meta>>16) & maxInlineClass, q: int16(meta)}}
	case meta&denseRow != 0:
		off := int(meta &^ denseRow)
		var out []entry
		for c := range m.classes {
			if w := int32(uint32(m.dense[off+c>>1]>>(32*(c&1))) - denseBias); w != 0 {
				out = append(out, entry{class: uint16(c), q: int16(w)})
			}
		}
		return out
	}
	n := int(m.entries[meta].class)
	return m.entries[meta+1 : int(meta)+1+n]
}

// sortedSlots returns the model's rows in ascending key order.
func (m *Model) sortedSlots() []slot {
	var rows []slot
	if m.hasZero {
		rows = append(rows, slot{0, m.zero})
	}
	for _, s := range m.table {
		if s.key != 0 {
			rows = append(rows, s)
		}
	}
	slices.SortFunc(rows, func(a, b slot) int { return int(int64(a.key) - int64(b.key)) })
	return rows
}
