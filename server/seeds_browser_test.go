package server_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/server"
)

// TestSeedViewsInHeadlessChromium clicks through the views on the seed
// articles as an analyst would: search, the entity, an article from one of
// its evidence lines (the sentence and the entity's mention marked), back,
// a date range on the timeline and the graph, the conflicts, an article
// from a conflict; then opens the URLs it went through cold, in a new tab,
// and finds the same views. With NEWSGRAPH_SCREENSHOTS=DIR it saves a
// screenshot of each view there (docs/ holds them: make screenshots).
func TestSeedViewsInHeadlessChromium(t *testing.T) {
	if _, err := os.Stat(server.ChromiumPath); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", server.ChromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts := seedServer(t)
	ctx := server.NewBrowser(t, 1280, 800, 60*time.Second)
	pageErrors := server.WatchErrors(t, ctx)
	gypsy := "urn:newsgraph:entity:gypsy-rose-blanchard"

	// search -> entity
	run(t, ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("search")),
		chromedp.SendKeys(chromedp.ID("search"), "gypsy"),
		chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
		chromedp.Click(chromedp.CSS(`#results a.result[data-id="`+gypsy+`"]`)),
	)
	waitFor(t, ctx, shown+` && location.pathname === "/entity/gypsy-rose-blanchard"`)
	assert.Equal(t, 2, eval[int](t, ctx, `document.querySelectorAll("#entity-articles li").length`))
	waitFor(t, ctx, `newsgraph.cy.getElementById("urn:newsgraph:entity:kim-kardashian").nonempty()`)
	waitFor(t, ctx, `document.querySelector("#entity-timeline .vis-timeline") !== null`)
	assert.Equal(t, 2, strings.Count(text(t, ctx, "#entity-articles"), "Named here by the name the entity goes by"),
		"both articles call her by her full name: no merge reason")
	screenshot(t, ctx, "web-entity.png")
	entityURL := eval[string](t, ctx, `location.href`)

	// -> the article, from the evidence line of the meeting in December
	assert.True(t, eval[bool](t, ctx, `(function () {
		var li = Array.from(document.querySelectorAll("#timeline li, #timeline-undated li")).find(function (li) {
			return /^2023-12-28MEET/.test(li.textContent); });
		li.querySelector("a.evidence-link").click();
		return true; })()`))
	waitFor(t, ctx, shown+` && location.pathname === "/article/`+seedJanuary+`"`)
	hl := text(t, ctx, "#hl")
	assert.Contains(t, hl, "met with Gypsy in New Orleans", "the sentence is marked")
	assert.Contains(t, text(t, ctx, "#hl .mark-entity.focus"), "Gypsy", "Gypsy's mention in it is highlighted")
	assert.Equal(t, "hl", eval[string](t, ctx, `document.activeElement.id`), "the marked sentence has the focus")
	for _, kind := range []string{"entity", "timex", "trigger", "quote", "cue", "speaker"} {
		assert.True(t, eval[bool](t, ctx, `document.querySelector("#article-text .mark-`+kind+` .tag") !== null`), "a %s is marked with its label", kind)
	}
	// keyboard: n steps to the next mark's label
	run(t, ctx, chromedp.KeyEvent("n"))
	assert.Equal(t, "tag", eval[string](t, ctx, `document.activeElement.className`))
	screenshot(t, ctx, "web-article.png")
	articleURL := eval[string](t, ctx, `location.href`)

	// -> back to the entity, then a date range
	run(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, shown+` && location.href === `+jsString(entityURL)+` && !document.querySelector("#graph-view").hidden`)
	waitFor(t, ctx, `newsgraph.cy.getElementById("urn:newsgraph:entity:dee-dee-blanchard").nonempty()`)
	run(t, ctx,
		chromedp.SetValue(chromedp.ID("since"), "2023-12-01"),
		chromedp.SetValue(chromedp.ID("until"), "2023-12-31"),
		chromedp.Click(chromedp.CSS(`#filter-form button[type="submit"]`)),
	)
	waitFor(t, ctx, shown+` && location.search.indexOf("since=2023-12-01") >= 0`)
	waitFor(t, ctx, `newsgraph.cy.nodes().length > 1 && !newsgraph.cy.getElementById("urn:newsgraph:entity:dee-dee-blanchard").nonempty()`)
	timeline := text(t, ctx, "#timeline")
	assert.Contains(t, timeline, "2023-12-28")
	dates := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#timeline .date")).map(function (d) { return d.textContent; })`)
	require.NotEmpty(t, dates)
	for _, d := range dates {
		assert.True(t, strings.HasPrefix(d, "2023-12"), "%s: events outside the range are gone", d)
	}
	assert.Contains(t, text(t, ctx, "#timeline-undated"), "None")
	filteredURL := eval[string](t, ctx, `location.href`)
	filteredNodes := eval[int](t, ctx, `newsgraph.cy.nodes().length`)

	// -> conflicts -> the article of one side
	run(t, ctx, chromedp.Click(chromedp.ID("nav-conflicts")))
	waitFor(t, ctx, `document.querySelectorAll("#conflicts li.finding").length > 0`)
	conflicts := text(t, ctx, "#conflicts")
	assert.Contains(t, conflicts, "timing")
	assert.Contains(t, conflicts, "between 18 days and 25 days")
	assert.Contains(t, conflicts, "at least 46 days")
	assert.Contains(t, conflicts, "do not overlap")
	screenshot(t, ctx, "web-conflicts.png")
	run(t, ctx, chromedp.Click(chromedp.CSS(`#conflicts li.finding a.evidence-link`)))
	waitFor(t, ctx, shown+` && location.pathname === "/article/`+seedJuly+`"`)
	assert.Contains(t, text(t, ctx, "#hl"), "three weeks after she was released from prison", "the sentence of the first side")

	// the whole graph's timeline
	run(t, ctx, chromedp.Click(chromedp.ID("nav-timeline")))
	waitFor(t, ctx, `document.querySelector("#graph-timeline .vis-timeline") !== null && document.querySelectorAll("#tl-dated li.event").length > 0`)
	screenshot(t, ctx, "web-timeline.png")

	// Deep links opened cold, each in a new tab, show the same views.
	cold := func(url, ready string) context.Context {
		tab, cancel := chromedp.NewContext(ctx)
		t.Cleanup(cancel)
		run(t, tab, chromedp.Navigate(url))
		waitFor(t, tab, ready)
		return tab
	}
	tab := cold(articleURL, shown)
	assert.Contains(t, text(t, tab, "#hl .mark-entity.focus"), "Gypsy")
	assert.Equal(t, hl, text(t, tab, "#hl"))
	tab = cold(filteredURL, shown)
	assert.Equal(t, timeline, text(t, tab, "#timeline"))
	assert.Equal(t, filteredNodes, eval[int](t, tab, `newsgraph.cy.nodes().length`))
	assert.Equal(t, "2023-12-01", eval[string](t, tab, `document.querySelector("#since").value`))
	tab = cold(ts.URL+"/entity/kardashians", shown+` && document.querySelectorAll("#entity-articles li").length > 0`)
	assert.Contains(t, text(t, tab, "#entity-articles"), "Merged because", "the merge reason is shown where there is one")

	// A narrow window: one column, nothing wider than the window.
	run(t, tab, chromedp.EmulateViewport(480, 800), chromedp.Navigate(articleURL))
	waitFor(t, tab, shown)
	assert.True(t, eval[bool](t, tab, `document.documentElement.scrollWidth <= window.innerWidth`), "no horizontal scrolling at 480 px")
	run(t, tab, chromedp.Navigate(entityURL))
	waitFor(t, tab, shown)
	assert.True(t, eval[bool](t, tab, `document.documentElement.scrollWidth <= window.innerWidth`), "nor in the entity view")
	assert.True(t, eval[bool](t, tab, `document.querySelector("#cy").getBoundingClientRect().bottom < document.querySelector("#panel").getBoundingClientRect().top + 1`),
		"one column: the graph above the panel")

	assert.Empty(t, pageErrors(), "errors in the page")
}

func run(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, actions...))
}

func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	ok, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(20*time.Second)))
	require.NoError(t, err, "waiting for %s", cond)
	require.True(t, ok, cond)
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, expr)
	return v
}

// text is an element's text without the marks' labels.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return eval[string](t, ctx, `(function () {
		var e = document.querySelector(`+jsString(sel)+`);
		if (!e) { return ""; }
		e = e.cloneNode(true);
		e.querySelectorAll(".tag").forEach(function (x) { x.remove(); });
		return e.textContent; })()`)
}

// shown is the condition that the view of the current URL is drawn.
const shown = `document.body.dataset.shown === location.pathname + location.search`

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("NEWSGRAPH_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), png, 0o644))
	t.Logf("screenshot written to %s", filepath.Join(dir, name))
}
