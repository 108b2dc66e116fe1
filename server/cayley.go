package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" quad writer

	"github.com/newsgraph/newsgraph/web"
)

// cayleyWrites are the API v2 endpoints that change the store.
var cayleyWrites = map[string]bool{
	"/api/v2/write":       true,
	"/api/v2/delete":      true,
	"/api/v2/node/delete": true,
}

// cayleyAPI builds Cayley's HTTP API v2 over qs, the way `cayley http`
// wires it, with our timeout and result cap. It is built for each request
// (a router and a handful of routes): the quad store changes whenever the
// server lets the store go between requests.
func (s *Server) cayleyAPI(qs cgraph.QuadStore) http.Handler {
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
	write := cayleyWrites[r.URL.Path]
	if write && !s.cfg.Writable {
		s.fail(w, r, http.StatusForbidden, "the store is read-only: start newsgraph serve with --writable to write through the API")
		return
	}
	qs, done, err := s.useStore(r.Context(), write)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	defer done()
	s.cayleyAPI(qs).ServeHTTP(w, r)
}

// cayleyServerURL is the API address Cayley's UI build has compiled in.
const cayleyServerURL = `"http://localhost:64210"`

// What Cayley's UI build fetches from other hosts, and where this server
// serves its vendored copy (web.CayleyUI, dist/cayley-ui/NAME at /ui/NAME)
// instead: the code editor, monaco-editor 0.18.1, from jsdelivr, and the
// Material Icons font of its buttons from Google Fonts. Nothing the UI loads
// leaves this server.
const (
	monacoCDN    = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs"
	monacoLocal  = "/ui/monaco/vs"
	iconsCDN     = "https://fonts.googleapis.com/icon?family=Material+Icons"
	iconsLocal   = "/ui/icons/material-icons.css"
	vendoredRoot = "dist/cayley-ui"
)

// addCayleyUI registers Cayley's embedded query UI (package ui, a React
// build). Its index.html is served at /ui/; its other files keep their
// paths (/static/…, /favicon.ico, …) because the build refers to them from
// the root. The build also has the API address http://localhost:64210
// compiled in; the script that holds it is served with the page's own
// origin instead, so the UI talks to this server on whatever port it runs.
// The addresses of its editor and icon font are rewritten to the vendored
// copies (addVendored).
func (s *Server) addCayleyUI() error {
	sub, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return fmt.Errorf("server: cayley ui: %w", err)
	}
	patched, monaco, icons := false, false, false
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
		switch {
		case strings.HasSuffix(p, ".js") && bytes.Contains(b, []byte(monacoCDN)):
			// The build loads its editor from jsdelivr: point it at the
			// vendored copy.
			b = bytes.ReplaceAll(b, []byte(monacoCDN), []byte(monacoLocal))
			monaco = true
		case strings.HasSuffix(p, ".css") && bytes.Contains(b, []byte(iconsCDN)):
			b = bytes.ReplaceAll(b, []byte(iconsCDN), []byte(iconsLocal))
			icons = true
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
	if !monaco || !icons {
		s.cfg.Log.Printf("cayley ui: the editor or icon address was not found in its files (monaco %t, icons %t); the UI may not find them", monaco, icons)
	}
	return s.addVendored()
}

// addVendored serves web.CayleyUI's dist/cayley-ui/NAME at /ui/NAME: the
// monaco-editor files and the icon font the UI would fetch from CDNs.
func (s *Server) addVendored() error {
	sub, err := fs.Sub(web.CayleyUI, vendoredRoot)
	if err != nil {
		return fmt.Errorf("server: cayley ui editor: %w", err)
	}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		a := newAsset(p, b)
		if path.Ext(p) == ".woff2" {
			a.ctype = "font/woff2" // not in every mime table
		}
		s.static["/ui/"+p] = a
		return nil
	})
	if err != nil {
		return fmt.Errorf("server: cayley ui editor: %w", err)
	}
	if _, ok := s.static[monacoLocal+"/loader.js"]; !ok {
		return fmt.Errorf("server: cayley ui editor: %s/loader.js is not embedded (run make web)", monacoLocal)
	}
	return nil
}
