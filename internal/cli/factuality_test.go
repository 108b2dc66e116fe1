package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/toldtest"
	"github.com/newsgraph/newsgraph/triples"
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
	assert.Contains(t, stderr, "--all applies to met, neighbors, path, timeline")
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

// The speaker of a reported event is bound like every entity reference
// (issue 17 with issue 16): "Kelly" who denies a meeting is Megyn Kelly
// while she is the only Kelly stored, stays "Kelly" once Mark Kelly comes,
// and is Megyn Kelly again when he goes; each time the store equals the
// one-shot load of the same articles, and `ask met --all` names the
// speaker as the store binds it.
func TestReportedSpeakerFollowsARebind(t *testing.T) {
	ctx := context.Background()
	names := map[string]doc.EntityType{"Megyn Kelly": doc.Person, "Mark Kelly": doc.Person, "Kelly": doc.Person,
		"Ana Ruiz": doc.Person, "Ben Okoro": doc.Person, "Lima": doc.Place, "Phoenix": doc.Place, "Denver": doc.Place}
	d1 := toldtest.Doc("k1", "2024-05-02", "Megyn Kelly spoke in Phoenix.", names)
	d2 := toldtest.Doc("k2", "2024-05-03", "Ana Ruiz did not meet Ben Okoro in Lima, Kelly said.", names)
	toldtest.Event(t, d2, "MEET", "meet", "", doc.Factuality{Polarity: "NEG", Reported: true, Source: toldtest.LastMention(d2, "Kelly")},
		"Ana Ruiz", "Ben Okoro")
	d3 := toldtest.Doc("k3", "2024-05-04", "Mark Kelly flew to Denver.", names)
	arts := map[string]triples.Article{}
	for _, d := range []*doc.Document{d1, d2, d3} {
		arts[d.ID] = triples.Build(d, triples.Meta{Source: d.ID + ".txt"})
	}
	// load as build does: each article bound on its own, then the store
	// resolved across articles
	load := func(db string, ids ...string) {
		t.Helper()
		s, err := graph.Open(ctx, db)
		require.NoError(t, err)
		defer s.Close()
		for _, id := range ids {
			_, err := s.Load(ctx, arts[id])
			require.NoError(t, err)
		}
		_, err = resolve.Settle(ctx, s, nil)
		require.NoError(t, err)
	}
	oneShot := func(ids ...string) dump {
		db := "bbolt:" + filepath.Join(t.TempDir(), "one")
		load(db, ids...)
		d, _ := readDump(t, db)
		return d
	}
	speaker := func(db string) string {
		t.Helper()
		code, out, stderr := runMain("ask", "met", "--all", "Ana Ruiz", "--db", db, "--format", "json")
		require.Equal(t, ExitOK, code, stderr)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &rows))
		require.Len(t, rows, 1, out)
		return rows[0]["factuality"].(string)
	}

	db := "bbolt:" + filepath.Join(t.TempDir(), "kelly")
	load(db, "k1", "k2")
	assert.Equal(t, "denied, reported by Megyn Kelly", speaker(db), "the only Kelly stored")
	got, _ := readDump(t, db)
	requireSameDump(t, "two articles", got, oneShot("k1", "k2"))

	load(db, "k3")
	assert.Equal(t, "denied, reported by Kelly", speaker(db), "two Kellys: the speaker is no longer Megyn Kelly")
	got, _ = readDump(t, db)
	requireSameDump(t, "the third article added", got, oneShot("k1", "k2", "k3"))

	code, out, stderr := runMain("remove", "k3", "--db", db)
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, "bound again")
	assert.Equal(t, "denied, reported by Megyn Kelly", speaker(db), "Mark Kelly gone, the speaker is Megyn Kelly again")
	got, _ = readDump(t, db)
	requireSameDump(t, "the third article removed", got, oneShot("k1", "k2"))
}

func TestExtractTextSaysHowEventsNotAssertedAreTold(t *testing.T) {
	path := filepath.Join(t.TempDir(), "talks.txt")
	require.NoError(t, os.WriteFile(path, []byte(" date 2025-03-02\n"+
		"Ada Holm met Bo Lind in Tromso on Monday. Ada Holm did not meet Cai Berg. "+
		"Ada Holm will meet Dag Moe in April.\n"), 0o644))
	code, out, stderr := runMain("extract", path)
	require.Equal(t, ExitOK, code, stderr)
	var met []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "MEET") {
			met = append(met, l)
		}
	}
	require.Len(t, met, 3, out)
	assert.NotContains(t, met[0], "[", "the meeting that happened carries no mark")
	assert.Contains(t, met[1], "[denied]")
	assert.Contains(t, met[2], "[planned]")
}

func TestExtractTextMarksContinuedQuotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "farm.txt")
	require.NoError(t, os.WriteFile(path, []byte("\"We lost the barn first,\" Ada Holm said.\n\n"+
		"\"Then the fences went, one after another.\"\n"), 0o644))
	code, out, stderr := runMain("extract", path)
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, "Ada Holm (direct): ", out)
	assert.Contains(t, out, "Ada Holm (direct, continued): \"Then the fences went", "the second quotation names no speaker: it continues the first")
}
