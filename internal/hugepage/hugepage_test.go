package hugepage

import (
	"runtime"
	"testing"
	"unsafe"
)

// A table made with Make is zeroed, exactly n long, and on Linux starts
// less than one element before a huge page boundary.
func TestMakeAligns(t *testing.T) {
	type row struct {
		key uint32
		w   [9]float32
	} // 40 bytes: does not divide the page
	for _, n := range []int{3, Size / 40 / 2, Size / 40, 3*Size/40 + 7} {
		s := Make[row](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("n=%d: len %d cap %d", n, len(s), cap(s))
		}
		for i := range s {
			if s[i] != (row{}) {
				t.Fatalf("n=%d: element %d not zero", n, i)
			}
		}
		s[n-1].key = 1 // the whole slice is writable
		if runtime.GOOS != "linux" || n*40 < Size/2 {
			continue
		}
		if before := (Size - uintptr(unsafe.Pointer(&s[0]))%Size) % Size; before >= 40 {
			t.Errorf("n=%d: starts %d bytes before a huge page boundary", n, before)
		}
	}
}
