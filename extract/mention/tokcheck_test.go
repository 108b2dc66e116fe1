package mention

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/require"
)

// TestNERTokenizerMatchesCoNLL reports where Tokenize splits CoNLL dev text
// (tokens joined by spaces) differently from the CoNLL tokens, since the
// tagger was trained on those tokens. Runs only with NEWSGRAPH_EVAL=1.
func TestNERTokenizerMatchesCoNLL(t *testing.T) {
	if os.Getenv("NEWSGRAPH_EVAL") == "" {
		t.Skip("set NEWSGRAPH_EVAL=1 to compare with the CoNLL dev tokens")
	}
	shared := os.Getenv("NEWSGRAPH_SHARED")
	if shared == "" {
		shared = "../../shared"
	}
	f, err := os.Open(filepath.Join(shared, "eval/conll2003/dev.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	total, bad, sentBad := 0, 0, 0
	seen := map[string]int{}
	for sc.Scan() {
		var g struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		d := doc.NewDocument(g.ID, g.Text, time.Time{})
		tokenize.Tokenize(d)
		total += len(strings.Fields(g.Text))
		// every CoNLL token is a space-separated chunk: count our tokens
		// that are not exactly one chunk.
		chunk := map[int]int{} // token start -> tokens starting inside the same chunk
		r := []rune(g.Text)
		start := 0
		for i := 0; i <= len(r); i++ {
			if i == len(r) || r[i] == ' ' || r[i] == '\n' {
				if i > start {
					chunk[start] = i
				}
				start = i + 1
			}
		}
		for _, tk := range d.Tokens {
			if end, ok := chunk[tk.Start]; !ok || end != tk.End {
				bad++
				seen[tk.Text]++
			}
		}
		// sentence boundaries: CoNLL puts one sentence per line
		for _, s := range d.Sentences {
			if s.End < len(r) && r[s.End] != '\n' {
				sentBad++
			}
		}
	}
	t.Logf("%d CoNLL tokens, %d of our tokens do not coincide with one; %d sentence ends inside a line", total, bad, sentBad)
	for w, n := range seen {
		if n >= 3 {
			t.Logf("  %q x%d", w, n)
		}
	}
}
