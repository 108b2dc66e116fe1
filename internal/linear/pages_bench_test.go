package linear

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// BenchmarkAddPages adds feature lists to a model of the parser's size
// (2^20 rows: 16 MiB of slots, ~25 MiB of rows) whose tables are on huge
// pages, as buildQuantized makes them, and to a copy on the pages make
// gives, in alternate blocks of one run, so that both see the same machine
// state; it reports lookups per CPU second of each and their ratio. Each
// list is 108 features, two thirds of them hits, as a parser move reads.
func BenchmarkAddPages(b *testing.B) {
	const rows, classes, perList, block = 1 << 20, 200, 108, 4096
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint32, rows)
	for i := range keys {
		keys[i] = uint32(i)*4096 + uint32(r.IntN(4096)) + 1 // ascending, distinct
	}
	qrows := make([][]entry, rows)
	for i := range qrows {
		n := 1 + r.IntN(2)*r.IntN(24) // half inline, half sparse of up to 23
		for c := range n {
			qrows[i] = append(qrows[i], entry{class: uint16(c * classes / 24), q: int16(r.IntN(200) - 100)})
		}
	}
	huge := buildQuantized(classes, 0.01, keys, qrows)
	small := *huge
	small.table, small.entries, small.dense = slices.Clone(huge.table), slices.Clone(huge.entries), slices.Clone(huge.dense)
	lists := make([][]uint64, block)
	for i := range lists {
		for range perList {
			f := uint64(r.Uint32()) // a miss, mostly
			if r.IntN(3) > 0 {
				f = uint64(keys[r.IntN(rows)]) // Fold(f) == f below 2^32
			}
			lists[i] = append(lists[i], f)
		}
	}
	a := huge.NewAcc()
	var cpu [2]time.Duration
	for b.Loop() {
		for k, m := range []*Model{huge, &small} {
			c0 := processCPU()
			for _, l := range lists {
				a.Reset()
				m.Add(a, l)
			}
			cpu[k] += processCPU() - c0
		}
	}
	if cpu[0] > 0 && cpu[1] > 0 {
		n := float64(b.N * block * perList)
		b.ReportMetric(n/cpu[0].Seconds(), "huge-lookups/cpu-s")
		b.ReportMetric(n/cpu[1].Seconds(), "small-lookups/cpu-s")
		b.ReportMetric(cpu[1].Seconds()/cpu[0].Seconds(), "small/huge-cpu")
	}
}
