package queries

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/toldtest"
	"github.com/newsgraph/newsgraph/triples"
)

// article builds a processed document from text with the names marked by
// hand (the tagger is tested elsewhere), plus optional dated timexes.
func article(id, date, text string, names map[string]doc.EntityType, tx ...doc.Timex) triples.Article {
	dt, _ := time.Parse(time.DateOnly, date)
	d := doc.NewDocument(id, text, dt)
	tokenize.Tokenize(d)
	syntax.Parse(d) // events are read from the parse
	toldtest.MarkNames(d, names)
	extract.Resolve(d)
	d.Timexes = tx
	event.FindEvents(d)
	event.FindOpenRelations(d)
	return triples.Build(d, triples.Meta{Source: id + ".txt"})
}

func store(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	people := map[string]doc.EntityType{"Nora Vik": doc.Person, "Vik": doc.Person,
		"Emil Dahl": doc.Person, "Dahl": doc.Person, "Ivar Lund": doc.Person, "Bergen": doc.Place,
		"Tromsø": doc.Place}
	a2 := "Emil Dahl met Ivar Lund in Tromsø. Nora Vik was born in Bergen in 1980."
	at1980 := len([]rune(a2[:strings.Index(a2, "1980")]))
	arts := []triples.Article{
		article("a1", "2022-04-10", "Nora Vik met Emil Dahl in Bergen on March 3. Dahl was arrested later.", people,
			doc.Timex{Span: doc.Span{Start: 35, End: 42}, Text: "March 3", Type: "DATE", Value: "2022-03-03"}),
		article("a2", "2022-05-01", a2, people,
			doc.Timex{Span: doc.Span{Start: at1980, End: at1980 + 4}, Text: "1980", Type: "DATE", Value: "1980"}),
	}
	for _, a := range arts {
		_, err := s.Load(ctx, a)
		require.NoError(t, err)
	}
	return s
}

func run(t *testing.T, s *graph.Store, name string, args ...string) []map[string]any {
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
	prog, err := q.Program(iris)
	require.NoError(t, err)
	rows, err := Run(ctx, s.QuadStore(), "gizmo", prog, 0, 30*time.Second)
	require.NoError(t, err)
	var out []map[string]any
	for _, r := range rows {
		out = append(out, r.(map[string]any))
	}
	return out
}

func TestMet(t *testing.T) {
	s := store(t)
	rows := run(t, s, "met", "emil dahl")
	require.Len(t, rows, 2)
	got := map[string]map[string]any{}
	for _, r := range rows {
		got[r["met"].(string)] = r
	}
	require.Contains(t, got, "Nora Vik")
	require.Contains(t, got, "Ivar Lund")
	assert.Equal(t, "Bergen", got["Nora Vik"]["place"])
	assert.Equal(t, "a1", got["Nora Vik"]["article"])
	assert.Contains(t, got["Nora Vik"]["time"], "2022-03-03")
	assert.Equal(t, "Tromsø", got["Ivar Lund"]["place"])
}

// An article that reports one meeting several times gives one row; a
// meeting it places elsewhere gets its own.
func TestMetFoldsReportsOfOneMeeting(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	names := map[string]doc.EntityType{"Ada Holm": doc.Person, "Bo Lind": doc.Person,
		"Oslo": doc.Place, "Bergen": doc.Place}
	_, err = s.Load(ctx, article("m1", "2023-01-01",
		// (events come from the parse: "Ada Holm later met Bo Lind." is a noun phrase to the present tagger)
		"Ada Holm met Bo Lind in Oslo. Ada Holm met Bo Lind again. Ada Holm met Bo Lind in Bergen.", names))
	require.NoError(t, err)
	_, err = s.Load(ctx, article("m2", "2023-02-01", "Ada Holm met Bo Lind. Ada Holm met Bo Lind again.", names))
	require.NoError(t, err)
	got := map[string]any{}
	for _, r := range run(t, s, "met", "Ada Holm") {
		assert.Equal(t, "Bo Lind", r["met"])
		got[r["article"].(string)+" "+r["place"].(string)] = r["reports"]
	}
	assert.Equal(t, map[string]any{"m1 Oslo": int64(2), "m1 Bergen": int64(1), "m2 ": int64(2)}, got)
	// the timeline folds the same way
	got = map[string]any{}
	for _, r := range run(t, s, "timeline", "Ada Holm") {
		got[r["event"].(string)+" "+r["article"].(string)+" "+r["place"].(string)] = r["reports"]
	}
	assert.Equal(t, map[string]any{"MEET m1 Oslo": int64(2), "MEET m1 Bergen": int64(1), "MEET m2 ": int64(2)}, got)
}

// Each row names the real-world event its reports stand for: two meetings
// an article places in two cities are two happenings.
func TestMetNamesTheHappening(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	names := map[string]doc.EntityType{"Ada Holm": doc.Person, "Bo Lind": doc.Person,
		"Oslo": doc.Place, "Bergen": doc.Place}
	_, err = s.Load(ctx, article("m1", "2023-01-01", "Ada Holm met Bo Lind in Oslo. Ada Holm met Bo Lind in Bergen.", names))
	require.NoError(t, err)
	got := map[string]string{}
	for _, r := range run(t, s, "met", "Ada Holm") {
		got[r["place"].(string)] = r["happening"].(string)
	}
	require.Len(t, got, 2)
	assert.NotEmpty(t, got["Oslo"])
	assert.NotEmpty(t, got["Bergen"])
	assert.NotEqual(t, got["Oslo"], got["Bergen"])
}

func TestTimelineOrdersDatedEventsFirst(t *testing.T) {
	s := store(t)
	rows := run(t, s, "timeline", "Nora Vik")
	require.GreaterOrEqual(t, len(rows), 2)
	var events []string
	for _, r := range rows {
		events = append(events, r["event"].(string))
	}
	assert.Equal(t, "BIRTH", events[0], "born 1980 comes before the 2022 meeting: %v", rows)
	assert.Equal(t, "MEET", events[1])
}

func TestAboutAndPath(t *testing.T) {
	s := store(t)
	rows := run(t, s, "about", "Vik")
	facts := map[string]bool{}
	for _, r := range rows {
		facts[r["fact"].(string)] = true
	}
	assert.True(t, facts["name"] && facts["event"] && facts["mentioned in"], "%v", rows)

	hops := run(t, s, "path", "Nora Vik", "Ivar Lund")
	require.Len(t, hops, 2, "Nora Vik -> Emil Dahl -> Ivar Lund")
	assert.Equal(t, "Emil Dahl", hops[0]["to"])
	assert.Equal(t, "Ivar Lund", hops[1]["to"])
}

func TestProgramNeedsItsArguments(t *testing.T) {
	q, _ := Get("path")
	_, err := q.Program([][]string{{"urn:x"}})
	assert.ErrorContains(t, err, "takes 2 argument")
}

func TestAboutShowsOpenRelationsWithTheirConfidence(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	_, err = s.Load(ctx, article("a3", "2023-02-01", "Halvard Steel supplies Marlow Freight with coils.",
		map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Marlow Freight": doc.Organization}))
	require.NoError(t, err)
	var got []string
	for _, r := range run(t, s, "about", "Marlow Freight") {
		if r["fact"] == "relation" {
			got = append(got, r["value"].(string)+" | "+r["detail"].(string))
		}
	}
	assert.Equal(t, []string{"Halvard Steel supply it | (open, 0.4) Halvard Steel supplies Marlow Freight with coils."}, got)
}

func TestPathMeetsInTheMiddleAndReadsFromAToB(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	names := map[string]doc.EntityType{"Ada Holm": doc.Person, "Bo Lind": doc.Person,
		"Cai Berg": doc.Person, "Dag Moe": doc.Person, "Eli Sand": doc.Person}
	for i, text := range []string{"Ada Holm met Bo Lind.", "Bo Lind met Cai Berg.", "Cai Berg met Dag Moe.",
		"Dag Moe met Eli Sand.", "Ada Holm met Eli Sand."} {
		_, err := s.Load(ctx, article(fmt.Sprintf("p%d", i), "2023-01-01", text, names))
		require.NoError(t, err)
	}
	var got []string
	for _, h := range run(t, s, "path", "Ada Holm", "Dag Moe") {
		got = append(got, h["from"].(string)+">"+h["to"].(string))
	}
	// Ada-Eli-Dag (2 hops) beats Ada-Bo-Cai-Dag (3 hops)
	assert.Equal(t, []string{"Ada Holm>Eli Sand", "Eli Sand>Dag Moe"}, got)
	got = nil
	for _, h := range run(t, s, "path", "Bo Lind", "Dag Moe") {
		got = append(got, h["from"].(string)+">"+h["to"].(string))
	}
	assert.Equal(t, []string{"Bo Lind>Cai Berg", "Cai Berg>Dag Moe"}, got)
}

func TestPathCrossesRelations(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	names := map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Marlow Freight": doc.Organization,
		"Pavel Dunn": doc.Person}
	for i, text := range []string{"Halvard Steel supplies Marlow Freight.", "Pavel Dunn met Halvard Steel on Monday."} {
		_, err := s.Load(ctx, article(fmt.Sprintf("r%d", i), "2023-01-01", text, names))
		require.NoError(t, err)
	}
	hops := run(t, s, "path", "Pavel Dunn", "Marlow Freight")
	require.Len(t, hops, 2, "%v", hops)
	assert.Equal(t, "MEET", hops[0]["fact"])
	// the verb outside the frames is an event (SUPPLY) and an open relation
	// (supply) alike: the path may cross either
	assert.Contains(t, []any{"SUPPLY", "RELATION supply"}, hops[1]["fact"])
}

func TestSourcesNameTheArticlesThatReportTheSameEvent(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	names := map[string]doc.EntityType{"Ada Holm": doc.Person, "Bo Lind": doc.Person, "Oslo": doc.Place}
	for _, a := range []triples.Article{
		article("s1", "2023-01-01", "Ada Holm met Bo Lind in Oslo.", names),
		article("s2", "2023-01-02", "Bo Lind and Ada Holm met in Oslo.", names),
		article("s3", "2023-01-02", "Ada Holm praised the fjords.", names),
	} {
		_, err := s.Load(ctx, a)
		require.NoError(t, err)
	}
	_, err = resolve.Settle(ctx, s, nil) // what a build does after loading: resolution across the articles
	require.NoError(t, err)
	shared := map[string]any{}
	for _, r := range run(t, s, "sources", "Ada Holm") {
		shared[r["article"].(string)] = r["shared"]
	}
	assert.Equal(t, map[string]any{"s1": "s2", "s2": "s1", "s3": ""}, shared)
}
