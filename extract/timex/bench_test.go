package timex

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
)

// evalRoot is where the shared evaluation corpora live, relative to this
// package; they are read at run time, never copied into the repository.
const evalRoot = "../../shared/eval"

type evalDoc struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	Text string `json:"text"`
}

// readEvalDocs reads the documents of a JSONL corpus file.
func readEvalDocs(tb testing.TB, path string) []evalDoc {
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var docs []evalDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d evalDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func parseEvalDate(s string) time.Time {
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// TestTimexEval writes predictions in the output-contract format for
// score.py. It runs only when NEWSGRAPH_EVAL is set:
//
//	NEWSGRAPH_EVAL=1 go test ./extract -run TestTimexEval
//	python3 ../shared/eval/score.py timex ../shared/eval/tempeval3_platinum/dev.jsonl /tmp/timex_tempeval3_platinum.jsonl
func TestTimexEval(t *testing.T) {
	if os.Getenv("NEWSGRAPH_EVAL") == "" {
		t.Skip("set NEWSGRAPH_EVAL=1 to write timex predictions for score.py")
	}
	for _, corpus := range []string{"tempeval3_platinum/dev", "timebank_aquaint/dev", "timebank_aquaint/train", "meantime/dev", "gum/dev"} {
		docs := readEvalDocs(t, filepath.Join(evalRoot, corpus+".jsonl"))
		out, err := os.Create("/tmp/timex_" + strings.ReplaceAll(corpus, "/", "_") + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(out)
		for _, ed := range docs {
			d := doc.NewDocument(ed.ID, ed.Text, parseEvalDate(ed.Date))
			tokenize.Tokenize(d)
			FindTimexes(d)
			type tx struct {
				Start int    `json:"start"`
				End   int    `json:"end"`
				Text  string `json:"text"`
				Type  string `json:"type"`
				Value string `json:"value"`
				Mod   string `json:"mod,omitempty"`
			}
			rec := struct {
				ID      string `json:"id"`
				Timexes []tx   `json:"timexes"`
			}{ID: ed.ID, Timexes: []tx{}}
			for _, x := range d.Timexes {
				rec.Timexes = append(rec.Timexes, tx{x.Start, x.End, x.Text, x.Type, x.Value, x.Mod})
			}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
		}
		out.Close()
	}
}

// BenchmarkFindTimexes measures the time stage alone (tokenization is done
// beforehand) on the concatenated texts of the evaluation corpora; MB/s is
// bytes of article text per second.
func BenchmarkFindTimexes(b *testing.B) {
	var docs []*doc.Document
	var size int64
	for _, corpus := range []string{"timebank_aquaint/dev", "meantime/dev", "gum/dev", "tempeval3_platinum/dev"} {
		for _, ed := range readEvalDocs(b, filepath.Join(evalRoot, corpus+".jsonl")) {
			d := doc.NewDocument(ed.ID, ed.Text, parseEvalDate(ed.Date))
			tokenize.Tokenize(d)
			docs = append(docs, d)
			size += int64(len(ed.Text))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			FindTimexes(d)
		}
	}
}
