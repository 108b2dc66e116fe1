package postag

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// BenchmarkTagEWT tags the sentences of UD English EWT dev (../shared,
// not copied into the repository) in order, so that words repeat as they
// do in text; BenchmarkTag's five sentences repeat every word.
func BenchmarkTagEWT(b *testing.B) {
	f, err := os.Open("../../../shared/eval/ud/en_ewt-ud-dev.conllu")
	if err != nil {
		b.Skip("../shared/eval/ud not found")
	}
	defer f.Close()
	var sents [][]string
	var cur []string
	words := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "":
			if len(cur) > 0 {
				sents, words, cur = append(sents, cur), words+len(cur), nil
			}
		case !strings.HasPrefix(l, "#"):
			c := strings.SplitN(l, "\t", 3)
			if len(c) == 3 && !strings.ContainsAny(c[0], "-.") {
				cur = append(cur, c[1])
			}
		}
	}
	m := loadShipped(b)
	timeTagging(b, m, sents, words)
}

// timeTagging tags sents b.N times and reports words per second, wall clock
// and CPU (the speed when the machine is shared).
func timeTagging(b *testing.B, m *Model, sents [][]string, words int) {
	b.ResetTimer()
	cpu := processCPU()
	for range b.N {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	n := float64(words) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "words/s")
	if cpu := processCPU() - cpu; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "words/cpu-s")
	}
}
