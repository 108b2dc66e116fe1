//go:build !windows

package graph

// boltMmapSize is the initial size of bbolt's memory map. bbolt grows the
// map by remapping the file, and before every remap inside a write
// transaction it copies every key and value the transaction holds in memory
// out of the old map (Bucket.dereference, ~7 % of a bulk load's CPU time
// into a growing file). The map is address space only: the file does not
// grow with it, and its pages count towards memory once touched.
const boltMmapSize = 1 << 30
