package tagger

import "testing"

// The table must answer exactly as the map and rows it was built from,
// for keys present (including 0 and keys sharing a home slot) and absent.
func TestRowTableMatchesIndex(t *testing.T) {
	index := map[uint32]int32{0: 1, 1: 0, 0xffffffff: 2}
	for i := range uint32(5000) {
		index[i*2654435761+12345] = int32(3 + i)
	}
	w := make([]float32, (len(index)+3)*NumTags)
	for i := range w {
		w[i] = float32(i)
	}
	tab := newRowTable(index, w)
	if len(tab.slots) < 2*len(index) {
		t.Fatalf("load factor above 1/2: %d slots for %d keys", len(tab.slots), len(index))
	}
	for k, r := range index {
		got := tab.get(k)
		if got == nil || *got != [NumTags]float32(w[int(r)*NumTags:]) {
			t.Fatalf("get(%#x) = %v, want row %d", k, got, r)
		}
	}
	for i := range uint32(20000) {
		k := i*40503 + 2
		_, ok := index[k]
		if got := tab.get(k); (got != nil) != ok {
			t.Fatalf("get(%#x) = %v, present %v", k, got, ok)
		}
	}
	empty := newRowTable(nil, nil)
	if got := empty.get(42); got != nil {
		t.Fatalf("empty table: get = %v, want nil", got)
	}
	if got := empty.get(0); got != nil {
		t.Fatalf("empty table: get(0) = %v, want nil", got)
	}
}
