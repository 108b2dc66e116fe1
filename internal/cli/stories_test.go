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
