package server

import (
	"context"
	"net/http"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/conflicts"
	"github.com/newsgraph/newsgraph/triples"
)

// ConflictSide is one source's value, with where its sentence is, so the
// page links to the article with the sentence marked.
type ConflictSide struct {
	Value     string `json:"value"`
	Article   string `json:"article"`
	Headline  string `json:"headline,omitempty"`
	Published string `json:"published,omitempty"`
	Evidence  string `json:"evidence"`
	Start     int    `json:"start"` // of the evidence; -1 when not found
	End       int    `json:"end"`
}

// Finding is one comparison of conflicts.Check.
type Finding struct {
	Kind      string       `json:"kind"`    // age, date, place, timing
	Verdict   string       `json:"verdict"` // conflict or consistent
	About     string       `json:"about"`
	A         ConflictSide `json:"a"`
	B         ConflictSide `json:"b"`
	Reasoning string       `json:"reasoning"`
}

// Conflicts answers /api/conflicts: conflicts first, then the
// comparisons found consistent (the same order as `newsgraph conflicts`).
type Conflicts struct {
	Findings  []Finding `json:"findings"`
	Conflicts int       `json:"conflicts"` // how many findings are conflicts
	Truncated bool      `json:"truncated"`
}

func (s *Server) conflicts(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	facts, err := conflicts.Read(ctx, qs)
	if err != nil {
		return nil, 0, err
	}
	rd := reader{ctx: ctx, qs: qs}
	out := Conflicts{Findings: []Finding{}}
	for _, f := range conflicts.Check(facts) {
		if len(out.Findings) == s.cfg.MaxResults {
			out.Truncated = true
			break
		}
		g := Finding{Kind: f.Kind, Verdict: f.Verdict, About: f.About, Reasoning: f.Reasoning}
		if g.A, err = rd.side(f.A); err != nil {
			return nil, 0, err
		}
		if g.B, err = rd.side(f.B); err != nil {
			return nil, 0, err
		}
		if f.Verdict == "conflict" {
			out.Conflicts++
		}
		out.Findings = append(out.Findings, g)
	}
	return out, 0, ctx.Err()
}

// side finds where a finding's sentence is: the node of that article with
// that evidence (conflicts.Source keeps the text, not the node).
func (rd reader) side(s conflicts.Side) (ConflictSide, error) {
	c := ConflictSide{Value: s.Value, Article: s.Article, Published: s.Published, Evidence: s.Evidence, Start: -1, End: -1}
	art := triples.ArticleIRI(s.Article)
	var err error
	if c.Headline, err = rd.first(art, triples.Headline); err != nil || s.Evidence == "" {
		return c, err
	}
	nodes, err := rd.values(path.StartPath(rd.qs, quad.String(s.Evidence)).In(quad.IRI(triples.Evidence)).
		Has(quad.IRI(triples.InArticle), quad.IRI(art)))
	if err != nil || len(nodes) == 0 {
		return c, err
	}
	node := iris(nodes)[0]
	for p, dst := range map[string]*int{triples.Start: &c.Start, triples.End: &c.End} {
		v, err := rd.first(node, p)
		if err != nil {
			return c, err
		}
		if n, err := strconv.Atoi(v); err == nil {
			*dst = n
		}
	}
	return c, nil
}
