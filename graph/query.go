package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// ArticleInfo describes one stored article.
type ArticleInfo struct {
	IRI  string
	ID   string
	Hash string
	// Origin is the file the article was read from, when its id came
	// from the file's path; Text a hash of its text and date (article.TextID).
	// Both are "" for articles stored before issue 18.
	Origin string
	Text   string
	// Binding is the digest of the binding its quads are rendered with
	// ("" for none), Signature what it stores for resolution across
	// articles (see triples.Article).
	Binding   string
	Signature string
}

// Stats summarises the store.
type Stats struct {
	// Quads is the exact number of quads, bookkeeping quads included.
	Quads int64
	// Nodes is the number of distinct nodes; exact unless NodesExact is
	// false (the kv backends only estimate it, since counting means a full
	// scan).
	Nodes      int64
	NodesExact bool
	// Articles is the number of stored articles.
	Articles int
}

// Articles lists the stored articles, sorted by IRI.
func (s *Store) Articles(ctx context.Context) ([]ArticleInfo, error) {
	unlock, err := s.readable(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: articles: %w", err)
	}
	defer unlock()
	var out []ArticleInfo
	err = s.eachQuad(ctx, quad.Subject, quad.IRI(Registry), func(q quad.Quad) error {
		e, ok, err := registryOf(q)
		if err != nil || !ok {
			return err
		}
		out = append(out, ArticleInfo(e))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: articles in %s: %w", s.dsn, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}

// Article returns one stored article, named by document id or IRI; the
// error wraps ErrNotFound if there is none.
func (s *Store) Article(ctx context.Context, idOrIRI string) (ArticleInfo, error) {
	unlock, err := s.readable(ctx)
	if err != nil {
		return ArticleInfo{}, fmt.Errorf("graph: article %q: %w", idOrIRI, err)
	}
	defer unlock()
	st, err := s.find(ctx, idOrIRI)
	if err != nil {
		return ArticleInfo{}, fmt.Errorf("graph: article %q: %w", idOrIRI, err)
	}
	return ArticleInfo(st.entry()), nil
}

// ArticleQuads returns the data quads one article contributed (without the
// bookkeeping quads), in load order: its manifest rendered with its
// binding.
func (s *Store) ArticleQuads(ctx context.Context, idOrIRI string) ([]quad.Quad, error) {
	unlock, err := s.readable(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: article quads %q: %w", idOrIRI, err)
	}
	defer unlock()
	st, err := s.find(ctx, idOrIRI)
	if err != nil {
		return nil, fmt.Errorf("graph: article quads %q: %w", idOrIRI, err)
	}
	qs, err := st.data()
	if err != nil {
		return nil, fmt.Errorf("graph: article quads %q: %w", idOrIRI, err)
	}
	return qs, nil
}

// Stats counts quads, nodes and articles.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	unlock, err := s.readable(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	defer unlock()
	// kv: quads are exact either way, exact node counts need a full scan.
	// SQL: exact means COUNT(*); the estimate comes from pg_class.
	exact := s.backend != BackendBBolt
	st, err := s.qs.Stats(ctx, exact)
	if errors.Is(err, kv.ErrNoBucket) { // a new bbolt store has no size counter before its first write
		err = nil
	}
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats of %s: %w", s.dsn, err)
	}
	out := Stats{Quads: st.Quads.Value, Nodes: st.Nodes.Value, NodesExact: st.Nodes.Exact}
	err = s.eachQuad(ctx, quad.Subject, quad.IRI(Registry), func(q quad.Quad) error {
		if _, ok, err := registryOf(q); err != nil || !ok {
			return err
		}
		out.Articles++
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats of %s: %w", s.dsn, err)
	}
	return out, nil
}

// eachQuad calls fn for every quad whose direction d is v, using the
// backend's index for d when it has one.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return err
	}
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if q.Subject == nil { // deleted while we iterated
			continue
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// registryOf decodes a registry entry quad; ok is false for other quads.
func registryOf(q quad.Quad) (registryEntry, bool, error) {
	var e registryEntry
	if q.Subject != quad.IRI(Registry) || q.Predicate != quad.IRI(PredArticle) {
		return e, false, nil
	}
	str, ok := q.Object.(quad.String)
	if !ok {
		return e, false, nil
	}
	if err := json.Unmarshal([]byte(str), &e); err != nil {
		return e, false, fmt.Errorf("bad registry entry %s: %w", q.Object, err)
	}
	return e, true, nil
}

// state reads the bookkeeping of the article with this IRI. The result's
// exists() is false if the store does not hold it.
func (s *Store) state(ctx context.Context, iri string) (*articleState, error) {
	st := &articleState{iri: iri}
	label := quad.IRI(iri)
	found := false
	err := s.eachQuad(ctx, quad.Subject, label, func(q quad.Quad) error {
		if q.Label != label {
			return nil
		}
		str, _ := q.Object.(quad.String)
		switch q.Predicate {
		case quad.IRI(PredHash):
			st.hash = string(str)
		case quad.IRI(PredID):
			st.id = string(str)
		case quad.IRI(PredOrigin):
			st.origin = string(str)
		case quad.IRI(PredText):
			st.text = string(str)
		case quad.IRI(PredManifest):
			st.manifest = string(str)
			found = true
		case quad.IRI(PredBinding):
			st.binding = string(str)
		case quad.IRI(PredSignature):
			st.signature = string(str)
		default:
			return nil
		}
		st.book = append(st.book, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading article %s: %w", iri, err)
	}
	if !found {
		st.book = nil
		return st, nil
	}
	reg, err := s.registryQuads(ctx, st)
	if err != nil {
		return nil, fmt.Errorf("reading registry entry of %s: %w", iri, err)
	}
	st.book = append(st.book, reg...)
	return st, nil
}

// registryQuads finds the registry entry of an article: first by its exact
// value (an indexed object lookup), then, should the entry have been
// written differently, by scanning the registry.
func (s *Store) registryQuads(ctx context.Context, st *articleState) ([]quad.Quad, error) {
	label := quad.IRI(st.iri)
	want, err := json.Marshal(st.entry())
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	match := func(q quad.Quad) error {
		if q.Label != label {
			return nil
		}
		if e, ok, err := registryOf(q); err == nil && ok && e.IRI == st.iri {
			out = append(out, q)
		}
		return nil
	}
	if err := s.eachQuad(ctx, quad.Object, quad.String(want), match); err != nil {
		return nil, err
	}
	if len(out) > 0 {
		return out, nil
	}
	if err := s.eachQuad(ctx, quad.Subject, quad.IRI(Registry), match); err != nil {
		return nil, err
	}
	return out, nil
}

// find resolves an article IRI or document id to its stored state.
func (s *Store) find(ctx context.Context, idOrIRI string) (*articleState, error) {
	if idOrIRI == "" {
		return nil, fmt.Errorf("empty article id: %w", ErrNotFound)
	}
	st, err := s.state(ctx, idOrIRI)
	if err != nil {
		return nil, err
	}
	if st.exists() {
		return st, nil
	}
	var iris []string
	err = s.eachQuad(ctx, quad.Object, quad.String(idOrIRI), func(q quad.Quad) error {
		if q.Predicate != quad.IRI(PredID) {
			return nil
		}
		if iri, ok := q.Subject.(quad.IRI); ok && q.Label == iri {
			iris = append(iris, string(iri))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("looking up id %q: %w", idOrIRI, err)
	}
	switch len(iris) {
	case 0:
		return nil, fmt.Errorf("%w with id or IRI %q in %s", ErrNotFound, idOrIRI, s.dsn)
	case 1:
		st, err := s.state(ctx, iris[0])
		if err != nil {
			return nil, err
		}
		if !st.exists() {
			return nil, fmt.Errorf("%w with id or IRI %q in %s", ErrNotFound, idOrIRI, s.dsn)
		}
		return st, nil
	}
	sort.Strings(iris)
	return nil, fmt.Errorf("id %q is ambiguous: articles %v; name one by IRI", idOrIRI, iris)
}
