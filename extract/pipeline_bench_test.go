package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// benchTexts reads article texts from the shared evaluation corpora (not
// copied into the repository); the benchmark is skipped without them.
func benchTexts(b *testing.B, limit int) []string {
	b.Helper()
	var out []string
	for _, c := range []string{"meantime", "polnear", "tempeval3_platinum"} {
		f, err := os.Open("../../shared/eval/" + c + "/dev.jsonl")
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() && len(out) < limit {
			var d struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &d) == nil {
				out = append(out, d.Text)
			}
		}
		f.Close()
	}
	if len(out) == 0 {
		b.Skip("../shared/eval not found")
	}
	return out
}

// BenchmarkProcess runs the whole pipeline and reports words per second on
// one core (run with -cpu 1 for the per-core figure).
func BenchmarkProcess(b *testing.B) {
	texts := benchTexts(b, 200)
	words, bytes := 0, 0
	for _, t := range texts {
		words += len(strings.Fields(t))
		bytes += len(t)
	}
	date := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(bytes))
	cpu0 := processCPU()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Process(doc.NewDocument("b", t, date))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		// words per second of CPU time the process (GC included) spent: on a
		// machine shared with other jobs wall time counts the waits for a
		// core too, CPU time far less so.
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "cpu-words/s")
	}
}

// BenchmarkProcessFast is BenchmarkProcess with the parser's fast mode
// (syntax.SetFast, extract --fast).
func BenchmarkProcessFast(b *testing.B) {
	syntax.SetFast(true)
	defer syntax.SetFast(false)
	BenchmarkProcess(b)
}
