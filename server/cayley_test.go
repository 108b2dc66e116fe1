package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
	"github.com/newsgraph/newsgraph/web"
)

// vendorStamp is web/dist/cayley-ui/vendor.json, written by web/build.mjs.
type vendorStamp struct {
	Packages []struct {
		Package, Version, Integrity string
		Files                       map[string]string // path under dist/cayley-ui -> SHA-256
	}
}

func readVendorStamp(t *testing.T) vendorStamp {
	t.Helper()
	b, err := fs.ReadFile(web.CayleyUI, vendoredRoot+"/vendor.json")
	require.NoError(t, err)
	var st vendorStamp
	require.NoError(t, json.Unmarshal(b, &st))
	return st
}

// TestVendoredEditorIsTheLockedVersionTheUIWants checks that the embedded
// monaco-editor and icon font are what web/package-lock.json pins, byte
// for byte as build.mjs stamped them, that monaco-editor is the version
// Cayley's UI build was made for, and that the server answers every file
// at /ui/NAME.
func TestVendoredEditorIsTheLockedVersionTheUIWants(t *testing.T) {
	var lock struct {
		Packages map[string]struct{ Version, Integrity string }
	}
	b, err := os.ReadFile(filepath.Join("..", "web", "package-lock.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &lock))

	st := readVendorStamp(t)
	s, ts := newTestServer(t, Config{})
	seen := map[string]bool{}
	for _, p := range st.Packages {
		seen[p.Package] = true
		locked := lock.Packages["node_modules/"+p.Package]
		assert.Equal(t, locked.Version, p.Version, p.Package)
		assert.Equal(t, locked.Integrity, p.Integrity, p.Package)
		if p.Package == "monaco-editor" {
			assert.Contains(t, monacoCDN, "monaco-editor@"+p.Version+"/", "the UI's build asks for this version")
		}
		for name, sum := range p.Files {
			body, err := fs.ReadFile(web.CayleyUI, vendoredRoot+"/"+name)
			require.NoError(t, err, name)
			h := sha256.Sum256(body)
			assert.Equal(t, sum, hex.EncodeToString(h[:]), "%s: as build.mjs copied it", name)
			a := s.static["/ui/"+name]
			require.NotNil(t, a, name)
			assert.Equal(t, body, a.body, name)
		}
	}
	assert.True(t, seen["monaco-editor"] && seen["material-icons"], "%v", seen)

	resp, b := get(t, ts.URL, monacoLocal+"/loader.js")
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "text/javascript; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Contains(t, string(b), "define")
	resp, _ = get(t, ts.URL, "/ui/icons/material-icons.woff2")
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "font/woff2", resp.Header.Get("Content-Type"))

	// The UI's scripts and styles name this server's copies, no other host.
	for key, a := range s.static {
		if strings.HasSuffix(key, ".js") || strings.HasSuffix(key, ".css") || key == "/ui/" {
			if !strings.HasPrefix(key, "/ui/monaco/") { // monaco's own sources cite URLs in comments and strings
				assert.NotContains(t, string(a.body), "fonts.googleapis.com", key)
				assert.NotContains(t, string(a.body), "cdn.jsdelivr.net", key)
			}
		}
	}
	var mainCSS string
	for key := range s.static {
		if strings.HasPrefix(key, "/static/css/main.") {
			mainCSS = key
		}
	}
	require.NotEmpty(t, mainCSS)
	assert.Contains(t, string(s.static[mainCSS].body), "@import url("+iconsLocal+")")
}

// TestCayleyUIInHeadlessChromium opens Cayley's query UI, waits for its
// monaco editor, enters a Gizmo query, runs it and reads the result in the
// results pane. Every request the page and its workers make is served by
// this server with 200 (or 304), and none goes to another host.
func TestCayleyUIInHeadlessChromium(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	srv, err := New(newStore(t, fixtureArticle()), Config{})
	require.NoError(t, err)
	// What the server answered, workers' requests included (the page's
	// network events do not show those).
	var smu sync.Mutex
	served := map[string]int{}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, code: 200}
		srv.ServeHTTP(rec, r)
		smu.Lock()
		defer smu.Unlock()
		if prev, ok := served[r.URL.Path]; !ok || prev < 400 {
			served[r.URL.Path] = rec.code
		}
	}))
	ts.Start()
	defer ts.Close()
	require.True(t, strings.HasPrefix(ts.URL, "http://127.0.0.1:"), ts.URL)

	ctx := newBrowser(t, 1400, 900, 120*time.Second)

	var mu sync.Mutex
	var requested, pageErrors []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			requested = append(requested, ev.Request.URL)
		case *network.EventLoadingFailed:
			pageErrors = append(pageErrors, "request failed: "+ev.ErrorText)
		default:
			if msg, ok := pageError(ev); ok {
				pageErrors = append(pageErrors, msg)
			}
		}
	}))

	// The editor is up when monaco has loaded and the query pane holds a model.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/ui/")))
	ready, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!(window.monaco && monaco.editor.getModels().length >= 1 && document.querySelector(".monaco-editor textarea"))`,
		chromedp.WithPollingTimeout(60*time.Second)))
	require.NoError(t, err, "the query editor loads")
	require.True(t, ready)

	// Type the query into the editor: focus it, select what is there, and
	// insert the text as the keyboard would (one edit, so that completion
	// and bracket closing do not rewrite it).
	query := `g.V("<` + kim + `>").Out("<` + triples.Name + `>").All()`
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(".monaco-editor textarea")),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	))
	_, err = chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: query})
	require.NoError(t, err)
	typed, err := chromedp.Run(ctx, chromedp.Evaluate[string](`monaco.editor.getModels()[0].getValue()`))
	require.NoError(t, err)
	require.Equal(t, query, typed, "the editor holds the typed query")

	// Run it: the RUN button, then the results pane (a JSON model) shows
	// Kim's name.
	clicked, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function () {
		var b = Array.prototype.find.call(document.querySelectorAll("button"), function (b) { return /run/i.test(b.textContent); });
		if (!b) { return false; }
		b.click();
		return true;
	})()`))
	require.NoError(t, err)
	require.True(t, clicked, "the page has a Run button")
	result, err := chromedp.Run(ctx, chromedp.Poll[string](`(function () {
		var ms = monaco.editor.getModels().filter(function (m) { return m.getModeId() === "json" && m.getValue().indexOf("Kim Kardashian") >= 0; });
		return ms.length ? ms[0].getValue() : null;
	})()`, chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err, "the result appears")
	assert.Contains(t, result, `"Kim Kardashian"`)
	// The editor renders the model's text a moment after it changes: wait
	// for the rendered pane, then read what it shows.
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.innerText.replace(/\u00a0/g, " ").indexOf('"id": "Kim Kardashian"') >= 0`,
		chromedp.WithPollingTimeout(10*time.Second)))
	shown, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	require.NoError(t, err)
	assert.Contains(t, strings.ReplaceAll(shown, "\u00a0", " "), `"id": "Kim Kardashian"`, "the results pane shows it") // monaco renders spaces as NBSP

	// The JavaScript language service (Gizmo's completions) runs in a worker
	// the page starts from the vendored files; give it time to load.
	deadline := time.Now().Add(20 * time.Second)
	for {
		smu.Lock()
		_, ok := served[monacoLocal+"/language/typescript/tsWorker.js"]
		smu.Unlock()
		if ok || time.Now().After(deadline) {
			assert.True(t, ok, "the TypeScript worker was loaded")
			break
		}
		time.Sleep(200 * time.Millisecond)
	}

	mu.Lock()
	defer mu.Unlock()
	smu.Lock()
	defer smu.Unlock()
	for _, u := range requested {
		pu, err := url.Parse(u)
		require.NoError(t, err)
		if pu.Scheme == "data" || pu.Scheme == "blob" {
			continue
		}
		assert.Equal(t, "127.0.0.1", pu.Hostname(), "%s: nothing leaves this server", u)
	}
	for _, p := range []string{
		"/ui/", monacoLocal + "/loader.js", monacoLocal + "/editor/editor.main.js",
		monacoLocal + "/editor/editor.main.css", monacoLocal + "/base/worker/workerMain.js",
		"/ui/icons/material-icons.css", "/ui/icons/material-icons.woff2",
	} {
		assert.Contains(t, served, p)
	}
	for p, code := range served {
		assert.Contains(t, []int{200, 304}, code, "%s answered %d", p, code)
	}
	assert.Empty(t, pageErrors, "errors in the page")
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}
