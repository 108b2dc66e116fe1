package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// BenchmarkParse runs the stage (words, tagger, lemmatizer, parser) over
// tokenized news articles of ../shared/eval and reports words (the
// stage's own) per second; run with -cpu 1 for the per-core figure.
func BenchmarkParse(b *testing.B) {
	f, err := os.Open("../../../shared/eval/polnear/dev.jsonl")
	if err != nil {
		b.Skip("../shared/eval not found")
	}
	defer f.Close()
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(docs) < 100 {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil {
			d := doc.NewDocument("b", a.Text, time.Time{})
			tokenize.Tokenize(d)
			docs = append(docs, d)
		}
	}
	LoadModels()
	words := 0
	for _, d := range docs {
		Parse(d)
		words += len(d.Words)
	}
	cpu0 := processCPU()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Parse(d)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		// per second of CPU time (GC included): on a shared machine wall
		// time also counts the waits for a core
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "cpu-words/s")
	}
}

// BenchmarkParseFast is BenchmarkParse in fast mode (SetFast: the greedy
// parser model).
func BenchmarkParseFast(b *testing.B) {
	SetFast(true)
	defer SetFast(false)
	BenchmarkParse(b)
}
