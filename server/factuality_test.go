package server

import (
	"io"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/internal/toldtest"
	"github.com/newsgraph/newsgraph/triples"
)

var (
	ada = triples.EntityIRI("ada-holm")
	bo  = triples.EntityIRI("bo-lind")
	cai = triples.EntityIRI("cai-berg")
	dag = triples.EntityIRI("dag-moe")
)

// The page's views hide the events not told as having happened unless
// all=1, and say how many they hid; with all=1 each says how it is told.
func TestViewsHideEventsNotToldAsHappenedUnlessAll(t *testing.T) {
	_, ts := newTestServer(t, Config{}, toldtest.Meetings(t)...)

	var tl Timeline
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/timeline?entity=ada-holm", &tl))
	require.Len(t, tl.Dated, 1, "%+v", tl)
	assert.Equal(t, "2023-02-27", tl.Dated[0].Date)
	assert.Empty(t, tl.Undated)
	assert.Equal(t, 2, tl.Hidden)
	assert.False(t, tl.All)

	require.Equal(t, 200, getJSON(t, ts.URL, "/api/timeline?entity=ada-holm&all=1", &tl))
	assert.True(t, tl.All)
	assert.Zero(t, tl.Hidden)
	require.Len(t, tl.Dated, 2)
	require.Len(t, tl.Undated, 1)
	planned, denied := tl.Dated[1], tl.Undated[0]
	assert.Equal(t, "unasserted", planned.Factuality)
	assert.Equal(t, "planned", planned.NotAsserted)
	assert.Equal(t, "unasserted", denied.Factuality)
	assert.Equal(t, "denied", denied.NotAsserted)
	assert.Equal(t, "Cai Berg", denied.ReportedBy, "the stored speaker")
	assert.Equal(t, "asserted", tl.Dated[0].Factuality)

	var n Neighbourhood
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/neighbours?id="+q(ada), &n))
	assert.NotNil(t, edgeOf(&n, ada, bo, "meet"))
	assert.Nil(t, edgeOf(&n, ada, cai, "meet"), "a denied meeting links no one")
	assert.Nil(t, edgeOf(&n, ada, dag, "meet"), "nor does a planned one")
	assert.Equal(t, 2, n.Hidden)

	require.Equal(t, 200, getJSON(t, ts.URL, "/api/neighbours?id="+q(ada)+"&all=1", &n))
	e := edgeOf(&n, ada, cai, "meet")
	require.NotNil(t, e, "%+v", n.Edges)
	assert.True(t, e.NotAsserted)
	assert.Equal(t, "denied", e.Facts[0].NotAsserted)
	assert.Equal(t, "Cai Berg", e.Facts[0].ReportedBy)
	assert.False(t, edgeOf(&n, ada, bo, "meet").NotAsserted)

	var art ArticleView
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/article?id=t2", &art))
	found := false
	for _, f := range art.Facts {
		if f.Kind == "event" {
			found = true
			assert.Contains(t, f.Summary, "(denied, reported by Cai Berg)", "the article view marks it")
		}
	}
	assert.True(t, found)

	body := func(path string) string {
		resp, err := http.Get(ts.URL + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, 200, resp.StatusCode)
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return string(b)
	}
	assert.NotContains(t, body("/api/export?format=cytoscape&id=ada-holm"), "cai-berg")
	assert.Contains(t, body("/api/export?format=cytoscape&id=ada-holm&all=1"), `"factuality": "denied, reported by Cai Berg"`)
}
