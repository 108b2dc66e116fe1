package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// BenchmarkFindQuotes measures the quote stage alone on a tokenized and
// parsed article with direct, split, continued and reported quotes.
func BenchmarkFindQuotes(b *testing.B) {
	para := "\"The harbour will reopen next month,\" the port director said on Monday. \"We are ready.\"\n\n" +
		"\"Ships are already waiting,\" she added, \"and the crews want to work.\"\n\n" +
		"Local officials said that the closure had cost millions, according to the chamber of commerce.\n\n" +
		"The union, however, says the repairs are not finished. Its leader called the plan \"reckless.\"\n\n"
	text := strings.Repeat(para, 50)
	d := doc.NewDocument("bench", text, time.Time{})
	tokenize.Tokenize(d)
	syntax.Parse(d)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FindQuotes(d)
	}
	b.ReportMetric(float64(len(d.Words))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
