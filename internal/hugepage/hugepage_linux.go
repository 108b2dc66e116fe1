//go:build linux

package hugepage

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	madvHuge     = 14 // MADV_HUGEPAGE
	madvCollapse = 25 // MADV_COLLAPSE, Linux 6.1
)

// Make returns a zeroed slice of n elements. One of at least half a huge
// page starts at most one element before a huge page boundary (an
// element's size need not divide the page), and the pages from that
// boundary on are huge ones: at once where the kernel can (MADV_COLLAPSE),
// else when khugepaged comes by. The slice takes up to one huge page more
// than its length; a kernel that refuses leaves it on small pages.
func Make[T any](n int) []T {
	var zero T
	elem := uintptr(unsafe.Sizeof(zero))
	bytes := uintptr(n) * elem
	if elem == 0 || bytes < Size/2 {
		return make([]T, n)
	}
	s := make([]T, ((bytes+Size-1)/Size*Size+Size)/elem)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	lo := (start + Size - 1) &^ (Size - 1)
	off := (lo - start) / elem // the data begins under elem bytes before lo
	hi := (start + off*elem + bytes + Size - 1) &^ (Size - 1)
	if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvCollapse); e != 0 {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvHuge)
	}
	runtime.KeepAlive(s)
	return s[off : int(off)+n : int(off)+n]
}
