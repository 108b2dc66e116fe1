package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractIDs runs extract --format json on JSON lines and returns, per
// article, the entity id of each mention text.
func extractIDs(t *testing.T, lines ...string) map[string]map[string]string {
	t.Helper()
	var b buffers
	io := b.io()
	io.In = strings.NewReader(strings.Join(lines, "\n"))
	require.NoError(t, runExtract(context.Background(), &ExtractOptions{Paths: []string{"-"}, Format: "json"}, io), b.err.String())
	out := map[string]map[string]string{}
	dec := json.NewDecoder(&b.out)
	for dec.More() {
		var r struct {
			ID       string
			Entities []struct {
				ID       string
				Mentions []struct{ Text string }
			}
		}
		require.NoError(t, dec.Decode(&r))
		out[r.ID] = map[string]string{}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				out[r.ID][m.Text] = e.ID
			}
		}
	}
	return out
}

// Two reports of one fire name the same bakery and town: their
// firefighters are one entity; a report of another story keeps its own.
func TestExtractJoinsTheDescriptionsOfOneStory(t *testing.T) {
	got := extractIDs(t,
		`{"id":"r1","date":"2023-05-02","text":"A fire destroyed the Olsen Bakery in Tarvik on Monday. The firefighters arrived within minutes, Greta Moe of the Tarvik council said."}`,
		`{"id":"r2","date":"2023-05-03","text":"The Olsen Bakery in Tarvik burned down on Monday night. The firefighters saved the house next door."}`,
		`{"id":"r3","date":"2023-05-03","text":"A storm flooded the harbour of Vesby on Sunday. The firefighters pumped water all night."}`)
	require.NotEmpty(t, got["r1"]["The firefighters"])
	assert.Equal(t, got["r1"]["The firefighters"], got["r2"]["The firefighters"], "two reports of the Tarvik fire")
	assert.NotEqual(t, got["r1"]["The firefighters"], got["r3"]["The firefighters"], "the Vesby storm is another story")
}

// No two entities of one article share an id: the graph holds one node per
// id. Corpus resolution joins "US" to the United States where another
// article says both.
func TestExtractGivesOneEntityPerID(t *testing.T) {
	var b buffers
	io := b.io()
	io.In = strings.NewReader(strings.Join([]string{
		`{"id":"a1","date":"2023-05-02","text":"The U.S. will send more aid to Moldova, officials said on Monday. Farmers in the U.S. welcomed the plan."}`,
		`{"id":"a2","date":"2023-05-02","text":"The United States sent grain to Moldova. Officials in the U.S. said the grain arrived on Friday."}`,
		`{"id":"a3","date":"2023-05-03","text":"Moldova thanked the United States on Tuesday. The US has sent grain twice this year, a minister said."}`,
	}, "\n"))
	require.NoError(t, runExtract(context.Background(), &ExtractOptions{Paths: []string{"-"}, Format: "json"}, io), b.err.String())
	dec := json.NewDecoder(&b.out)
	for dec.More() {
		var r struct {
			ID       string
			Entities []struct{ ID, Name string }
		}
		require.NoError(t, dec.Decode(&r))
		seen := map[string]string{}
		for _, e := range r.Entities {
			assert.NotContains(t, seen, e.ID, "%s: %q and %q", r.ID, seen[e.ID], e.Name)
			seen[e.ID] = e.Name
		}
	}
}
