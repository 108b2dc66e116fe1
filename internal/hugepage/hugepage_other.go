//go:build !linux

package hugepage

// Make returns a zeroed slice of n elements (no huge pages asked for
// where the kernel has none to give).
func Make[T any](n int) []T { return make([]T, n) }
