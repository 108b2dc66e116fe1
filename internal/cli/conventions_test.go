package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// --format json is one JSON document, [] for no rows; jsonl is one object
// a line; on every command that lists rows.
func TestRowFormats(t *testing.T) {
	db := buildSeeds(t)
	for _, args := range [][]string{
		{"ask", "met", "Kim Kardashian"},
		{"ask", "--list"},
		{"entity", "Kim Kardashian"},
		{"conflicts"},
		{"stats", "--articles"},
		{"query", `g.V("<urn:newsgraph:entity:kim-kardashian>").Out("<https://schema.org/name>").All()`},
	} {
		code, out, stderr := runMain(append(args, "--db", db, "--format", "json")...)
		require.Equal(t, ExitOK, code, "%v: %s", args, stderr)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &rows), "%v: one JSON array: %s", args, out)
		require.NotEmpty(t, rows, "%v", args)

		code, out, stderr = runMain(append(args, "--db", db, "--format", "jsonl")...)
		require.Equal(t, ExitOK, code, "%v: %s", args, stderr)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		assert.Len(t, lines, len(rows), "%v: one line per row", args)
		for _, l := range lines {
			var r map[string]any
			assert.NoError(t, json.Unmarshal([]byte(l), &r), "%v: %q", args, l)
		}
	}
	code, out, _ := runMain("ask", "met", "Dee Dee Blanchard", "--db", db, "--format", "json")
	require.Equal(t, ExitOK, code)
	assert.Equal(t, "[]\n", out, "no rows: an empty array, not nothing")

	code, out, _ = runMain("stats", "--db", db, "--format", "json")
	require.Equal(t, ExitOK, code)
	var st []statsRow
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	require.Len(t, st, 1)
	assert.Equal(t, 2, st[0].Articles)
	assert.Greater(t, st[0].Quads, int64(100))

	code, out, _ = runMain("ask", "--list", "--format", "json")
	require.Equal(t, ExitOK, code)
	var qs []queryInfo
	require.NoError(t, json.Unmarshal([]byte(out), &qs))
	byName := map[string]queryInfo{}
	for _, q := range qs {
		byName[q.Name] = q
	}
	assert.Equal(t, []string{"A", "B"}, byName["path"].Args)
	assert.Equal(t, "path A B", byName["path"].Usage)
}

// Exit statuses as the README gives them.
func TestExitStatuses(t *testing.T) {
	dir := t.TempDir()
	bad := putFile(t, dir, "bad.txt", "")
	good := putFile(t, dir, "good.txt", "Ola Dal spoke in Vesk.")
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	for _, c := range []struct {
		want int
		args []string
	}{
		{ExitOK, []string{"--version"}},
		{ExitUsage, []string{"entity"}},                                        // too few arguments
		{ExitUsage, []string{"entity", "a", "b"}},                              // too many
		{ExitUsage, []string{"stats", "extra"}},                                // none expected
		{ExitUsage, []string{"frobnicate"}},                                    // unknown command
		{ExitUsage, []string{"ask", "--format", "xml", "--list"}},              // bad flag value
		{ExitUsage, []string{"build", "--db", db}},                             // nothing to read
		{ExitError, []string{"build", "--db", db, "--progress", "never", bad}}, // every input failed
		{ExitError, []string{"extract", bad}},
		{ExitSkipped, []string{"build", "--db", db, "--progress", "never", bad, good}},
		{ExitSkipped, []string{"extract", bad, good}},
		{ExitOK, []string{"build", "--db", db, "--progress", "never", good}},
	} {
		code, _, stderr := runMain(c.args...)
		assert.Equal(t, c.want, code, "%v: %s", c.args, stderr)
	}
	_, out, _ := runMain("--version")
	for _, want := range []string{"newsgraph ", "extractor ", "graph schema ", "NER model ", "mentions model "} {
		assert.Contains(t, out, want)
	}
}
