package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
)

// BenchmarkEventStages measures the event stages alone (events, their
// links, open relations) on processed articles, in words per CPU-second:
// their share of the whole pipeline's budget (BenchmarkProcess).
func BenchmarkEventStages(b *testing.B) {
	texts := benchTexts(b, 200)
	words := 0
	var docs []*doc.Document
	for _, t := range texts {
		words += len(strings.Fields(t))
		d := doc.NewDocument("b", t, time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC))
		Process(d)
		docs = append(docs, d)
	}
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Relations = d.Relations[:0]
			event.FindEvents(d)
			event.FindEventLinks(d)
			event.FindOpenRelations(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/(processCPU()-cpu0).Seconds(), "cpu-words/s")
}
