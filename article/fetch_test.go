package article

import (
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// site serves a page (gzipped when asked), a feed, redirects, a slow
// page, a huge page and a 404, all on loopback; it records User-Agents.
type site struct {
	*httptest.Server
	mu      sync.Mutex
	agents  []string
	gzipped int
}

func newSite(t *testing.T) *site {
	s := &site{}
	mux := http.NewServeMux()
	mux.HandleFunc("/2024/pier", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		page := strings.Replace(newsPage, `<link rel="canonical" href="https://ledger.example/2024/03/05/pier">`, `<link rel="canonical" href="/2024/pier?utm_source=x">`, 1)
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			s.mu.Lock()
			s.gzipped++
			s.mu.Unlock()
			w.Header().Set("Content-Encoding", "gzip")
			gz := gzip.NewWriter(w)
			defer gz.Close()
			fmt.Fprint(gz, page)
			return
		}
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/2024/pier", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, strings.Repeat("Ola Dal spoke in Vesk. ", 1000))
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.agents = append(s.agents, r.Header.Get("User-Agent"))
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestFetchPagesAndFeeds(t *testing.T) {
	s := newSite(t)
	f := NewHTTPFetcher(HTTPOptions{UserAgent: "newsgraph-test/1"})
	arts, errs := readAll(t, []string{s.URL + "/hop/2", s.URL + "/feed"}, Options{Fetch: f})
	require.Len(t, errs, 1)
	assert.Equal(t, s.URL+"/feed:22", errs[0].Source, "the item without content, named by URL and line")
	require.Len(t, arts, 3, "the page and the feed's two items with content")
	p := arts[0]
	assert.Equal(t, s.URL+"/hop/2", p.Source)
	assert.Equal(t, s.URL+"/2024/pier?utm_source=x", p.URL, "the canonical URL, made absolute, tracking parameters kept as the page gives them")
	assert.Equal(t, URLID(s.URL+"/2024/pier"), p.ID)
	assert.Equal(t, "Port Alder council closes the north pier", p.Title)
	assert.Equal(t, "2024-03-05", p.DateString())
	assert.NotContains(t, p.Text, "Advertisement")
	assert.Equal(t, "ledger-1001", arts[1].ID)
	assert.Equal(t, s.URL+"/feed:7", arts[1].Source)
	s.mu.Lock()
	assert.Equal(t, 1, s.gzipped, "the page came gzipped and was read")
	for _, ua := range s.agents {
		assert.Equal(t, "newsgraph-test/1", ua, "every request, redirects too")
	}
	s.mu.Unlock()
}

func TestFetchLimits(t *testing.T) {
	s := newSite(t)
	f := NewHTTPFetcher(HTTPOptions{Timeout: 300 * time.Millisecond, MaxBytes: 5000, MaxRedirects: 3})
	start := time.Now()
	_, errs := readAll(t, []string{s.URL + "/hop/5", s.URL + "/slow", s.URL + "/huge", s.URL + "/missing", "http://127.0.0.1:1/closed"}, Options{Fetch: f})
	assert.Less(t, time.Since(start), 4*time.Second, "the slow page is cut off")
	require.Len(t, errs, 5)
	want := []string{"more than 3 redirects", "no answer within 300ms", "5000-byte limit", "HTTP 404", "connection refused"}
	for i, e := range errs {
		assert.Contains(t, e.Error(), want[i])
		assert.True(t, strings.HasPrefix(e.Source, "http://127.0.0.1"), e.Source)
	}
	_, errs = readAll(t, []string{s.URL + "/feed"}, Options{})
	require.Len(t, errs, 1, "no fetcher: an error, not a missing file")
}

func TestURLList(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "urls.txt")
	require.NoError(t, os.WriteFile(p, []byte("# reading list\nhttps://a.example/1\n\n  http://b.example/2  \n"), 0o644))
	urls, err := ReadURLList(p)
	require.NoError(t, err)
	assert.Equal(t, []string{"https://a.example/1", "http://b.example/2"}, urls)
	require.NoError(t, os.WriteFile(p, []byte("https://a.example/1\nftp://c.example/3\n"), 0o644))
	_, err = ReadURLList(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), p+":2")
}
