package tagger

import (
	"math/bits"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/internal/hugepage"
)

// rowTable is a read-only open-addressing hash table from folded feature
// keys to weight rows, built once per stage for decoding. Decoding does
// about a hundred lookups per token and model (85% of them hits); Go's
// map spent most of the tagger's time hashing and probing control groups,
// and a separate row array cost a second cache miss per hit. Here each
// slot holds its key and its nine weights (40 bytes), so a hit usually
// reads one or two adjacent cache lines. Keys are already FNV hashes, so
// one multiply spreads them; the load factor stays <= 1/2, and key 0
// (which marks an empty slot) is kept aside.
type rowTable struct {
	slots []rowSlot
	shift uint8
	zero  *[NumTags]float32 // the row of key 0, nil when absent
}

// touchSink keeps touch's loads from being compiled away.
var touchSink atomic.Uint32

// rowSlot is one table entry; key 0 marks an empty slot.
type rowSlot struct {
	key uint32
	w   [NumTags]float32
}

func newRowTable(index map[uint32]int32, w []float32) rowTable {
	size := 1 << max(4, bits.Len(uint(2*len(index))))
	t := rowTable{slots: hugepage.Make[rowSlot](size), shift: uint8(32 - bits.TrailingZeros(uint(size)))}
	mask := uint32(size - 1)
	for k, r := range index {
		row := [NumTags]float32(w[int(r)*NumTags:])
		if k == 0 {
			t.zero = &row
			continue
		}
		i := t.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = rowSlot{key: k, w: row}
	}
	return t
}

// home is the first slot probed for key k (Fibonacci hashing).
func (t *rowTable) home(k uint32) uint32 { return (k * 0x9E3779B1) >> t.shift }

// get returns the weights of key k, or nil.
func (t *rowTable) get(k uint32) *[NumTags]float32 {
	if k == 0 {
		return t.zero
	}
	mask := uint32(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return &s.w
		}
		if s.key == 0 {
			return nil
		}
	}
}

// touch reads the home slot of every feature before any is looked up: the
// loads have no branches between them, so their cache misses overlap, as
// a prefetch would, where get's probing loop takes them one at a time.
func (t *rowTable) touch(feats []uint64) {
	var sum uint32
	for _, h := range feats {
		sum += t.slots[t.home(Fold(h))].key
	}
	if sum == 1 { // rare; the stored value matters to nobody
		touchSink.Store(sum)
	}
}
