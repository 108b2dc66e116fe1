package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/view"
	"github.com/newsgraph/newsgraph/internal/cli"
	"github.com/newsgraph/newsgraph/server"
)

// The seed articles, as `make demo` builds them.
const (
	seedJuly    = "000_3c4c5965b26d5e13" // 2024-07-11: "three weeks after she was released"
	seedJanuary = "004_955bcc4cf7223aaf" // 2024-01-01: "months after she was released"
)

// seedServer builds ../seeds with `newsgraph build` (the real pipeline:
// extraction, cross-article linking, load) into a bbolt store and serves
// it. The build goes through cli.Main, not the extractor's packages, so
// these tests follow the command whatever package the extractor is in.
func seedServer(t *testing.T) *httptest.Server {
	t.Helper()
	ts, _ := seedStore(t)
	return ts
}

// seedStore is seedServer with its store.
func seedStore(t *testing.T) (*httptest.Server, *graph.Store) {
	t.Helper()
	db := "bbolt:" + t.TempDir()
	var out bytes.Buffer
	code := cli.Main([]string{"build", "--db", db, "../seeds"}, strings.NewReader(""), &out, &out)
	require.Equal(t, 0, code, out.String())
	st, err := graph.OpenWith(context.Background(), db, graph.Options{ReadOnly: true})
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	s, err := server.New(st, server.Config{})
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, st
}

func getSeed(t *testing.T, ts *httptest.Server, path string, v any) int {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if v != nil && resp.StatusCode == 200 {
		require.NoError(t, json.Unmarshal(b, v), string(b))
	}
	return resp.StatusCode
}

// slice is text[start:end] in code points, as the API's offsets count.
func slice(text string, start, end int) string {
	r := []rune(text)
	if start < 0 || end > len(r) || start > end {
		return "<out of range>"
	}
	return string(r[start:end])
}

func TestSeedAPIs(t *testing.T) {
	ts, st := seedStore(t)
	texts := map[string]string{}
	for _, id := range []string{seedJuly, seedJanuary} {
		var a server.ArticleView
		require.Equal(t, 200, getSeed(t, ts, "/api/article?id="+id, &a))
		texts[id] = a.Text
	}

	t.Run("conflicts", func(t *testing.T) {
		var c server.Conflicts
		require.Equal(t, 200, getSeed(t, ts, "/api/conflicts", &c))
		var timing *server.Finding
		for i, f := range c.Findings {
			if f.Kind == "timing" && f.Verdict == "conflict" {
				timing = &c.Findings[i]
			}
		}
		require.NotNil(t, timing, "the seeds disagree on how long after her release they met: %+v", c.Findings)
		assert.GreaterOrEqual(t, c.Conflicts, 1)
		assert.ElementsMatch(t, []string{seedJuly, seedJanuary}, []string{timing.A.Article, timing.B.Article})
		assert.Contains(t, timing.Reasoning, "do not overlap")
		for _, side := range []server.ConflictSide{timing.A, timing.B} {
			assert.Equal(t, side.Evidence, slice(texts[side.Article], side.Start, side.End),
				"the offsets point at the evidence sentence in %s", side.Article)
		}
	})

	t.Run("article", func(t *testing.T) {
		var a server.ArticleView
		require.Equal(t, 200, getSeed(t, ts, "/api/article?id="+url.QueryEscape("<urn:newsgraph:article:"+seedJuly+">"), &a))
		assert.Equal(t, "2024-07-11", a.Date)
		assert.True(t, strings.HasPrefix(a.Text, "Kim Kardashian has been dedicated to prison reform"), a.Text[:40])
		kinds := map[string]bool{}
		for _, m := range a.Marks {
			kinds[m.Kind] = true
			got := slice(a.Text, m.Start, m.End)
			require.NotEqual(t, "<out of range>", got, "%+v", m)
			if m.Kind == "entity" && m.Ref == "urn:newsgraph:entity:kim-kardashian" && m.Start == 0 {
				assert.Equal(t, "Kim Kardashian", got)
				assert.Equal(t, "PERSON", m.Label)
			}
		}
		for _, k := range []string{"entity", "timex", "trigger", "quote", "cue", "speaker"} {
			assert.True(t, kinds[k], "a %s is marked", k)
		}
		var meet *server.ArticleFact
		for i, f := range a.Facts {
			assert.Equal(t, f.Evidence, slice(a.Text, f.Start, f.End), "%+v", f)
			if f.Kind == "event" && f.Type == "MEET" && strings.Contains(f.Evidence, "three weeks after") {
				meet = &a.Facts[i]
			}
		}
		require.NotNil(t, meet, "the meeting three weeks after the release is a fact of the article")
		assert.Contains(t, meet.Summary, "Gypsy Rose Blanchard")
		assert.Equal(t, 404, getSeed(t, ts, "/api/article?id=nope", nil))
		assert.Equal(t, 400, getSeed(t, ts, "/api/article", nil))
	})

	t.Run("entity", func(t *testing.T) {
		var e server.EntityView
		require.Equal(t, 200, getSeed(t, ts, "/api/entity?id=gypsy-rose-blanchard", &e))
		assert.Equal(t, "Gypsy Rose Blanchard", e.Name)
		assert.Contains(t, e.Aliases, "Gyspy", "the misspelling is an alias")
		assert.Equal(t, []server.TypeCount{{Type: "PERSON", Articles: 2}}, e.Types)
		require.Len(t, e.Articles, 2)
		for _, a := range e.Articles {
			assert.Greater(t, a.Mentions, 1, a.ID)
			assert.Contains(t, a.Names, "Gypsy")
			assert.Equal(t, a.Names[0], slice(texts[a.ID], a.First, a.FirstEnd), "the first mention's offsets")
			// both articles give her full name, which is the entity's id:
			// nothing to explain (a reason says why an article's entity
			// was taken as one under another name)
			assert.Empty(t, a.Merge, a.ID)
		}
		assert.Equal(t, seedJanuary, e.Articles[0].ID, "by publication date")
		assert.Equal(t, 404, getSeed(t, ts, "/api/entity?id=nobody-at-all", nil))
	})

	t.Run("timeline", func(t *testing.T) {
		var all, tl, jan server.Timeline
		require.Equal(t, 200, getSeed(t, ts, "/api/timeline", &all))
		require.Equal(t, 200, getSeed(t, ts, "/api/timeline?entity=gypsy-rose-blanchard", &tl))
		require.NotNil(t, tl.Entity)
		assert.Greater(t, len(all.Dated)+len(all.Undated), len(tl.Dated)+len(tl.Undated), "the whole graph has more events")
		require.NotEmpty(t, tl.Dated)
		require.NotEmpty(t, tl.Undated)
		reported := false
		for i, ev := range tl.Dated {
			if i > 0 {
				assert.LessOrEqual(t, tl.Dated[i-1].Date[:4], ev.Date[:4], "dated events in order")
			}
			assert.Contains(t, []string{"asserted", "reported"}, ev.Factuality)
			assert.GreaterOrEqual(t, ev.Reports, 1)
			reported = reported || ev.Factuality == "reported" && ev.ReportedBy != ""
		}
		for _, ev := range tl.Undated {
			assert.Empty(t, ev.Date)
			reported = reported || ev.Factuality == "reported" && ev.ReportedBy != ""
		}
		assert.True(t, reported, "an event told inside a quote is reported, with its speaker")

		require.Equal(t, 200, getSeed(t, ts, "/api/timeline?entity=gypsy-rose-blanchard&since=2023-12-01&until=2023-12-31", &jan))
		require.NotEmpty(t, jan.Dated)
		for _, ev := range jan.Dated {
			assert.True(t, strings.HasPrefix(ev.Date, "2023-12"), ev.Date)
		}
		assert.Empty(t, jan.Undated, "a date range drops undated events")
		var dec server.Timeline
		require.Equal(t, 200, getSeed(t, ts, "/api/timeline?since=2023-12-01&until=2023-12-31", &dec))
		assert.Less(t, len(dec.Dated), len(all.Dated), "the range leaves out the 2015 and 2018 events")
		assert.Equal(t, 400, getSeed(t, ts, "/api/timeline?since=July", nil))
		assert.Equal(t, 400, getSeed(t, ts, "/api/timeline?since=2024-02-01&until=2024-01-01", nil))
	})

	t.Run("neighbours in a date range", func(t *testing.T) {
		var all, dec server.Neighbourhood
		kim := url.QueryEscape("urn:newsgraph:entity:kim-kardashian")
		require.Equal(t, 200, getSeed(t, ts, "/api/neighbours?id="+kim, &all))
		require.Equal(t, 200, getSeed(t, ts, "/api/neighbours?id="+kim+"&since=2023-12-01&until=2023-12-31", &dec))
		assert.Less(t, len(dec.Nodes), len(all.Nodes))
		require.NotEmpty(t, dec.Edges)
		for _, e := range dec.Edges {
			for _, f := range e.Facts {
				assert.True(t, strings.HasPrefix(f.Date, "2023-12"), "%+v", f)
			}
		}
	})

	t.Run("the page and the export draw one projection", func(t *testing.T) {
		kim := "urn:newsgraph:entity:kim-kardashian"
		var n server.Neighbourhood
		require.Equal(t, 200, getSeed(t, ts, "/api/neighbours?id="+url.QueryEscape(kim), &n))
		qs, err := st.Acquire(context.Background())
		require.NoError(t, err)
		g, err := export.Build(context.Background(), qs, export.Options{Entities: []string{kim}, Hops: 1})
		require.NoError(t, err)
		labels := map[string]string{}
		for _, node := range g.Nodes {
			labels[node.ID] = node.Label
		}
		page := map[string]bool{}
		for _, e := range n.Edges {
			page[e.Source+" "+e.Relation+" "+e.Target] = true
		}
		exported := map[string]bool{} // the export keeps one edge per date, the page one per relation
		for _, e := range g.Edges {
			if e.Source != kim && e.Target != kim {
				continue // between two neighbours: the page draws it when one is expanded
			}
			label := view.Label(view.Pair{Relation: e.Relation, Kind: e.Kind, Type: typeOfEdge(e)})
			exported[e.Source+" "+label+" "+e.Target] = true
			assert.True(t, page[e.Source+" "+label+" "+e.Target], "the page draws the export's edge %s %s %s", e.Source, label, e.Target)
		}
		assert.Equal(t, len(exported), len(n.Edges), "and no other")
		for _, node := range n.Nodes {
			assert.Equal(t, labels[node.ID], node.Name, "the same label for %s", node.ID)
		}
	})

	t.Run("export of the page's view", func(t *testing.T) {
		base := "/api/export?id=kim-kardashian&id=" + url.QueryEscape("urn:newsgraph:entity:gypsy-rose-blanchard")
		for format, want := range map[string]string{"gexf": "<gexf", "graphml": "<graphml", "cytoscape": `"elements"`} {
			resp, err := http.Get(ts.URL + base + "&format=" + format)
			require.NoError(t, err)
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			require.Equal(t, 200, resp.StatusCode, string(b))
			assert.Contains(t, string(b), want, format)
			assert.Contains(t, string(b), "Dee Dee Blanchard", "%s: Gypsy's neighbours are in it", format)
			assert.Contains(t, resp.Header.Get("Content-Disposition"), "attachment", format)
		}
		resp, err := http.Get(ts.URL + base + "&format=cytoscape&since=2023-12-01&until=2023-12-31")
		require.NoError(t, err)
		var doc struct {
			Elements struct {
				Nodes []struct{ Data struct{ Label string } }
				Edges []struct{ Data struct{ Date string } }
			}
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&doc))
		resp.Body.Close()
		require.NotEmpty(t, doc.Elements.Edges)
		for _, e := range doc.Elements.Edges {
			assert.True(t, strings.HasPrefix(e.Data.Date, "2023-12"), "the date range applies: %s", e.Data.Date)
		}
		assert.Equal(t, 400, getSeed(t, ts, "/api/export?id=kim-kardashian&format=pdf", nil))
		assert.Equal(t, 400, getSeed(t, ts, "/api/export?format=gexf", nil))
	})

	t.Run("deep links answer the page", func(t *testing.T) {
		for _, p := range []string{"/entity/kim-kardashian", "/article/" + seedJuly, "/conflicts", "/timeline", "/article/a%2Fb"} {
			resp, err := http.Get(ts.URL + p)
			require.NoError(t, err)
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, 200, resp.StatusCode, p)
			assert.True(t, strings.Contains(string(b), `<script src="/assets/js/app.js">`), "%s answers the page", p)
			assert.NotEmpty(t, resp.Header.Get("Content-Security-Policy"), p)
		}
		for _, p := range []string{"/entity/", "/article/", "/entity/../assets/app.js", "/conflicts/x"} {
			resp, err := http.Get(ts.URL + p)
			require.NoError(t, err)
			resp.Body.Close()
			assert.NotEqual(t, 200, resp.StatusCode, p)
		}
	})
}

// typeOfEdge is the fact type behind an export edge, which view.Label
// reads: the relation itself for events, the relation type in lower case
// with spaces for family and affiliation relations.
func typeOfEdge(e export.Edge) string {
	if e.Kind == view.EdgeRelation {
		return strings.ToLower(strings.ReplaceAll(e.Relation, "_", " "))
	}
	return e.Relation
}
