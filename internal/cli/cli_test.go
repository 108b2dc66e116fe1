package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/queries"
)

const seeds = "../../seeds"

type buffers struct{ out, err bytes.Buffer }

func (b *buffers) io() IO { return IO{In: strings.NewReader(""), Out: &b.out, Err: &b.err} }

func buildSeeds(t *testing.T) string {
	t.Helper()
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	var b buffers
	sum, err := runBuild(context.Background(), &BuildOptions{DB: db, Paths: []string{seeds}, Progress: "never"}, b.io())
	require.NoError(t, err, b.err.String())
	require.Equal(t, 2, sum.Articles)
	require.Equal(t, 2, sum.Inserted)
	return db
}

func ask(t *testing.T, db, name string, args ...string) []map[string]any {
	t.Helper()
	var b buffers
	err := runAsk(context.Background(), &AskOptions{DB: db, Name: name, Args: args, Format: "json", Timeout: time.Minute}, b.io())
	require.NoError(t, err, b.err.String())
	var rows []map[string]any
	require.NoError(t, json.Unmarshal(b.out.Bytes(), &rows), "--format json is one JSON array: %s", b.out.String())
	return rows
}

func TestBuildIsIdempotentAndAskAnswers(t *testing.T) {
	db := buildSeeds(t)

	// A second build changes nothing.
	var b buffers
	sum, err := runBuild(context.Background(), &BuildOptions{DB: db, Paths: []string{seeds}, Progress: "never"}, b.io())
	require.NoError(t, err)
	assert.Equal(t, 2, sum.Skipped)
	assert.Zero(t, sum.QuadsAdded)
	first := sum.StoreQuads
	assert.Positive(t, first)

	met := ask(t, db, "met", "kim kardashian")
	require.NotEmpty(t, met)
	var found bool
	for _, r := range met {
		if r["met"] == "Gypsy Rose Blanchard" {
			found = true
			assert.NotEmpty(t, r["article"])
			assert.NotEmpty(t, r["evidence"])
		}
	}
	assert.True(t, found, "Kim Kardashian met Gypsy Rose Blanchard: %v", met)
	var places []any
	for _, r := range met {
		places = append(places, r["place"])
	}
	assert.Contains(t, places, "New Orleans")
}

func TestRemoveDeletesOneArticle(t *testing.T) {
	db := buildSeeds(t)
	var b buffers
	require.NoError(t, runStats(context.Background(), &StatsOptions{DB: db, Articles: true}, b.io()))
	assert.Contains(t, b.out.String(), "2 articles")
	assert.Contains(t, b.out.String(), "004_955bcc4cf7223aaf")

	b = buffers{}
	require.NoError(t, runRemove(context.Background(), &RemoveOptions{DB: db, IDs: []string{"004_955bcc4cf7223aaf"}}, b.io()))
	b = buffers{}
	require.NoError(t, runStats(context.Background(), &StatsOptions{DB: db, Articles: true}, b.io()))
	assert.Contains(t, b.out.String(), "1 articles")
	assert.NotContains(t, b.out.String(), "004_955bcc4cf7223aaf")

	b = buffers{}
	err := runRemove(context.Background(), &RemoveOptions{DB: db, IDs: []string{"no-such-article"}}, b.io())
	require.Error(t, err)
	assert.Contains(t, b.err.String(), "no-such-article")
}

func TestBadInputIsReportedAndExitStatusSaysSo(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.txt"), []byte(" date 2023-05-06 Olaf Berg met Ines Roth in Oslo."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.txt"), []byte(" date 2023-02-30 Impossible."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte("{\"id\":\"ok\",\"text\":\"Fine.\"}\n{broken\n"), 0o644))
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	var out, errw bytes.Buffer
	code := Main([]string{"build", "--db", db, "--progress", "never", dir}, strings.NewReader(""), &out, &errw)
	assert.Equal(t, ExitSkipped, code)
	assert.Contains(t, errw.String(), "warning "+filepath.Join(dir, "bad.txt")+": line 1: date header")
	assert.Contains(t, errw.String(), "skipped "+filepath.Join(dir, "feed.jsonl")+":2: broken JSON")
	assert.Contains(t, out.String(), "3 articles", "an impossible date costs no article")
	assert.Contains(t, out.String(), "1 skipped inputs")
}

func TestExtractJSONFollowsTheContract(t *testing.T) {
	var b buffers
	b2 := b.io()
	b2.In = strings.NewReader(`{"id":"n1","date":"2022-03-04","text":"Ola Nordmann met Kari Hansen in Bergen on Tuesday. \"We agreed,\" Hansen said."}`)
	require.NoError(t, runExtract(context.Background(), &ExtractOptions{Paths: []string{"-"}, Format: "json"}, b2))
	var r map[string]any
	require.NoError(t, json.Unmarshal(b.out.Bytes(), &r))
	assert.Equal(t, "n1", r["id"])
	assert.Equal(t, "2022-03-04", r["date"])
	for _, k := range []string{"entities", "timexes", "quotes", "events"} {
		assert.Contains(t, r, k)
	}
	ents, _ := r["entities"].([]any)
	require.NotEmpty(t, ents)
	e := ents[0].(map[string]any)
	for _, k := range []string{"id", "name", "type", "mentions"} {
		assert.Contains(t, e, k)
	}
}

func TestQueryTimeoutStopsEndlessGizmo(t *testing.T) {
	db := newEmptyStore(t)
	var b buffers
	start := time.Now()
	err := runQuery(context.Background(), &QueryOptions{DB: db, Lang: "gizmo", Text: "while (true) {}", Format: "table",
		Timeout: 300 * time.Millisecond}, b.io())
	require.ErrorIs(t, err, queries.ErrTimeout)
	assert.Less(t, time.Since(start), 20*time.Second)
}

func TestUsageErrors(t *testing.T) {
	var out, errw bytes.Buffer
	assert.Equal(t, ExitUsage, Main([]string{"ask", "nosuchquery", "x", "--db", "memory:"}, nil, &out, &errw))
	assert.Contains(t, errw.String(), "no query named")
	errw.Reset()
	assert.Equal(t, ExitUsage, Main([]string{"extract", "--format", "xml", "-"}, strings.NewReader("x"), &out, &errw))
	errw.Reset()
	assert.Equal(t, ExitUsage, Main([]string{"build", "--bogus"}, nil, &out, &errw))
}

func TestAskListDocumentsEveryQuery(t *testing.T) {
	var b buffers
	require.NoError(t, runAsk(context.Background(), &AskOptions{List: true}, b.io()))
	for _, name := range []string{"met PERSON", "timeline ENTITY", "said PERSON", "about ENTITY", "path A B"} {
		assert.Contains(t, b.out.String(), name)
	}
}

func TestConflictsOnTheSeeds(t *testing.T) {
	db := buildSeeds(t)
	var b buffers
	require.NoError(t, runConflicts(context.Background(), &ConflictsOptions{DB: db, Format: "json", All: true}, b.io()))
	var timing, ages bool
	var findings []struct {
		Kind, Verdict, About, Reasoning string
	}
	require.NoError(t, json.Unmarshal(b.out.Bytes(), &findings))
	for _, f := range findings {
		if f.Kind == "timing" && f.Verdict == "conflict" && strings.Contains(f.About, "RELEASE") && strings.Contains(f.About, "MEET") {
			timing = true
		}
		if f.Kind == "age" && strings.Contains(f.About, "Kim Kardashian") {
			ages = true
			assert.Equal(t, "consistent", f.Verdict, f.Reasoning)
		}
	}
	assert.True(t, timing, "three weeks after the release against months after it")
	assert.True(t, ages, "Kim's ages 43 and 44 are compared")
}
