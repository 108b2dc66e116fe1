package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/toldtest"
)

// toldDB is a bbolt store holding toldtest.Meetings: Ada Holm met Bo
// Lind, did not meet Cai Berg (on his word), will meet Dag Moe.
func toldDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := "bbolt:" + filepath.Join(t.TempDir(), "told")
	s, err := graph.Open(ctx, db)
	require.NoError(t, err)
	for _, a := range toldtest.Meetings(t) {
		_, err := s.Load(ctx, a)
		require.NoError(t, err)
	}
	require.NoError(t, s.Close())
	return db
}

func TestAskAllShowsEventsNotToldAsHappenedWithTheirFactuality(t *testing.T) {
	db := toldDB(t)
	code, out, stderr := runMain("ask", "met", "Ada Holm", "--db", db)
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, "Bo Lind")
	assert.NotContains(t, out, "Cai Berg", "a denied meeting is no meeting")
	assert.NotContains(t, out, "Dag Moe", "nor is a planned one")
	assert.NotContains(t, out, "FACTUALITY")

	code, out, stderr = runMain("ask", "met", "--all", "Ada Holm", "--db", db)
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, "FACTUALITY")
	assert.Regexp(t, `Cai Berg .*denied, reported by Cai Berg`, out)
	assert.Regexp(t, `Dag Moe .*planned`, out)

	code, out, stderr = runMain("ask", "timeline", "Ada Holm", "--all", "--db", db, "--format", "json")
	require.Equal(t, ExitOK, code, stderr)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	require.Len(t, rows, 3)
	got := map[string]any{}
	for _, r := range rows {
		got[r["with"].(string)] = r["factuality"]
	}
	assert.Equal(t, map[string]any{"Bo Lind": "asserted", "Cai Berg": "denied, reported by Cai Berg", "Dag Moe": "planned"}, got)

	code, _, stderr = runMain("ask", "said", "--all", "Ada Holm", "--db", db)
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, stderr, "--all applies to met and timeline")
}

func TestExportAllAddsEventsNotToldAsHappenedWithTheirFactuality(t *testing.T) {
	db := toldDB(t)
	code, out, stderr := runMain("export", "--format", "cytoscape", "--db", db, "--progress", "never")
	require.Equal(t, ExitOK, code, stderr)
	assert.NotContains(t, out, "did not meet")
	assert.NotContains(t, out, "factuality")

	code, out, stderr = runMain("export", "--format", "cytoscape", "--all", "--db", db, "--progress", "never")
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, `"factuality": "denied, reported by Cai Berg"`)
	assert.Contains(t, out, `"factuality": "planned"`)

	// --query met --all exports whom the meetings of every kind name
	code, out, stderr = runMain("export", "--format", "dot", "--all", "--db", db, "--progress", "never", "--query", "met", "Ada Holm")
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, "cai-berg")
	code, out, stderr = runMain("export", "--format", "dot", "--db", db, "--progress", "never", "--query", "met", "Ada Holm")
	require.Equal(t, ExitOK, code, stderr)
	assert.NotContains(t, out, "cai-berg")
}
