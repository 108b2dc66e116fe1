package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestQuoteEvalOutput writes predictions in the output contract for the
// JSONL corpus named by NEWSGRAPH_EVAL to NEWSGRAPH_EVAL_OUT, so that
// shared/eval/score.py can score the quote stage before the command line
// exists. Skipped unless NEWSGRAPH_EVAL is set. NEWSGRAPH_EVAL_NONAMES=1
// runs the quote stage on tokens alone (no NER or coreference).
func TestQuoteEvalOutput(t *testing.T) {
	in := os.Getenv("NEWSGRAPH_EVAL")
	if in == "" {
		t.Skip("set NEWSGRAPH_EVAL=corpus.jsonl and NEWSGRAPH_EVAL_OUT=pred.jsonl")
	}
	f, err := os.Open(in)
	require.NoError(t, err)
	defer f.Close()
	out, err := os.Create(os.Getenv("NEWSGRAPH_EVAL_OUT"))
	require.NoError(t, err)
	defer out.Close()
	w := bufio.NewWriter(out)
	defer w.Flush()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		d := NewDocument(rec.ID, rec.Text, qEvalZeroTime)
		Tokenize(d)
		if os.Getenv("NEWSGRAPH_EVAL_NONAMES") == "" {
			FindNames(d)
			Resolve(d)
		}
		FindQuotes(d)
		b, err := json.Marshal(d.Contract())
		require.NoError(t, err)
		w.Write(append(b, '\n'))
	}
	require.NoError(t, sc.Err())
}

var qEvalZeroTime = time.Time{}
