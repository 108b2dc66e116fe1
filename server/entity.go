package server

import (
	"context"
	"net/http"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// EntityArticle is how one article refers to an entity, and why its
// entity was taken as this one.
type EntityArticle struct {
	ID       string   `json:"id"`
	Headline string   `json:"headline,omitempty"`
	Date     string   `json:"date,omitempty"`
	Type     string   `json:"type,omitempty"`     // the type this article gives
	Mentions int      `json:"mentions"`           // names and descriptions (pronouns are not stored)
	Names    []string `json:"names"`              // the distinct texts, in order of first use
	Merge    string   `json:"merge,omitempty"`    // ng:mergeReason of this article, "" for the first
	First    int      `json:"first"`              // offset of the first mention, -1 if none
	FirstEnd int      `json:"first_end"`          // its end
	Gender   string   `json:"gender,omitempty"`   // as this article states it
	Aliases  []string `json:"aliases,omitempty"`  // the other names this article uses
	Roles    []string `json:"roles,omitempty"`    // descriptors in this article
	Nominals []string `json:"nominals,omitempty"` // descriptions ("the reality star")
}

// TypeCount is one type an entity was given, with how many articles did.
type TypeCount struct {
	Type     string `json:"type"`
	Articles int    `json:"articles"`
}

// EntityView answers /api/entity.
type EntityView struct {
	Entity
	Types     []TypeCount     `json:"types"`
	Articles  []EntityArticle `json:"articles"`
	Truncated bool            `json:"truncated"`
}

func (s *Server) entityView(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	iri, err := nodeParam(r, "id", triples.EntityIRI)
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	rd := reader{ctx: ctx, qs: qs}
	e, err := rd.entity(iri, true)
	if err != nil {
		return nil, 0, err
	}
	if e.Name == "" {
		return nil, http.StatusNotFound, errNoEntity
	}
	v := &EntityView{Entity: e, Types: []TypeCount{}, Articles: []EntityArticle{}}
	arts, err := rd.in(iri, triples.Mentions)
	if err != nil {
		return nil, 0, err
	}
	types := map[string]int{}
	for _, art := range arts {
		if len(v.Articles) == s.cfg.MaxResults {
			v.Truncated = true
			break
		}
		a, err := rd.entityArticle(iri, art)
		if err != nil {
			return nil, 0, err
		}
		if a.Type != "" {
			types[a.Type]++
		}
		v.Articles = append(v.Articles, a)
	}
	for t, n := range types {
		v.Types = append(v.Types, TypeCount{Type: t, Articles: n})
	}
	sort.Slice(v.Types, func(i, j int) bool {
		if v.Types[i].Articles != v.Types[j].Articles {
			return v.Types[i].Articles > v.Types[j].Articles
		}
		return v.Types[i].Type < v.Types[j].Type
	})
	sort.SliceStable(v.Articles, func(i, j int) bool {
		a, b := v.Articles[i], v.Articles[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
	return v, 0, ctx.Err()
}

// inArticle reads the values of node's pred that one article stated: the
// quads labelled with the article (a fixed label context is an indexed
// lookup).
func (rd reader) inArticle(node, pred, article string) ([]string, error) {
	vs, err := rd.values(path.StartPath(rd.qs, quad.IRI(node)).LabelContext(quad.IRI(article)).Out(quad.IRI(pred)))
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, lexical(v))
	}
	sort.Strings(out)
	return out, err
}

func (rd reader) entityArticle(entity, art string) (EntityArticle, error) {
	a := EntityArticle{ID: triples.IDFromIRI(art), Names: []string{}, First: -1, FirstEnd: -1}
	var err error
	if a.Headline, err = rd.first(art, triples.Headline); err != nil {
		return a, err
	}
	if a.Date, err = rd.first(art, triples.DatePublished); err != nil {
		return a, err
	}
	ms, err := rd.mentions(entity, art)
	if err != nil {
		return a, err
	}
	a.Mentions = len(ms)
	seen := map[string]bool{}
	for i, m := range ms {
		if i == 0 {
			a.First, a.FirstEnd = m.Start, m.End
		}
		if !seen[m.Text] {
			seen[m.Text] = true
			a.Names = append(a.Names, m.Text)
			if m.Kind == "NOMINAL" {
				a.Nominals = append(a.Nominals, m.Text)
			}
		}
	}
	classes, err := rd.inArticle(entity, triples.Type, art)
	if err != nil {
		return a, err
	}
	for _, c := range classes {
		if n, ok := typeNames[c]; ok {
			a.Type = n
		}
	}
	for p, dst := range map[string]*[]string{triples.AlternateName: &a.Aliases, triples.Role: &a.Roles} {
		if *dst, err = rd.inArticle(entity, p, art); err != nil {
			return a, err
		}
	}
	for p, dst := range map[string]*string{triples.MergeReason: &a.Merge, triples.Gender: &a.Gender} {
		vs, err := rd.inArticle(entity, p, art)
		if err != nil {
			return a, err
		}
		if len(vs) > 0 {
			*dst = vs[0]
		}
	}
	return a, nil
}
