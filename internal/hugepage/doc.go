// Package hugepage gives the read-only tables of the models memory on
// 2 MiB pages. Decoding reads the tables at random, tens of MiB of them:
// with 4 KiB pages nearly every lookup misses the TLB as well as the
// cache, and the page walk adds to the miss.
package hugepage

// Size is the huge page size asked for (x86-64 and arm64 Linux).
const Size = 2 << 20
