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
// page starts on a huge page boundary (at most one element past it: an
// element's size need not divide the page) and the pages it spans are
// huge ones: at once where the kernel can (MADV_COLLAPSE), else when
// khugepaged comes by. The slice may thus cost up to two huge pages more
// than its length; a kernel that refuses leaves it on small pages.
func Make[T any](n int) []T {
	var zero T
	elem := int(unsafe.Sizeof(zero))
	if elem == 0 || n*elem < Size/2 {
		return make([]T, n)
	}
	pad := (Size + elem - 1) / elem
	bytes := (n*elem+Size-1)/Size*Size + Size
	s := make([]T, bytes/elem+pad)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	lo := (start + Size - 1) &^ (Size - 1)
	off := (int(lo-start) + elem - 1) / elem
	end := uintptr(unsafe.Pointer(&s[off])) + uintptr(n*elem)
	hi := (end + Size - 1) &^ (Size - 1)
	if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvCollapse); e != 0 {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvHuge)
	}
	runtime.KeepAlive(s)
	return s[off : off+n : off+n]
}
