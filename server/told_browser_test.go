package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/toldtest"
	"github.com/newsgraph/newsgraph/server"
	"github.com/newsgraph/newsgraph/triples"
)

// toldServer serves toldtest.Meetings: Ada Holm met Bo Lind, did not
// meet Cai Berg (on his word), will meet Dag Moe.
func toldServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	for _, a := range toldtest.Meetings(t) {
		_, err := st.Load(ctx, a)
		require.NoError(t, err)
	}
	s, err := server.New(st, server.Config{})
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// The toggle of the entity view and of the timeline: hidden by default
// with their number beside it, shown dashed with how they are told once
// ticked, and the state in the URL.
func TestFactualityToggleInHeadlessChromium(t *testing.T) {
	if _, err := os.Stat(server.ChromiumPath); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", server.ChromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts := toldServer(t)
	ctx := server.NewBrowser(t, 1280, 800, 60*time.Second)
	pageErrors := server.WatchErrors(t, ctx)
	bo, cai := triples.EntityIRI("bo-lind"), triples.EntityIRI("cai-berg")
	node := func(iri string) string { return `newsgraph.cy.getElementById(` + jsString(iri) + `).nonempty()` }

	run(t, ctx, chromedp.Navigate(ts.URL+"/entity/ada-holm"))
	waitFor(t, ctx, shown+` && `+node(bo))
	assert.False(t, eval[bool](t, ctx, node(cai)), "a denied meeting draws no one")
	assert.False(t, eval[bool](t, ctx, `document.querySelector("#show-all").checked`))
	assert.Equal(t, "(2 hidden)", text(t, ctx, "#hidden-note"))
	assert.NotContains(t, text(t, ctx, "#timeline")+text(t, ctx, "#timeline-undated"), "Cai Berg")

	run(t, ctx, chromedp.Click(chromedp.ID("show-all")))
	waitFor(t, ctx, shown+` && location.search.indexOf("all=1") >= 0 && `+node(cai))
	assert.True(t, eval[bool](t, ctx, `document.querySelector("#show-all").checked`))
	assert.Empty(t, text(t, ctx, "#hidden-note"))
	edge := `newsgraph.cy.edges().filter(function (e) { return e.data("target") === ` + jsString(cai) + ` || e.data("source") === ` + jsString(cai) + `; })`
	assert.Equal(t, "meet (denied)", eval[string](t, ctx, edge+`.filter(function (e) { return e.data("relation") === "meet"; })[0].data("label")`))
	assert.Equal(t, "dashed", eval[string](t, ctx, edge+`[0].style("line-style")`))
	undated := text(t, ctx, "#timeline-undated")
	assert.Contains(t, undated, "not told as having happened: denied")
	assert.Contains(t, undated, "reported by Cai Berg")
	assert.Contains(t, text(t, ctx, "#timeline"), "planned")
	assert.Contains(t, eval[string](t, ctx, `document.querySelector("#export-link").href`), "all=1", "the download is what is drawn")

	// the whole graph's timeline, and back without the toggle
	run(t, ctx, chromedp.Navigate(ts.URL+"/timeline"))
	waitFor(t, ctx, shown+` && document.querySelectorAll("#tl-dated li.event").length > 0`)
	assert.Equal(t, 1, eval[int](t, ctx, `document.querySelectorAll("#tl-dated li.event, #tl-undated li.event").length`))
	assert.Equal(t, "(2 hidden)", text(t, ctx, "#tl-hidden-note"))
	run(t, ctx, chromedp.Click(chromedp.ID("tl-show-all")))
	waitFor(t, ctx, shown+` && location.search === "?all=1"`)
	assert.Equal(t, 3, eval[int](t, ctx, `document.querySelectorAll("#tl-dated li.event, #tl-undated li.event").length`))
	assert.Equal(t, 2, eval[int](t, ctx, `document.querySelectorAll("li.event.fact-unasserted").length`))
	assert.Empty(t, pageErrors(), "errors in the page")
}
