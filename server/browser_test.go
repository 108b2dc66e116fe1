package server

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromiumPath is Debian's Chromium (apt-get install chromium).
const chromiumPath = "/usr/bin/chromium"

// TestPageInHeadlessChromium drives the analyst page as a person would:
// search a name, click the result, see the neighbour in the graph, click
// it to expand it, read its claim with its source sentence. With
// NEWSGRAPH_SCREENSHOT=file.png it also saves a screenshot of the page.
func TestPageInHeadlessChromium(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	_, ts := serveStore(t, newStore(t, fixtureArticle()), Config{}) // memory:, on 127.0.0.1
	require.True(t, strings.HasPrefix(ts.URL, "http://127.0.0.1:"), ts.URL)

	ctx := newBrowser(t, 1400, 860, 90*time.Second)
	pageErrors := watchErrors(t, ctx)

	kimResult := chromedp.CSS(`#results a.result[data-id="` + kim + `"]`)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("search")),
		chromedp.SendKeys(chromedp.ID("search"), "kardashian"),
		chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
		chromedp.WaitVisible(kimResult),
		chromedp.Click(kimResult),
	))
	hasGypsy, err := chromedp.Run(ctx, chromedp.Poll[bool](`newsgraph.cy.getElementById(`+jsString(gypsy)+`).nonempty()`,
		chromedp.WithPollingTimeout(20*time.Second)))
	require.NoError(t, err)
	assert.True(t, hasGypsy, "the graph shows Kim's neighbour")
	nodeList, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("graph-nodes")))
	require.NoError(t, err)
	assert.Contains(t, nodeList, "Gypsy Rose Blanchard")
	assert.Contains(t, nodeList, "Los Angeles")

	// Click Gypsy's node on the canvas, where cytoscape drew it.
	type point struct{ X, Y float64 }
	pos, err := chromedp.Run(ctx, chromedp.Evaluate[point](`(function () {
		var n = newsgraph.cy.getElementById(`+jsString(gypsy)+`);
		var box = newsgraph.cy.container().getBoundingClientRect();
		var p = n.renderedPosition();
		return { X: box.left + p.x, Y: box.top + p.y };
	})()`))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.MouseClickXY(pos.X, pos.Y)))
	// expanding Gypsy draws her mother, who is not Kim's neighbour
	expanded, err := chromedp.Run(ctx, chromedp.Poll[bool](`newsgraph.cy.getElementById(`+jsString(deeDee)+`).nonempty()`,
		chromedp.WithPollingTimeout(20*time.Second)))
	require.NoError(t, err)
	assert.True(t, expanded, "clicking the node expanded it")
	dups, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(function () {
		var seen = {}, dups = [];
		newsgraph.cy.edges().forEach(function (e) {
			var k = e.data("source") + " " + e.data("relation") + " " + e.data("target");
			if (seen[k]) { dups.push(k); }
			seen[k] = true;
		});
		return dups;
	})()`))
	require.NoError(t, err)
	assert.Empty(t, dups, "an edge both ends report is drawn once")
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#claims li.claim`))))
	claims, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("claims")))
	require.NoError(t, err)
	entityName, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("entity-name")))
	require.NoError(t, err)
	timeline, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("timeline")))
	require.NoError(t, err)
	assert.Equal(t, "Gypsy Rose Blanchard", entityName)
	assert.Contains(t, claims, claimQuote)
	assert.Contains(t, claims, claimSentence, "the claim's source sentence")
	assert.Contains(t, claims, "article a1")
	assert.Contains(t, timeline, "2024-07-10")
	assert.Contains(t, timeline, "Kim Kardashian")

	if out := os.Getenv("NEWSGRAPH_SCREENSHOT"); out != "" {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(out), 0o755))
		require.NoError(t, os.WriteFile(out, png, 0o644))
		t.Logf("screenshot written to %s", out)
	}
	assert.Empty(t, pageErrors(), "errors in the page")
}

// watchErrors collects the page's uncaught exceptions and console errors;
// the function it returns lists them so far.
func watchErrors(t *testing.T, ctx context.Context) func() []string {
	var mu sync.Mutex
	var pageErrors []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if msg, ok := pageError(ev); ok {
			mu.Lock()
			defer mu.Unlock()
			pageErrors = append(pageErrors, msg)
		}
	}))
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), pageErrors...)
	}
}

// pageError describes an event that is an uncaught exception or a console
// error of the page.
func pageError(ev any) (string, bool) {
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		return fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber, msg), true
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			return "console.error: " + strings.Join(parts, " "), true
		}
	}
	return "", false
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// newBrowser starts headless Chromium for a test, with the flags that keep
// it off the network, and returns a context that ends with the test.
func newBrowser(t *testing.T, width, height int, timeout time.Duration) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.WindowSize(width, height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancel(); cancelCtx(); cancelAlloc() })
	return ctx
}
