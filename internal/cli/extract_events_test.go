package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two articles report one meeting, a third another; the extract command
// gives the one meeting one id whatever the order the articles are read.
var meetingArticles = []string{
	`{"id": "a1", "date": "2024-05-03", "text": "Mayor Lena Morvik met union leader Piet Halvorsen in Port Aldren on Thursday. Morvik said the talks were useful. Halvorsen said the strike at the docks would go on."}`,
	`{"id": "b1", "date": "2024-05-03", "text": "Piet Halvorsen and Lena Morvik met in Port Aldren on Thursday to discuss the dock strike. The meeting lasted three hours."}`,
	`{"id": "c1", "date": "2024-05-05", "text": "Tomas Reyl scored twice as Orchard Valley beat Kestrel Town on Saturday. Reyl met the coach after the match."}`,
}

// eventIDs extracts the lines as one JSONL file and returns the event ids
// by article and trigger text.
func eventIDs(t *testing.T, lines []string) map[string]map[string][]string {
	p := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	var b buffers
	require.NoError(t, runExtract(context.Background(), &ExtractOptions{Paths: []string{p}, Format: "json", Workers: 1}, b.io()))
	out := map[string]map[string][]string{}
	dec := json.NewDecoder(bytes.NewReader(b.out.Bytes()))
	for dec.More() {
		var r struct {
			ID     string
			Events []struct {
				ID      string
				Trigger struct{ Text string }
			}
		}
		require.NoError(t, dec.Decode(&r))
		out[r.ID] = map[string][]string{}
		for _, e := range r.Events {
			out[r.ID][e.Trigger.Text] = append(out[r.ID][e.Trigger.Text], e.ID)
		}
	}
	return out
}

func TestExtractGivesOneMeetingOneIDInAnyOrder(t *testing.T) {
	ids := eventIDs(t, meetingArticles)
	require.Len(t, ids["a1"]["met"], 1)
	require.Len(t, ids["b1"]["met"], 1)
	require.Len(t, ids["c1"]["met"], 1)
	assert.Equal(t, ids["a1"]["met"], ids["b1"]["met"], "one meeting, two reports")
	assert.NotEqual(t, ids["a1"]["met"], ids["c1"]["met"], "another story, other people")
	if said := ids["a1"]["said"]; assert.Len(t, said, 2) {
		assert.NotEqual(t, said[0], said[1], "two people, two statements")
	}
	rev := []string{meetingArticles[2], meetingArticles[1], meetingArticles[0]}
	assert.Equal(t, ids, eventIDs(t, rev), "the order of the articles changes no id")
}

// The seed articles, published six months apart, both report Kim
// Kardashian meeting Gypsy Rose Blanchard in New Orleans: one event, one id.
func TestSeedsMeetingIsOneEventAcrossArticles(t *testing.T) {
	code, out, stderr := runMain("extract", "--format", "json", seeds)
	require.Equal(t, ExitOK, code, stderr)
	ids := map[string]map[string]bool{} // event id -> articles
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			ID     string
			Events []struct {
				ID    string
				Type  string
				Place *string
			}
		}
		require.NoError(t, json.Unmarshal([]byte(line), &r))
		for _, e := range r.Events {
			if e.Type == "MEET" && e.Place != nil && *e.Place == "new-orleans" {
				if ids[e.ID] == nil {
					ids[e.ID] = map[string]bool{}
				}
				ids[e.ID][r.ID] = true
			}
		}
	}
	require.NotEmpty(t, ids)
	shared := false
	for _, arts := range ids {
		shared = shared || len(arts) == 2
	}
	assert.True(t, shared, "one meeting id in both articles: %v", ids)
}
