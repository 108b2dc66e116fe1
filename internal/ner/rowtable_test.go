package ner

import "testing"

// The table must answer exactly as the map it was built from, for keys
// present (including 0 and keys sharing a home slot) and absent.
func TestRowTableMatchesIndex(t *testing.T) {
	index := map[uint32]int32{0: 7, 1: 0, 0xffffffff: 3}
	for i := range uint32(5000) {
		index[i*2654435761+12345] = int32(10 + i)
	}
	tab := newRowTable(index)
	if len(tab.slots) < 2*len(index) {
		t.Fatalf("load factor above 1/2: %d slots for %d keys", len(tab.slots), len(index))
	}
	for k, r := range index {
		if got := tab.get(k); got != r {
			t.Fatalf("get(%#x) = %d, want %d", k, got, r)
		}
	}
	for i := range uint32(20000) {
		k := i*40503 + 2
		want, ok := index[k]
		if !ok {
			want = -1
		}
		if got := tab.get(k); got != want {
			t.Fatalf("get(%#x) = %d, want %d", k, got, want)
		}
	}
	empty := newRowTable(nil)
	if got := empty.get(42); got != -1 {
		t.Fatalf("empty table: get = %d, want -1", got)
	}
}
