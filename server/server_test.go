package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

func get(t *testing.T, base, path string) (*http.Response, []byte) {
	t.Helper()
	resp, err := client.Get(base + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, b
}

func getJSON(t *testing.T, base, path string, v any) int {
	t.Helper()
	resp, b := get(t, base, path)
	if v != nil && resp.StatusCode == http.StatusOK {
		require.NoError(t, json.Unmarshal(b, v), string(b))
	}
	return resp.StatusCode
}

func post(t *testing.T, base, path, ctype, body string) (int, string) {
	t.Helper()
	resp, err := client.Post(base+path, ctype, strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func q(v string) string { return url.QueryEscape(v) }

func TestSearchFindsNamesAndAliasesWithTypes(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	var res SearchResult
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=kim+kardashian", &res))
	require.Len(t, res.Results, 1)
	assert.Equal(t, Entity{ID: kim, Name: "Kim Kardashian", Type: "PERSON"}, res.Results[0])

	require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=GYPSY", &res)) // an alias, any case
	require.Len(t, res.Results, 1)
	assert.Equal(t, gypsy, res.Results[0].ID)

	require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=angeles", &res)) // whole words of a name
	require.Len(t, res.Results, 1)
	assert.Equal(t, "PLACE", res.Results[0].Type)

	require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=nobody", &res))
	assert.Empty(t, res.Results)
	assert.NotNil(t, res.Results, "an empty list, not null")

	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/search", nil))
	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/search?q="+strings.Repeat("x", 3000), nil))
	code, body := post(t, ts.URL, "/api/search?q=kim", "text/plain", "")
	assert.Equal(t, 405, code, body)
	assert.Equal(t, 404, getJSON(t, ts.URL, "/api/nosuch", nil))
}

func edgeOf(n *Neighbourhood, from, to, rel string) *Edge {
	for i, e := range n.Edges {
		if e.Source == from && e.Target == to && e.Relation == rel {
			return &n.Edges[i]
		}
	}
	return nil
}

func TestNeighboursThroughEventsClaimsAndRelations(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	var n Neighbourhood
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/neighbours?id="+q(kim), &n))
	assert.Equal(t, "Kim Kardashian", n.Center.Name)
	assert.Equal(t, []string{"Kardashian", "Kim"}, n.Center.Aliases)
	assert.Equal(t, []string{"reality star"}, n.Center.Roles)
	assert.Equal(t, []Entity{
		{ID: gypsy, Name: "Gypsy Rose Blanchard", Type: "PERSON"},
		{ID: la, Name: "Los Angeles", Type: "PLACE"},
	}, n.Nodes)
	meet := edgeOf(&n, kim, gypsy, "meet")
	require.NotNil(t, meet, "%+v", n.Edges)
	require.Len(t, meet.Facts, 1)
	assert.Equal(t, Fact{Kind: "event", IRI: triples.EventIRI("a1", 0), Type: "MEET", Trigger: "met",
		Date: "2024-07-10", Article: "a1", Evidence: meetSentence, Start: 0, End: len([]rune(meetSentence))}, meet.Facts[0])
	assert.NotNil(t, edgeOf(&n, kim, la, "meet in"))
	said := edgeOf(&n, gypsy, kim, "said to")
	require.NotNil(t, said)
	assert.Equal(t, claimQuote, said.Facts[0].Text)
	assert.Equal(t, claimSentence, said.Facts[0].Evidence)
	assert.False(t, n.Truncated)

	// Gypsy: Kim through the meeting and the claim, her mother through the relation.
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/neighbours?id="+q("<"+gypsy+">"), &n))
	var names []string
	for _, e := range n.Nodes {
		names = append(names, e.Name)
	}
	assert.Equal(t, []string{"Dee Dee Blanchard", "Kim Kardashian", "Los Angeles"}, names)
	assert.NotNil(t, edgeOf(&n, kim, gypsy, "meet"), "Kim is the agent of the meeting")
	assert.NotNil(t, edgeOf(&n, deeDee, gypsy, "mother of"))
	assert.NotNil(t, edgeOf(&n, gypsy, kim, "said to"))

	// The place: who met there.
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/neighbours?id="+q(la), &n))
	assert.Len(t, n.Nodes, 2)
	assert.NotNil(t, edgeOf(&n, kim, la, "meet in"))
	assert.NotNil(t, edgeOf(&n, gypsy, la, "meet in"))

	assert.Equal(t, 404, getJSON(t, ts.URL, "/api/neighbours?id="+q(triples.EntityIRI("nobody")), nil))
	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/neighbours?id=kim", nil))
	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/neighbours", nil))
	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/neighbours?id="+q(`urn:newsgraph:entity:x> <y`), nil))
}

func TestTimelineAndClaimsReuseTheNamedQueries(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	var tl struct {
		Rows []map[string]any `json:"rows"`
	}
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/timeline?id="+q(gypsy), &tl))
	require.Len(t, tl.Rows, 1)
	row := tl.Rows[0]
	assert.Equal(t, "2024-07-10", row["time"])
	assert.Equal(t, "MEET", row["event"])
	assert.Equal(t, "Kim Kardashian", row["with"])
	assert.Equal(t, "Los Angeles", row["place"])
	assert.Equal(t, "a1", row["article"])
	assert.Equal(t, meetSentence, row["evidence"])
	assert.Equal(t, 1.0, row["reports"], "one report of the meeting")

	var cl struct {
		Rows      []map[string]string `json:"rows"`
		Truncated bool                `json:"truncated"`
	}
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/claims?id="+q(gypsy), &cl))
	require.Len(t, cl.Rows, 1)
	assert.Equal(t, claimQuote, cl.Rows[0]["quote"])
	assert.Equal(t, "Kim Kardashian", cl.Rows[0]["to"])
	assert.Equal(t, claimSentence, cl.Rows[0]["evidence"])
	assert.Equal(t, "2024-07-11", cl.Rows[0]["published"])

	require.Equal(t, 200, getJSON(t, ts.URL, "/api/claims?id="+q(kim), &cl))
	assert.Empty(t, cl.Rows, "Kim said nothing")
	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/timeline?id=", nil), "an empty id is no entity")
	assert.Equal(t, 400, getJSON(t, ts.URL, "/api/claims?id=http://example.com/", nil))
}

// crowd is an article with n people named "Smith k" who all met Kim in n events.
func crowd(n int) triples.Article {
	a := newArt("crowd", "2024-01-02")
	a.entity(kim, triples.Person, "Kim Kardashian")
	for k := 0; k < n; k++ {
		p := triples.EntityIRI(fmt.Sprintf("smith-%d", k))
		a.entity(p, triples.Person, fmt.Sprintf("Smith %d", k))
		a.event(k, "MEET", "met", fmt.Sprintf("2024-01-%02d", k%28+1), fmt.Sprintf("Kim met Smith %d.", k), "", "", kim, p)
	}
	return a.build()
}

func TestResultsAreCapped(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxResults: 5}, crowd(12))
	var res SearchResult
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=smith", &res))
	assert.Len(t, res.Results, 5)
	assert.True(t, res.Truncated)

	var n Neighbourhood
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/neighbours?id="+q(kim), &n))
	assert.Len(t, n.Nodes, 5)
	assert.True(t, n.Truncated)
	for _, e := range n.Edges {
		assert.Contains(t, []string{e.Source, e.Target}, kim)
	}
	assert.Len(t, n.Edges, 5, "no edge to a node left out")

	var rows Rows
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/timeline?id="+q(kim), &rows))
	assert.Len(t, rows.Rows, 5)
	assert.True(t, rows.Truncated)

	// Cayley's own query endpoint has the same cap.
	code, body := post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain", `for (var i = 0; i < 100; i++) { g.Emit(i); }`)
	require.Equal(t, 200, code, body)
	var out struct{ Result []any }
	require.NoError(t, json.Unmarshal([]byte(body), &out))
	assert.Len(t, out.Result, 5)
}

func TestCayleyQueryAPIAnswers(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	code, body := post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain",
		`g.V("<`+kim+`>").Out("<`+triples.Name+`>").All()`)
	require.Equal(t, 200, code, body)
	assert.Contains(t, body, "Kim Kardashian")
	resp, b := get(t, ts.URL, "/api/v2/read?format=nquads&sub="+q("<"+kim+">"))
	assert.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, string(b), "Kim Kardashian")
}

func TestEndlessGizmoIsCutAndTheServerKeepsAnswering(t *testing.T) {
	const timeout = time.Second
	_, ts := newTestServer(t, Config{QueryTimeout: timeout})
	type result struct {
		code int
		body string
		took time.Duration
	}
	done := make(chan result, 2)
	for _, prog := range []string{`while (true) {}`, `var i = 0; while (true) { i++; g.V().ToArray(); }`} {
		go func() {
			start := time.Now()
			resp, err := client.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(prog))
			if err != nil {
				done <- result{code: -1, body: err.Error()}
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			done <- result{resp.StatusCode, string(b), time.Since(start)}
		}()
	}
	// While both loop, the other endpoints answer at once.
	time.Sleep(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		start := time.Now()
		var res SearchResult
		require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=kim", &res))
		assert.Len(t, res.Results, 1)
		assert.Less(t, time.Since(start), timeout, "search waited for the endless query")
	}
	for i := 0; i < 2; i++ {
		select {
		case r := <-done:
			assert.NotEqual(t, 200, r.code, r.body)
			assert.Contains(t, r.body, "deadline", r.body)
			assert.GreaterOrEqual(t, r.took, timeout-50*time.Millisecond)
			assert.Less(t, r.took, timeout+3*time.Second, "the loop was not cut at the timeout")
		case <-time.After(10 * time.Second):
			t.Fatal("an endless query was never cut")
		}
	}
	// and queries still run afterwards
	code, body := post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain", `g.Emit(42)`)
	assert.Equal(t, 200, code, body)
	assert.Contains(t, body, "42")
}

func TestNamedQueryTimeoutIs504(t *testing.T) {
	// A store big enough that the timeline cannot finish in a microsecond.
	_, ts := newTestServer(t, Config{QueryTimeout: time.Microsecond}, crowd(50))
	resp, b := get(t, ts.URL, "/api/timeline?id="+q(kim))
	assert.Equal(t, http.StatusGatewayTimeout, resp.StatusCode, string(b))
	assert.Contains(t, string(b), msgTimeout)
}

func TestReadOnlyUnlessWritable(t *testing.T) {
	const nq = `<urn:newsgraph:entity:x> <https://schema.org/name> "Mallory" .` + "\n"
	s, ts := newTestServer(t, Config{})
	before, err := s.store.Stats(context.Background())
	require.NoError(t, err)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		code, body := post(t, ts.URL, p, "application/n-quads", nq)
		assert.Equal(t, http.StatusForbidden, code, "%s: %s", p, body)
		assert.Contains(t, body, "read-only")
	}
	after, err := s.store.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, before.Quads, after.Quads, "nothing was written")
	var res SearchResult
	require.Equal(t, 200, getJSON(t, ts.URL, "/api/search?q=mallory", &res))
	assert.Empty(t, res.Results)

	// With Writable the same write lands.
	_, wts := newTestServer(t, Config{Writable: true})
	code, body := post(t, wts.URL, "/api/v2/write", "application/n-quads", nq)
	require.Equal(t, 200, code, body)
	require.Equal(t, 200, getJSON(t, wts.URL, "/api/search?q=mallory", &res))
	require.Len(t, res.Results, 1)
	assert.Equal(t, "Mallory", res.Results[0].Name)
}

func TestBodyLimit(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxBody: 256})
	small := `g.Emit("ok")`
	big := "// " + strings.Repeat("x", 300) + "\n" + small
	code, body := post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain", small)
	assert.Equal(t, 200, code, body)
	code, body = post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain", big)
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, body)

	// Without a Content-Length (chunked) the limit holds all the same.
	req, err := http.NewRequest("POST", ts.URL+"/api/v2/query?lang=gizmo", io.MultiReader(strings.NewReader(big)))
	require.NoError(t, err)
	req.ContentLength = -1
	resp, err := client.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
}

// rawGet sends a request line exactly as written, so no client cleans it.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestStaticFilesAndPathTraversal(t *testing.T) {
	s, ts := newTestServer(t, Config{})
	addr := strings.TrimPrefix(ts.URL, "http://")

	resp, b := get(t, ts.URL, "/")
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "default-src 'self'")
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	assert.Contains(t, string(b), `<script src="/assets/dist/cytoscape.min.js"></script>`)
	for _, p := range []string{"/assets/js/app.js", "/assets/style.css", "/assets/dist/cytoscape.min.js"} {
		resp, _ := get(t, ts.URL, p)
		assert.Equal(t, 200, resp.StatusCode, p)
	}
	// conditional requests
	req, _ := http.NewRequest("GET", ts.URL+"/assets/js/app.js", nil)
	r1, err := client.Do(req)
	require.NoError(t, err)
	r1.Body.Close()
	req.Header.Set("If-None-Match", r1.Header.Get("ETag"))
	r2, err := client.Do(req)
	require.NoError(t, err)
	r2.Body.Close()
	assert.Equal(t, http.StatusNotModified, r2.StatusCode)

	// Cayley's UI, pointed at this server instead of localhost:64210.
	resp, b = get(t, ts.URL, "/ui/")
	require.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, string(b), "<title>Cayley</title>")
	var mainJS string
	for _, m := range strings.Split(string(b), `"`) {
		if strings.HasPrefix(m, "/static/js/main.") {
			mainJS = m
		}
	}
	require.NotEmpty(t, mainJS)
	resp, b = get(t, ts.URL, mainJS)
	require.Equal(t, 200, resp.StatusCode)
	assert.NotContains(t, string(b), "localhost:64210")
	for key, a := range s.static {
		assert.False(t, strings.Contains(string(a.body), "cdn.jsdelivr.net"), "%s: nothing from a CDN", key)
	}
	assert.Contains(t, string(b), "window.location.origin")
	resp, _ = get(t, ts.URL, "/ui")
	assert.Equal(t, 200, resp.StatusCode, "redirected to /ui/")

	code, _ := rawGet(t, addr, "/nosuch.html")
	assert.Equal(t, 404, code)
	for _, target := range []string{
		"/../../etc/passwd",
		"/assets/../../../etc/passwd",
		"/assets/../app.js",
		"/assets/./app.js",
		"/assets/%2e%2e/%2e%2e/etc/passwd",
		"/%2E%2E/%2E%2E/etc/passwd",
		"/assets/..%2f..%2fetc%2fpasswd",
		"/assets/%2fetc%2fpasswd",
		"/static/..%5c..%5cetc%5cpasswd",
		"/ui/../../../etc/passwd",
		"/assets/%252e%252e/%252e%252e/etc/passwd",
		"/assets/..\\..\\etc\\passwd",
		"/assets/%00../etc/passwd",
		"//etc/passwd",
		"/etc/passwd",
	} {
		code, body := rawGet(t, addr, target)
		assert.Contains(t, []int{400, 404}, code, "%s answered %d", target, code)
		assert.NotContains(t, body, "root:", target)
	}
}

func TestTimeoutsAreSet(t *testing.T) {
	s, err := New(newStore(t), Config{QueryTimeout: 5 * time.Second})
	require.NoError(t, err)
	hs := s.HTTPServer()
	assert.Equal(t, ReadHeaderTimeout, hs.ReadHeaderTimeout)
	assert.Positive(t, hs.ReadTimeout)
	assert.Positive(t, hs.IdleTimeout)
	assert.Greater(t, hs.WriteTimeout, 5*time.Second, "room to write a timed-out query's error")
	assert.Positive(t, hs.MaxHeaderBytes)
	assert.Equal(t, DefaultAddr, hs.Addr)
}

func TestLoopbackByDefault(t *testing.T) {
	c := Config{}.withDefaults()
	assert.True(t, IsLoopback(c.Addr), c.Addr)
	assert.False(t, c.Writable)
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "127.5.5.5:1": true, "[::1]:80": true, "localhost:80": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:80": false, "192.168.1.2:80": false, "example.com:80": false, "nonsense": false,
	} {
		assert.Equal(t, want, IsLoopback(addr), addr)
	}
	// ListenAndServe with the default binds 127.0.0.1 only (on a free port here).
	s, err := New(newStore(t), Config{Addr: "127.0.0.1:0"})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	got := make(chan net.Addr, 1)
	errc := make(chan error, 1)
	go func() { errc <- s.ListenAndServe(ctx, func(a net.Addr) { got <- a }) }()
	a := <-got
	assert.True(t, a.(*net.TCPAddr).IP.IsLoopback(), a.String())
	cancel()
	assert.NoError(t, <-errc)
}

func TestGracefulShutdownFinishesRunningRequests(t *testing.T) {
	s, err := New(newStore(t, fixtureArticle()), Config{QueryTimeout: 500 * time.Millisecond, ShutdownGrace: 5 * time.Second})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	var wg sync.WaitGroup
	var code int
	var reqErr error
	wg.Add(1)
	go func() { // a request that runs until the query timeout
		defer wg.Done()
		resp, err := client.Post(base+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`while (true) {}`))
		if err != nil {
			reqErr = err
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		code = resp.StatusCode
	}()
	time.Sleep(150 * time.Millisecond)
	cancel()
	wg.Wait()
	require.NoError(t, reqErr, "the running request got its answer")
	assert.Equal(t, http.StatusBadRequest, code, "Cayley reports the cut query")
	select {
	case err := <-errc:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after shutdown")
	}
	_, err = client.Get(base + "/api/health")
	assert.Error(t, err, "no longer listening")
	assert.False(t, errors.Is(err, context.Canceled))
}

// TestConcurrentRequestsOnMemstore: memstore is not safe for concurrent
// use, so the server serialises its readers; under -race this would report
// the store's own unsynchronised writes otherwise.
func TestConcurrentRequestsOnMemstore(t *testing.T) {
	_, ts := serveStore(t, newStore(t, fixtureArticle()), Config{Writable: true})
	paths := []string{"/api/search?q=kim", "/api/neighbours?id=" + q(gypsy), "/api/timeline?id=" + q(kim), "/api/claims?id=" + q(gypsy)}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				var resp *http.Response
				var err error
				if (i+k)%3 == 0 {
					resp, err = client.Post(ts.URL+"/api/v2/write", "application/n-quads",
						strings.NewReader(fmt.Sprintf("<urn:newsgraph:entity:w%d-%d> <%s> \"W %d %d\" .\n", i, k, triples.Name, i, k)))
				} else if (i+k)%3 == 1 {
					resp, err = client.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`g.V().Out("<`+triples.Name+`>").All()`))
				} else {
					resp, err = client.Get(ts.URL + paths[(i+k)%len(paths)])
				}
				if err != nil {
					errs <- err.Error()
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					errs <- fmt.Sprintf("status %d", resp.StatusCode)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
