package mention

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/require"
)

// TestNEREvalDump writes name predictions for the shared dev sets in the
// output-contract format, one entity per mention, for
// shared/eval/score.py ner. It only runs with NEWSGRAPH_EVAL=1:
//
//	NEWSGRAPH_EVAL=1 go test ./extract -run NEREvalDump
//	python3 ../shared/eval/score.py ner ../shared/eval/conll2003/dev.jsonl /tmp/ner-conll2003.jsonl
func TestNEREvalDump(t *testing.T) {
	if os.Getenv("NEWSGRAPH_EVAL") == "" {
		t.Skip("set NEWSGRAPH_EVAL=1 to write dev predictions")
	}
	shared := os.Getenv("NEWSGRAPH_SHARED")
	if shared == "" {
		shared = "../../shared"
	}
	for _, corpus := range []string{"conll2003", "meantime"} {
		in, err := os.Open(filepath.Join(shared, "eval", corpus, "dev.jsonl"))
		require.NoError(t, err)
		outPath := filepath.Join(os.TempDir(), "ner-"+corpus+".jsonl")
		out, err := os.Create(outPath)
		require.NoError(t, err)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 1<<24), 1<<24)
		w := bufio.NewWriter(out)
		for sc.Scan() {
			var g struct{ ID, Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
			d := doc.NewDocument(g.ID, g.Text, time.Time{})
			tokenize.Tokenize(d)
			FindNames(d)
			type mention struct {
				Start int    `json:"start"`
				End   int    `json:"end"`
				Text  string `json:"text"`
				Kind  string `json:"kind"`
			}
			type entity struct {
				ID       string    `json:"id"`
				Name     string    `json:"name"`
				Type     string    `json:"type"`
				Mentions []mention `json:"mentions"`
			}
			var ents []entity
			for i, m := range d.Mentions {
				ents = append(ents, entity{fmt.Sprint(i), m.Text, string(m.Type),
					[]mention{{m.Start, m.End, m.Text, string(m.Kind)}}})
			}
			b, err := json.Marshal(map[string]any{"id": g.ID, "entities": ents})
			require.NoError(t, err)
			w.Write(append(b, '\n'))
		}
		require.NoError(t, sc.Err())
		require.NoError(t, w.Flush())
		require.NoError(t, out.Close())
		in.Close()
		t.Logf("wrote %s", outPath)
	}
}
