package ner

import "math/bits"

// rowTable is a read-only open-addressing hash table from folded feature
// keys to weight rows, built once per stage for decoding. Decoding does
// about a hundred lookups per token and model, most of them for features
// the model pruned; Go's map spent most of the tagger's time hashing and
// probing control groups. Keys are already FNV hashes, so one multiply
// spreads them, and at load factor <= 1/2 a lookup (hit or miss) reads one
// or two adjacent 8-byte slots, usually in one cache line.
type rowTable struct {
	slots []rowSlot
	shift uint8
}

// rowSlot is one table entry; row < 0 marks an empty slot.
type rowSlot struct {
	key uint32
	row int32
}

func newRowTable(index map[uint32]int32) rowTable {
	size := 1 << max(4, bits.Len(uint(2*len(index))))
	t := rowTable{slots: make([]rowSlot, size), shift: uint8(32 - bits.TrailingZeros(uint(size)))}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	mask := uint32(size - 1)
	for k, r := range index {
		i := t.home(k)
		for t.slots[i].row >= 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = rowSlot{key: k, row: r}
	}
	return t
}

// home is the first slot probed for key k (Fibonacci hashing).
func (t *rowTable) home(k uint32) uint32 { return (k * 0x9E3779B1) >> t.shift }

// get returns the row of key k, or -1.
func (t *rowTable) get(k uint32) int32 {
	mask := uint32(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.row < 0 || s.key == k {
			return s.row
		}
	}
}
