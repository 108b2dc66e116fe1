package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" quad writer
)

// cayleyWrites are the API v2 endpoints that change the store.
var cayleyWrites = map[string]bool{
	"/api/v2/write":       true,
	"/api/v2/delete":      true,
	"/api/v2/node/delete": true,
}

// cayleyAPI builds Cayley's HTTP API v2 over the store, the way `cayley
// http` wires it, with our timeout and result cap.
func (s *Server) cayleyAPI() http.Handler {
	qs := s.store.QuadStore()
	h := &cgraph.Handle{QuadStore: qs}
	if s.cfg.Writable {
		qw, err := cgraph.NewQuadWriter("single", qs, nil)
		if err == nil {
			h.QuadWriter = qw
		} else {
			s.cfg.Log.Printf("cayley API: no quad writer (%v): writes will fail", err)
		}
	}
	api := cayleyhttp.NewAPIv2(h)
	api.SetReadOnly(!s.cfg.Writable)
	api.SetQueryTimeout(s.cfg.QueryTimeout)
	api.SetQueryLimit(s.cfg.MaxResults)
	return api
}

func (s *Server) serveCayley(w http.ResponseWriter, r *http.Request) {
	if cayleyWrites[r.URL.Path] {
		if !s.cfg.Writable {
			s.fail(w, r, http.StatusForbidden, "the store is read-only: start newsgraph serve with --writable to write through the API")
			return
		}
		s.rw.Lock()
		defer s.rw.Unlock()
		s.cayley.ServeHTTP(w, r)
		return
	}
	unlock := s.readLock()
	defer unlock()
	s.cayley.ServeHTTP(w, r)
}

// cayleyServerURL is the API address Cayley's UI build has compiled in.
const cayleyServerURL = `"http://localhost:64210"`

// monacoCDN is where Cayley's UI build loads its code editor from;
// monacoLocal is where this server would serve it. The editor is not
// vendored (monaco-editor 0.18.1's min/vs is 8 MB), so until it is, the
// UI's editor panes stay on "Loading…": the rest of the server, and the
// analyst page, do not need it.
const (
	monacoCDN   = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs"
	monacoLocal = "/ui/monaco/vs"
)

// addCayleyUI registers Cayley's embedded query UI (package ui, a React
// build). Its index.html is served at /ui/; its other files keep their
// paths (/static/…, /favicon.ico, …) because the build refers to them from
// the root. The build also has the API address http://localhost:64210
// compiled in; the script that holds it is served with the page's own
// origin instead, so the UI talks to this server on whatever port it runs.
func (s *Server) addCayleyUI() error {
	sub, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return fmt.Errorf("server: cayley ui: %w", err)
	}
	patched := false
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".map") {
			return err // source maps: debugging aids, and they cite the CDN
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".js") && bytes.Contains(b, []byte(cayleyServerURL)) {
			b = bytes.ReplaceAll(b, []byte(cayleyServerURL), []byte("window.location.origin"))
			patched = true
		}
		if strings.HasSuffix(p, ".js") {
			// Nothing is fetched from a CDN: the build loads its editor
			// (monaco-editor 0.18.1) from jsdelivr; point it at this server.
			b = bytes.ReplaceAll(b, []byte(monacoCDN), []byte(monacoLocal))
		}
		key := "/" + p
		if p == "index.html" {
			key = "/ui/"
		}
		if _, taken := s.static[key]; taken {
			return nil // ours wins
		}
		s.static[key] = newAsset(p, b)
		return nil
	})
	if err != nil {
		return fmt.Errorf("server: cayley ui: %w", err)
	}
	if !patched {
		s.cfg.Log.Printf("cayley ui: API address %s not found in its scripts; the UI may call the wrong server", cayleyServerURL)
	}
	return nil
}
