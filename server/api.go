package server

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/view"
	"github.com/newsgraph/newsgraph/queries"
)

// Entity is an entity as the page shows it.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"` // PERSON, ORGANIZATION, PLACE, WORK, EVENT, OTHER
	Aliases []string `json:"aliases,omitempty"`
	Roles   []string `json:"roles,omitempty"`
}

// SearchResult answers /api/search.
type SearchResult struct {
	Query     string   `json:"query"`
	Results   []Entity `json:"results"`
	Truncated bool     `json:"truncated"`
}

// Rows answers /api/timeline and /api/claims: the rows of a named query.
type Rows struct {
	ID        string `json:"id"`
	Query     string `json:"query"`
	Rows      []any  `json:"rows"`
	Truncated bool   `json:"truncated"`
}

// errTimeout is what a request gets when its query ran out of time.
const msgTimeout = "the query ran past its time limit"

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	var handle func(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error)
	switch r.URL.Path {
	case "/api/health":
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		return
	case "/api/search":
		handle = s.search
	case "/api/neighbours", "/api/neighbors":
		handle = s.neighbours
	case "/api/timeline":
		handle = s.timeline
	case "/api/article":
		handle = s.article
	case "/api/entity":
		handle = s.entityView
	case "/api/conflicts":
		handle = s.conflicts
	case "/api/export":
		handle = s.exportView
	case "/api/claims":
		handle = s.named("said")
	default:
		s.fail(w, r, http.StatusNotFound, "no such API endpoint")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.fail(w, r, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	qs, done, err := s.useStore(ctx, false)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	v, code, err := handle(ctx, qs, r)
	done()
	switch d, isFile := v.(*download); {
	case err == nil && isFile:
		writeDownload(w, d)
	case err == nil:
		writeJSON(w, http.StatusOK, v)
	case errors.Is(err, queries.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded:
		s.fail(w, r, http.StatusGatewayTimeout, msgTimeout)
	default:
		if code == 0 {
			code = http.StatusInternalServerError
		}
		s.fail(w, r, code, err.Error())
	}
}

// param returns a required query parameter.
func param(r *http.Request, name string) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return "", errors.New("missing parameter " + name)
	}
	if len(v) > maxParamLen {
		return "", errors.New("parameter " + name + " is too long")
	}
	return v, nil
}

// entityParam reads ?id= as an entity IRI, with or without angle brackets.
func entityParam(r *http.Request) (string, error) {
	v, err := param(r, "id")
	if err != nil {
		return "", err
	}
	v = strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
	if !strings.HasPrefix(v, "urn:newsgraph:") || strings.ContainsAny(v, "<>\"\\ \t\n") {
		return "", errors.New("id must be a newsgraph IRI such as urn:newsgraph:entity:kim-kardashian")
	}
	return v, nil
}

func (s *Server) search(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	q, err := param(r, "q")
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	found, err := graph.FindEntities(ctx, qs, q)
	if err != nil {
		return nil, 0, err
	}
	out := SearchResult{Query: q, Results: []Entity{}}
	rd := reader{ctx: ctx, qs: qs}
	for _, m := range found {
		if len(out.Results) == s.cfg.MaxResults {
			out.Truncated = true
			break
		}
		e, err := rd.entity(m.IRI, false)
		if err != nil {
			return nil, 0, err
		}
		if e.Name == "" {
			continue // an IRI typed in that names nothing stored
		}
		out.Results = append(out.Results, e)
	}
	return out, 0, ctx.Err()
}

func (s *Server) neighbours(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	id, err := entityParam(r)
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	since, err1 := view.ParseBound(r.URL.Query().Get("since"))
	until, err2 := view.ParseBound(r.URL.Query().Get("until"))
	if err := errors.Join(err1, err2); err != nil {
		return nil, http.StatusBadRequest, errors.New("since and until are dates: YYYY-MM-DD")
	}
	n, err := neighbourhood(ctx, qs, id, s.cfg.MaxResults, wantAll(r.URL.Query().Get("all")))
	if errors.Is(err, errNoEntity) {
		return nil, http.StatusNotFound, err
	}
	if err == nil {
		n.keepDates(since, until)
	}
	return n, 0, err
}

// keepDates drops the facts outside [since, until] (undated ones when
// either is set, as export --since does), the edges left without facts
// and the nodes left without edges: the page's date filter.
func (n *Neighbourhood) keepDates(since, until time.Time) {
	if since.IsZero() && until.IsZero() {
		return
	}
	linked := map[string]bool{}
	edges := n.Edges[:0]
	for _, e := range n.Edges {
		var facts []Fact
		for _, f := range e.Facts {
			if view.InRange(f.Date, since, until) {
				facts = append(facts, f)
			}
		}
		if len(facts) == 0 {
			continue
		}
		e.Facts = facts
		edges = append(edges, e)
		linked[e.Source], linked[e.Target] = true, true
	}
	n.Edges = edges
	nodes := n.Nodes[:0]
	for _, x := range n.Nodes {
		if linked[x.ID] {
			nodes = append(nodes, x)
		}
	}
	n.Nodes = nodes
}

// named runs a named query with the entity as its only argument.
func (s *Server) named(name string) func(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	return func(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
		id, err := entityParam(r)
		if err != nil {
			return nil, http.StatusBadRequest, err
		}
		q, ok := queries.Get(name)
		if !ok {
			return nil, 0, errors.New("no named query " + name)
		}
		prog, err := q.Program([][]string{{id}})
		if err != nil {
			return nil, 0, err
		}
		rows, err := queries.Run(ctx, qs, "gizmo", prog, s.cfg.MaxResults+1, s.cfg.QueryTimeout)
		if err != nil {
			return nil, 0, err
		}
		out := Rows{ID: id, Query: name, Rows: queries.Visible(rows)}
		if out.Rows == nil {
			out.Rows = []any{}
		}
		if len(out.Rows) > s.cfg.MaxResults {
			out.Rows, out.Truncated = out.Rows[:s.cfg.MaxResults], true
		}
		return out, 0, nil
	}
}
