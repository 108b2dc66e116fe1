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
	for _, want := range []string{"newsgraph ", "extractor ", "graph schema ", "NER model ", "mentions model ", "POS tagger model ", "parser model "} {
		assert.Contains(t, out, want)
	}
}

// Shell completion offers formats, query names, --types and entity names
// (through cobra's __complete, what the generated scripts call).
func TestCompletion(t *testing.T) {
	db := buildSeeds(t)
	complete := func(args ...string) []string {
		t.Helper()
		code, out, stderr := runMain(append([]string{"__complete"}, args...)...)
		require.Equal(t, ExitOK, code, stderr)
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if !strings.HasPrefix(l, ":") { // the last line is the directive
				name, _, _ := strings.Cut(l, "\t")
				got = append(got, name)
			}
		}
		return got
	}
	assert.Contains(t, complete("ask", ""), "met")
	assert.Contains(t, complete("ask", ""), "timeline")
	assert.Equal(t, []string{"Kim Kardashian"}, complete("ask", "--db", db, "met", "kim k"))
	assert.Empty(t, complete("ask", "--db", db, "met", "Kim Kardashian", ""), "met takes one name")
	assert.Contains(t, complete("entity", "--db", db, "Gypsy"), "Gypsy Rose Blanchard")
	assert.Contains(t, complete("export", "--db", db, "--entity", "Dee"), "Dee Dee Blanchard")
	assert.Contains(t, complete("export", "--db", db, "--query", "path", "Kim Kardashian", "Dee"), "Dee Dee Blanchard")
	assert.Equal(t, exportFormats, complete("export", "--format", ""))
	assert.NotContains(t, complete("export", "--query", ""), "conflicts", "computed in Go: not for --query")
	types := complete("export", "--types", "person,")
	assert.Contains(t, types, "person,place")
	assert.NotContains(t, types, "person,person")
	assert.Equal(t, []string{"table", "json", "jsonl"}, complete("stats", "--format", ""))
	assert.Equal(t, []string{"text", "json", "jsonl", "conllu"}, complete("extract", "--format", ""))
	assert.Empty(t, complete("ask", "--db", "bbolt:"+filepath.Join(t.TempDir(), "none"), "met", "K"), "no store: nothing, no error")
}

// --progress always draws a bar with the total size of the inputs on
// build and extract (build then one with the articles it loads), and one
// with the store's quad count on export.
func TestProgressBars(t *testing.T) {
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	code, _, stderr := runMain("build", "--db", db, "--progress", "always", seeds)
	require.Equal(t, ExitOK, code, stderr)
	assert.Regexp(t, `extracting +0% .*\( ?0 B/[0-9.]+ kB\)`, stderr, "the total is known before the first article")
	assert.Regexp(t, `loading +0% .*\(0/2, 0 articles`, stderr, "then the articles to load")
	code, _, stderr = runMain("extract", "--progress", "always", "--format", "json", seeds)
	require.Equal(t, ExitOK, code, stderr)
	assert.Regexp(t, `extracting +0% .*/[0-9.]+ kB`, stderr)
	code, _, stderr = runMain("export", "--db", db, "--progress", "always", "--format", "graphml", "-o", filepath.Join(t.TempDir(), "g.graphml"))
	require.Equal(t, ExitOK, code, stderr)
	assert.Regexp(t, `exporting +\d+% .*\(\d+/\d+`, stderr)
	code, _, stderr = runMain("build", "--db", db, "--progress", "sometimes", seeds)
	assert.Equal(t, ExitUsage, code, stderr)
}
