package queries

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/internal/toldtest"
)

// toldStore holds three meetings of Ada Holm: one stated, one denied on
// Cai Berg's word, one planned (toldtest.Meetings).
func toldStore(t *testing.T) *graph.Store { return toldStoreAt(t, "memory:") }

func toldStoreAt(t *testing.T, dsn string) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	for _, a := range toldtest.Meetings(t) {
		_, err := s.Load(ctx, a)
		require.NoError(t, err)
	}
	return s
}

func runWith(t *testing.T, s *graph.Store, p Params, name string, args ...string) []map[string]any {
	t.Helper()
	ctx := context.Background()
	q, ok := Get(name)
	require.True(t, ok)
	var iris [][]string
	for _, a := range args {
		m, err := graph.FindEntities(ctx, s.QuadStore(), a)
		require.NoError(t, err)
		require.NotEmpty(t, m, a)
		var l []string
		for _, x := range m {
			l = append(l, x.IRI)
		}
		iris = append(iris, l)
	}
	prog, err := q.ProgramWith(iris, p)
	require.NoError(t, err)
	rows, err := Run(ctx, s.QuadStore(), "gizmo", prog, 0, 30*time.Second)
	require.NoError(t, err)
	var out []map[string]any
	for _, r := range rows {
		out = append(out, r.(map[string]any))
	}
	return out
}

// On every backend: the Gizmo of asserted() and told() reads the same.
func TestMetShowsOnlyMeetingsThatHappenedUnlessAll(t *testing.T) {
	dsns := map[string]string{"memory": "memory:", "bbolt": "bbolt:" + filepath.Join(t.TempDir(), "g")}
	if pg := os.Getenv(pgtest.Env); pg != "" {
		dsns["postgres"] = pgtest.FreshDatabase(t, pg, "newsgraph_queries_")
	}
	for backend, dsn := range dsns {
		t.Run(backend, func(t *testing.T) {
			s := toldStoreAt(t, dsn)
			rows := run(t, s, "met", "Ada Holm")
			require.Len(t, rows, 1, "%v", rows)
			assert.Equal(t, "Bo Lind", rows[0]["met"])
			assert.NotContains(t, rows[0], "factuality")

			got := map[string]any{}
			for _, r := range runWith(t, s, Params{All: true}, "met", "Ada Holm") {
				got[r["met"].(string)] = r["factuality"]
			}
			assert.Equal(t, map[string]any{"Bo Lind": "asserted", "Cai Berg": "denied, reported by Cai Berg", "Dag Moe": "planned"}, got)
		})
	}
}

func TestTimelineShowsOnlyEventsThatHappenedUnlessAll(t *testing.T) {
	s := toldStore(t)
	rows := run(t, s, "timeline", "Ada Holm")
	require.Len(t, rows, 1, "%v", rows)
	assert.Equal(t, "Bo Lind", rows[0]["with"])
	got := map[string]any{}
	for _, r := range runWith(t, s, Params{All: true}, "timeline", "Ada Holm") {
		got[r["with"].(string)] = r["factuality"]
	}
	assert.Equal(t, map[string]any{"Bo Lind": "asserted", "Cai Berg": "denied, reported by Cai Berg", "Dag Moe": "planned"}, got)
	q, _ := Get("timeline")
	assert.Contains(t, q.ColumnsFor(Params{All: true}), "factuality")
	assert.NotContains(t, q.ColumnsFor(Params{}), "factuality")
	assert.NotEmpty(t, q.All, "timeline says what --all adds")
}

func TestAboutAndSourcesSayHowEachReportTellsItsEvents(t *testing.T) {
	s := toldStore(t)
	details := map[string]string{}
	for _, r := range run(t, s, "about", "Ada Holm") {
		if r["fact"] == "event" {
			details[r["article"].(string)] = r["detail"].(string)
		}
	}
	assert.Len(t, details, 3, "about lists every event")
	assert.Contains(t, details["t2"], "(denied, reported by Cai Berg) ")
	assert.Contains(t, details["t3"], "(planned) ")
	assert.NotContains(t, details["t1"], "(")
	told := map[string]any{}
	for _, r := range run(t, s, "sources", "Ada Holm") {
		told[r["article"].(string)] = r["factuality"]
	}
	assert.Equal(t, map[string]any{"t1": "1 asserted", "t2": "1 denied, reported by Cai Berg", "t3": "1 planned"}, told)
}

// A denied or planned meeting is no connection: path and neighbors go
// only through events told as having happened, unless --all.
func TestPathAndNeighborsGoOnlyThroughEventsThatHappenedUnlessAll(t *testing.T) {
	s := toldStore(t)
	assert.Len(t, run(t, s, "path", "Ada Holm", "Bo Lind"), 1, "the meeting that happened connects them")
	assert.Empty(t, run(t, s, "path", "Ada Holm", "Dag Moe"), "a planned meeting is no connection")
	rows := runWith(t, s, Params{All: true}, "path", "Ada Holm", "Dag Moe")
	require.Len(t, rows, 1, "%v", rows)
	assert.Equal(t, "planned", rows[0]["factuality"])

	names := func(rows []map[string]any) map[string]any {
		got := map[string]any{}
		for _, r := range rows {
			got[r["entity"].(string)] = r["factuality"]
		}
		return got
	}
	assert.Equal(t, map[string]any{"Bo Lind": nil}, names(run(t, s, "neighbors", "Ada Holm")))
	all := names(runWith(t, s, Params{All: true}, "neighbors", "Ada Holm"))
	assert.Equal(t, "planned", all["Dag Moe"])
	assert.Equal(t, "denied, reported by Cai Berg", all["Cai Berg"])
	q, _ := Get("neighbors")
	assert.Contains(t, q.ColumnsFor(Params{All: true}), "factuality")
}
