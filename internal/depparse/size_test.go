package depparse

import (
	"os"
	"runtime"
	"testing"
)

// BenchmarkLoadedSize reports the heap the shipped parsers take once
// loaded (the linear model's slot table, rows and the word classes), as
// MiB: the memory that decoding reads at random, and that the layout of
// linear.Model decides. Not a timed benchmark.
func BenchmarkLoadedSize(b *testing.B) {
	mib := map[string]float64{}
	for _, name := range []string{"parser.bin.gz", "parser-fast.bin.gz"} {
		data, err := os.ReadFile("../../extract/syntax/model/" + name)
		if err != nil {
			b.Skipf("no shipped model: %v", err)
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		m, err := Load(data)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		mib[name] = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(m)
		runtime.KeepAlive(data) // counted in before: not to be freed in between
	}
	for b.Loop() {
	}
	for name, v := range mib { // after the loop, which clears metrics
		b.ReportMetric(v, name+"-MiB")
	}
}
