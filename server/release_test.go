package server

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// TestStoreIsLetGoBetweenRequests: a server over a bbolt store holds the
// file only while a request runs. Between requests another process may
// open it for writing (as `newsgraph build` does); a request that comes
// while the writer holds it waits for it, or answers 503 with Retry-After
// once the store's lock timeout passes, and the server keeps answering and
// sees what the writer stored.
func TestStoreIsLetGoBetweenRequests(t *testing.T) {
	ctx := context.Background()
	dsn := "bbolt:" + t.TempDir()
	openStore(t, dsn, fixtureArticle()).Close()
	ro, err := graph.OpenWith(ctx, dsn, graph.Options{ReadOnly: true, LockTimeout: time.Second})
	require.NoError(t, err)
	t.Cleanup(func() { ro.Close() })
	_, ts := serveStore(t, ro, Config{})

	var res SearchResult
	require.Equal(t, http.StatusOK, getJSON(t, ts.URL, "/api/search?q=kardashian", &res))
	require.Len(t, res.Results, 1)

	// the server is idle: a writer gets the file at once
	w, err := graph.OpenWith(ctx, dsn, graph.Options{LockTimeout: 500 * time.Millisecond})
	require.NoError(t, err, "an idle server kept the store")
	a := newArt("a2", "2024-08-01")
	a.entity(triples.EntityIRI("zora-ashby"), triples.Person, "Zora Ashby")
	_, err = w.Load(ctx, a.build())
	require.NoError(t, err)

	// while it holds the file, requests that read the store wait, then give up
	resp, body := get(t, ts.URL, "/api/search?q=zora")
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode, string(body))
	assert.Equal(t, "5", resp.Header.Get("Retry-After"))
	assert.Contains(t, string(body), "locked by another process")
	assert.Contains(t, string(body), "gave up after waiting 1s", "the request waits the store's lock timeout")
	code, text := post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain", `g.V().All()`)
	assert.Equal(t, http.StatusServiceUnavailable, code, text)
	resp, _ = get(t, ts.URL, "/api/health")
	assert.Equal(t, http.StatusOK, resp.StatusCode, "what does not read the store is served")

	// a request that comes while the writer holds the file is answered
	// once the writer lets it go
	done := make(chan int, 1)
	go func() {
		resp, err := client.Get(ts.URL + "/api/search?q=zora")
		if err != nil {
			done <- 0
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, w.Close())
	assert.Equal(t, http.StatusOK, <-done)

	// and the server reads what the writer stored
	require.Equal(t, http.StatusOK, getJSON(t, ts.URL, "/api/search?q=zora", &res))
	require.Len(t, res.Results, 1)
	assert.Equal(t, "Zora Ashby", res.Results[0].Name)
	code, text = post(t, ts.URL, "/api/v2/query?lang=gizmo", "text/plain", `g.V("<`+triples.EntityIRI("zora-ashby")+`>").Out("<`+triples.Name+`>").All()`)
	assert.Equal(t, http.StatusOK, code)
	assert.True(t, strings.Contains(text, "Zora Ashby"), text)
}
