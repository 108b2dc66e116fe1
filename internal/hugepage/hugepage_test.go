package hugepage

import (
	"runtime"
	"testing"
	"unsafe"
)

// A table made with Make is zeroed, exactly n long, and on Linux starts
// within one element of a huge page boundary.
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
		if off := uintptr(unsafe.Pointer(&s[0])) % Size; off >= 40 {
			t.Errorf("n=%d: starts %d bytes past a huge page boundary", n, off)
		}
	}
}

func TestClone(t *testing.T) {
	src := make([]uint64, Size/8+5)
	for i := range src {
		src[i] = uint64(i) * 7
	}
	c := Clone(src)
	if len(c) != len(src) || &c[0] == &src[0] {
		t.Fatal("Clone did not copy")
	}
	for i := range src {
		if c[i] != src[i] {
			t.Fatalf("element %d: %d, want %d", i, c[i], src[i])
		}
	}
	if len(Clone([]int(nil))) != 0 {
		t.Error("Clone of nil is not empty")
	}
}
