package contract

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
)

func TestFactualityIsEmittedOnlyWhenNotTheDefault(t *testing.T) {
	text := "Ana Ruiz did not meet Ben Okoro, Ruiz said. They met in May."
	d := doc.NewDocument("f", text, time.Time{})
	d.Mentions = []doc.Mention{{Span: doc.Span{Start: 33, End: 37}, Text: "Ruiz", Kind: doc.Name, Type: doc.Person, Entity: 0}}
	d.Entities = []doc.Entity{{ID: "ana-ruiz", Name: "Ana Ruiz", Type: doc.Person, Mentions: []int{0}}}
	d.Events = []doc.Event{
		{Type: "MEET", Trigger: doc.Span{Start: 17, End: 21}, Place: -1, Timex: -1,
			Factuality: doc.Factuality{Polarity: "NEG", Reported: true, Source: 0}},
		{Type: "MEET", Trigger: doc.Span{Start: 49, End: 52}, Place: -1, Timex: -1},
	}
	r := From(d)
	require.Len(t, r.Events, 2)
	f := r.Events[0].Factuality
	require.NotNil(t, f)
	assert.Equal(t, Factuality{Polarity: "NEG", Certainty: "CERTAIN", Time: "NON_FUTURE", SpecialCases: "NONE",
		Source: &Speaker{Entity: strp("ana-ruiz"), Start: 33, End: 37, Text: "Ruiz"}}, *f)
	assert.Nil(t, r.Events[1].Factuality, "absent means told as having happened")
	b, err := json.Marshal(r.Events[1])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "factuality")

	d.Events[1].Factuality = doc.Factuality{Reported: true, Source: -1}
	f = From(d).Events[1].Factuality
	require.NotNil(t, f, "reported speech is said even when asserted")
	assert.Nil(t, f.Source, "an unknown speaker is null, not a guess")
	assert.Equal(t, "POS", f.Polarity)
}

func strp(s string) *string { return &s }

// The reference scorer reads what From writes: MEANTIME dev's own events,
// with their gold factuality put through From, score 1.0 on "not
// asserted" and on every attribute. Skipped without ../shared or python3.
func TestScorerReadsFactuality(t *testing.T) {
	eval := filepath.Join("..", "..", "..", "shared", "eval")
	gold := filepath.Join(eval, "meantime", "dev.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("no MEANTIME dev set at " + gold)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	in, err := os.Open(gold)
	require.NoError(t, err)
	defer in.Close()
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	out, err := os.Create(pred)
	require.NoError(t, err)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	notAsserted := 0
	for sc.Scan() {
		var rec struct {
			ID, Text string
			Events   []struct {
				Start, End int
				Factuality *struct {
					Polarity, Certainty, Time string
					SpecialCases              string `json:"special_cases"`
				}
			}
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		d := doc.NewDocument(rec.ID, rec.Text, time.Time{})
		for _, e := range rec.Events {
			ev := doc.Event{Type: "OTHER", Trigger: doc.Span{Start: e.Start, End: e.End}, Place: -1, Timex: -1}
			if g := e.Factuality; g != nil {
				ev.Factuality = doc.Factuality{Polarity: g.Polarity, Certainty: g.Certainty, Time: g.Time, SpecialCases: g.SpecialCases}
			}
			if !ev.Factuality.Asserted() {
				notAsserted++
			}
			d.Events = append(d.Events, ev)
		}
		b, err := json.Marshal(From(d))
		require.NoError(t, err)
		_, err = out.Write(append(b, '\n'))
		require.NoError(t, err)
	}
	require.NoError(t, sc.Err())
	require.NoError(t, out.Close())
	require.Positive(t, notAsserted, "MEANTIME dev has events not told as having happened")
	res, err := exec.Command("python3", filepath.Join(eval, "score.py"), "events", gold, pred, "--json").Output()
	require.NoError(t, err)
	var score struct {
		Events struct {
			Factuality struct {
				MatchedEvents int                `json:"matched_events"`
				NotAsserted   map[string]float64 `json:"not_asserted"`
				Accuracy      map[string]float64 `json:"accuracy"`
			} `json:"factuality"`
		} `json:"events"`
	}
	require.NoError(t, json.Unmarshal(res, &score), string(res))
	fa := score.Events.Factuality
	require.Positive(t, fa.MatchedEvents, string(res))
	assert.Equal(t, 1.0, fa.NotAsserted["f1"], string(res))
	for k, v := range fa.Accuracy {
		assert.Equal(t, 1.0, v, k)
	}
}
