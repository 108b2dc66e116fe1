package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/view"
	"github.com/newsgraph/newsgraph/triples"
)

// download is a handler's answer that is a file, not JSON.
type download struct {
	name, ctype string
	body        []byte
}

// pageFormats are the formats the page exports, with their writers.
var pageFormats = map[string]struct {
	ext, ctype string
	write      func(io.Writer, *export.Graph) error
}{
	"gexf":      {"gexf", "application/gexf+xml", export.WriteGEXF},
	"graphml":   {"graphml", "application/graphml+xml", export.WriteGraphML},
	"cytoscape": {"json", "application/json", export.WriteCytoscape},
}

// exportView answers /api/export?format=&id=&id=&since=&until=&all=: what
// the page draws (the entities expanded and their neighbours, in the date
// range, with the events not told as having happened when all=1) through
// graph/export, as `newsgraph export --entity … --hops 1 [--all]` would
// write it.
func (s *Server) exportView(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	q := r.URL.Query()
	f, ok := pageFormats[q.Get("format")]
	if !ok {
		return nil, http.StatusBadRequest, errors.New("format must be gexf, graphml or cytoscape")
	}
	since, err1 := view.ParseBound(q.Get("since"))
	until, err2 := view.ParseBound(q.Get("until"))
	if err := errors.Join(err1, err2); err != nil {
		return nil, http.StatusBadRequest, errors.New("since and until are dates: YYYY-MM-DD")
	}
	ids := q["id"]
	if len(ids) == 0 || len(ids) > s.cfg.MaxResults {
		return nil, http.StatusBadRequest, errors.New("give the entities drawn as id=, at least one")
	}
	o := export.Options{Hops: 1, Since: since, Until: until, All: wantAll(q.Get("all"))}
	for _, id := range ids {
		id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
		if !strings.HasPrefix(id, "urn:newsgraph:") {
			id = triples.EntityIRI(id)
		}
		if len(id) > maxParamLen || strings.ContainsAny(id, "<>\"\\ \t\n") {
			return nil, http.StatusBadRequest, errors.New("id is not an entity id or IRI")
		}
		o.Entities = append(o.Entities, id)
	}
	g, err := export.Build(ctx, qs, o)
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	if len(g.Nodes) > s.cfg.MaxResults {
		return nil, http.StatusRequestEntityTooLarge, errors.New("the view has more nodes than --max-results; export it with newsgraph export")
	}
	var buf bytes.Buffer
	if err := f.write(&buf, g); err != nil {
		return nil, 0, err
	}
	name := "newsgraph-" + triples.IDFromIRI(o.Entities[len(o.Entities)-1]) + "." + f.ext
	return &download{name: name, ctype: f.ctype, body: buf.Bytes()}, 0, nil
}

func writeDownload(w http.ResponseWriter, d *download) {
	h := w.Header()
	h.Set("Content-Type", d.ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Disposition", `attachment; filename="`+strings.NewReplacer(`"`, "", "\\", "", "\n", "").Replace(d.name)+`"`)
	w.WriteHeader(http.StatusOK)
	w.Write(d.body)
}
