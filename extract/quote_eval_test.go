package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/newsgraph/newsgraph/extract/quote"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
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
		d := doc.NewDocument(rec.ID, rec.Text, qEvalZeroTime)
		tokenize.Tokenize(d)
		if os.Getenv("NEWSGRAPH_EVAL_NONAMES") == "" {
			mention.FindNames(d)
			Resolve(d)
		}
		quote.FindQuotes(d)
		b, err := json.Marshal(contract.From(d))
		require.NoError(t, err)
		w.Write(append(b, '\n'))
	}
	require.NoError(t, sc.Err())
}

var qEvalZeroTime = time.Time{}

// The quote tests that need coreference first: a pronoun speaker resumed.

func TestSpeakerWhoContinuesAfterAReply(t *testing.T) {
	text := `"The budget is gone," Ms. Lena Ortiz said. "Really?" Ms. Maria Cole replied. "We spent it all on repairs," she continued.`
	d := doctest.Parsed(t, text, map[string]doc.EntityType{"Lena Ortiz": doc.Person, "Maria Cole": doc.Person})
	Resolve(d)
	quote.FindQuotes(d)
	quote.ResumeSpeakers(d)
	require.Len(t, d.Quotes, 3)
	q := d.Quotes[2]
	require.GreaterOrEqual(t, q.Speaker, 0)
	assert.Equal(t, "Lena Ortiz", d.Entities[d.Mentions[q.Speaker].Entity].Name)
}
