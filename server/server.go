// Package server is the HTTP side of `newsgraph serve`: the analyst page
// (package web), a small JSON API behind it, Cayley's HTTP API v2 and
// Cayley's own query UI, all over one graph.Store.
//
// # Routes
//
//	GET  /                      the analyst page (web/index.html)
//	GET  /assets/…              its scripts, styles and the vendored cytoscape.js
//	GET  /api/search?q=NAME     entities whose name or alias matches (graph.FindEntities)
//	GET  /api/neighbours?id=IRI&all=
//	                            entities linked through events, claims and relations, with the facts
//	                            (events told as having happened; all=1 the others too, marked)
//	GET  /entity/ID, /article/ID, /conflicts, /timeline
//	                            the page again: its views' deep links (the page reads the path)
//	GET  /api/timeline?id=IRI   the named query "timeline"
//	GET  /api/timeline?entity=ID&since=&until=&all=
//	                            events on a time axis: dated and undated apart, factuality, reports
//	GET  /api/article?id=ID     an article's text, what was read from it (marks) and its facts
//	GET  /api/entity?id=ID      an entity across articles: aliases, types, mentions, merge reasons
//	GET  /api/conflicts         where sources disagree (conflicts.Check), with the sentences' offsets
//	GET  /api/export?format=&id=&since=&until=&all=
//	                            what the page draws, as GEXF, GraphML or Cytoscape JSON (graph/export)
//	GET  /api/claims?id=IRI     the named query "said": claims made by the entity, with their sentences
//	GET  /api/health            "ok"
//	     /api/v2/…              Cayley's HTTP API v2 (query, read, formats; write and delete with Writable)
//	GET  /ui/                   Cayley's own query UI (its files also answer /static/…, /favicon.ico, …)
//	GET  /ui/monaco/vs/…        its code editor (monaco-editor) and /ui/icons/… its icon font, vendored (web.CayleyUI)
//
// # Guarantees
//
// Every query (ours and Cayley's) runs under Config.QueryTimeout: Gizmo is
// JavaScript, and a query that loops forever is interrupted while other
// requests are served. Results are capped at Config.MaxResults (responses
// say "truncated"). Request bodies larger than Config.MaxBody are refused
// with 413 before any handler runs. Paths with dot segments (also
// percent-encoded ones) are refused with 400, and static files come only
// from the embedded file systems, through a fixed table of names. Without
// Writable the Cayley write endpoints answer 403. The http.Server returned
// by HTTPServer has read, header, write and idle timeouts.
//
// # Concurrency
//
// Writes through Cayley's API (Writable only) take an exclusive lock, every
// other request that reads the store a shared one. memstore (memory:) is
// not safe for concurrent use, reads included, so there every request that
// reads the store runs alone: a slow query holds the others back until it
// ends or hits its timeout (the page and its files are still served). The
// persistent backends answer reads in parallel. Writes go straight to Cayley, so graph's per-article
// manifests do not know them: `newsgraph remove` will not delete them.
//
// The server holds the store only while a request uses it: when the last
// running request ends it releases the store (graph.Store.Release), which
// on bbolt closes the file, so a `newsgraph build` can write between
// requests; the next request opens it again, waiting for a running
// transaction up to the store's lock timeout and answering 503 if that
// passes.
package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/web"
)

// Defaults for Config's zero values.
const (
	DefaultAddr          = "127.0.0.1:8080"
	DefaultQueryTimeout  = 30 * time.Second
	DefaultMaxResults    = 1000
	DefaultMaxBody       = 1 << 20 // 1 MiB
	DefaultShutdownGrace = 10 * time.Second
)

// Server timeouts besides the query timeout.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 60 * time.Second
	IdleTimeout       = 120 * time.Second
	// writeSlack is added to the query timeout for WriteTimeout, so a
	// query cut at its limit still gets its error response out.
	writeSlack     = 15 * time.Second
	maxHeaderBytes = 64 << 10
	maxParamLen    = 2048
)

// Config configures a Server. Zero values take the defaults above.
type Config struct {
	// Addr is the listen address; the default binds loopback only.
	Addr string
	// Writable enables Cayley's write and delete endpoints.
	Writable bool
	// QueryTimeout bounds every query a request runs.
	QueryTimeout time.Duration
	// MaxResults caps the results of every query and list.
	MaxResults int
	// MaxBody caps request bodies, in bytes.
	MaxBody int64
	// ShutdownGrace is how long Serve waits for running requests on shutdown.
	ShutdownGrace time.Duration
	// Log receives one line per failed request and the server's own errors;
	// nil discards them.
	Log *log.Logger
}

func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.MaxResults <= 0 {
		c.MaxResults = DefaultMaxResults
	}
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.ShutdownGrace <= 0 {
		c.ShutdownGrace = DefaultShutdownGrace
	}
	if c.Log == nil {
		c.Log = log.New(io.Discard, "", 0)
	}
	return c
}

// Server serves one store. It is an http.Handler.
type Server struct {
	store  *graph.Store
	cfg    Config
	rw     sync.RWMutex      // Cayley writes exclusive, reads shared (exclusive on memstore)
	memory bool              // memstore: not even safe for concurrent reads
	static map[string]*asset // URL path -> embedded file
}

type asset struct {
	body  []byte
	ctype string
	etag  string
	page  bool // our page: gets the strict Content-Security-Policy
}

// New makes a Server over store.
func New(store *graph.Store, cfg Config) (*Server, error) {
	if store == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{store: store, cfg: cfg.withDefaults(), static: map[string]*asset{},
		memory: store.Backend() == graph.BackendMemory}
	if err := s.addPage(); err != nil {
		return nil, err
	}
	if err := s.addCayleyUI(); err != nil {
		return nil, err
	}
	return s, nil
}

// Config returns the configuration in force (defaults filled in).
func (s *Server) Config() Config { return s.cfg }

// addPage registers the analyst page: / and /assets/NAME.
func (s *Server) addPage() error {
	return fs.WalkDir(web.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(web.FS, p)
		if err != nil {
			return err
		}
		a := newAsset(p, b)
		a.page = true
		if p == "index.html" {
			s.static["/"] = a
			return nil
		}
		s.static["/assets/"+p] = a
		return nil
	})
}

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".json": "application/json",
	".map":  "application/json",
	".ts":   "text/plain; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
}

func newAsset(name string, b []byte) *asset {
	ext := path.Ext(name)
	ct, ok := contentTypes[ext]
	if !ok {
		ct = mime.TypeByExtension(ext)
	}
	if ct == "" {
		ct = "text/plain; charset=utf-8" // LICENSE and friends
	}
	sum := sha256.Sum256(b)
	return &asset{body: b, ctype: ct, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
}

// HTTPServer returns an http.Server for s with its timeouts set.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Addr:              s.cfg.Addr,
		Handler:           s,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      s.cfg.QueryTimeout + writeSlack,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          s.cfg.Log,
	}
}

// ListenAndServe listens on Config.Addr and serves until ctx is done.
// ready, if not nil, is called with the bound address once listening.
func (s *Server) ListenAndServe(ctx context.Context, ready func(addr net.Addr)) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done, then shuts down gracefully: it
// stops accepting, waits up to Config.ShutdownGrace for running requests,
// and closes the rest. It returns nil after a shutdown that ctx asked for.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := s.HTTPServer()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		s.cfg.Log.Printf("shutdown: %v; closing the remaining connections", err)
		err = srv.Close()
	}
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", serr)
	}
	return err
}

// readLock takes the store for reading and returns the unlock. Readers
// share it, except on memstore, whose readers also write (its iterators
// mark the node list as being read).
func (s *Server) readLock() (unlock func()) {
	if s.memory {
		s.rw.Lock()
		return s.rw.Unlock
	}
	s.rw.RLock()
	return s.rw.RUnlock
}

// useStore takes the store for a request (for reading, or with write for a
// Cayley write) and opens it again if the server let it go; done unlocks
// it and, when no other request uses the store, lets it go again
// (graph.Store.Release). On bbolt that closes the file between requests,
// so a `newsgraph build` is not kept out by an idle server; a request that
// comes while a build writes waits for its transaction (up to the store's
// LockTimeout, which serve sets to the query timeout). When another process
// waits for the store, a new request waits until the running ones end and
// the store is let go, so a stream of overlapping requests cannot keep a
// build out. The other backends are not affected.
func (s *Server) useStore(ctx context.Context, write bool) (qs cgraph.QuadStore, done func(), err error) {
	unlock := s.readLock
	if write {
		unlock = func() func() { s.rw.Lock(); return s.rw.Unlock }
	}
	if s.store.Contended() {
		// another process (a build) waits for the store: let it go once
		// the running requests end, and queue behind that process
		s.rw.Lock()
		if err := s.store.Release(); err != nil {
			s.cfg.Log.Printf("releasing the store: %v", err)
		}
		s.rw.Unlock()
	}
	u := unlock()
	qs, err = s.store.Acquire(ctx)
	if err != nil {
		u()
		s.releaseIfIdle()
		return nil, nil, err
	}
	return qs, func() { u(); s.releaseIfIdle() }, nil
}

// releaseIfIdle releases the store unless a request uses it: TryLock
// succeeds only when no request holds the lock, and a request that holds
// it releases the store itself when it is done.
func (s *Server) releaseIfIdle() {
	if !s.rw.TryLock() {
		return
	}
	defer s.rw.Unlock()
	if err := s.store.Release(); err != nil {
		s.cfg.Log.Printf("releasing the store: %v", err)
	}
}

// failStore answers a request whose store could not be opened: busy (503)
// when another process holds it, else 500.
func (s *Server) failStore(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, graph.ErrLocked) {
		w.Header().Set("Retry-After", "5")
		s.fail(w, r, http.StatusServiceUnavailable, "the store is busy: "+err.Error())
		return
	}
	s.fail(w, r, http.StatusInternalServerError, err.Error())
}

// IsLoopback reports whether addr (host:port) binds only loopback
// addresses: 127.0.0.0/8, ::1 or localhost.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ServeHTTP routes a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if bad := badPath(r); bad != "" {
		s.fail(w, r, http.StatusBadRequest, "bad path: "+bad)
		return
	}
	if !s.limitBody(w, r) {
		return
	}
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/api/v2/"):
		s.serveCayley(w, r)
	case strings.HasPrefix(p, "/api/"):
		s.serveAPI(w, r)
	case p == "/ui":
		http.Redirect(w, r, "/ui/", http.StatusMovedPermanently)
	default:
		s.serveStatic(w, r)
	}
}

// badPath explains why a request path is refused, or returns "". Dot
// segments are refused whether written plainly or percent-encoded (the
// decoded path is checked), as are backslashes, NUL and encoded slashes.
func badPath(r *http.Request) string {
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") {
		return "not absolute"
	}
	if strings.ContainsAny(p, "\\\x00") {
		return "backslash or NUL"
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || seg == "." {
			return "dot segment"
		}
	}
	raw := strings.ToLower(r.URL.EscapedPath())
	if pageRoute(p) {
		return "" // answered by the page alone; an article id may hold a slash
	}
	if strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") {
		return "encoded slash"
	}
	return ""
}

// limitBody refuses bodies over MaxBody with 413 and hands the handlers a
// body already read (so every handler sees the same limit and status).
func (s *Server) limitBody(w http.ResponseWriter, r *http.Request) bool {
	if r.Body == nil || r.Body == http.NoBody {
		return true
	}
	if r.ContentLength > s.cfg.MaxBody {
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", s.cfg.MaxBody))
		return false
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	r.Body.Close()
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", s.cfg.MaxBody))
		} else {
			s.fail(w, r, http.StatusBadRequest, "reading the request body: "+err.Error())
		}
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(b))
	return true
}

// pageCSP keeps the analyst page to its own scripts and styles; cytoscape
// draws on a canvas and sets element styles through the DOM, which CSP
// allows.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// pageRoute reports the paths of the page's views, which all answer the
// page itself: it reads the path and shows the view, so a link to a view
// opens it cold and the browser's history works.
func pageRoute(p string) bool {
	switch {
	case p == "/conflicts", p == "/timeline":
		return true
	}
	for _, prefix := range []string{"/entity/", "/article/"} {
		if strings.HasPrefix(p, prefix) && len(p) > len(prefix) {
			return true
		}
	}
	return false
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if pageRoute(p) {
		p = "/"
	}
	a, ok := s.static[p]
	if !ok {
		s.fail(w, r, http.StatusNotFound, "not found")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.fail(w, r, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("ETag", a.etag)
	h.Set("Cache-Control", "no-cache")
	if a.page {
		h.Set("Content-Security-Policy", pageCSP)
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
}

// fail writes a JSON error.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if code >= 500 || code == http.StatusRequestEntityTooLarge {
		s.cfg.Log.Printf("%s %s: %d %s", r.Method, r.URL.Path, code, msg)
	}
	writeJSON(w, code, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"encoding the response failed"}` + "\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}
