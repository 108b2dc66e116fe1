package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// Bookkeeping of bindings (see triples.Binding): the binding an article's
// quads were rendered with, and what resolution across articles reads of
// it (its signature, opaque here).
const (
	// PredBinding links an article to its binding as text:
	// <article> store:binding "…" <article> .
	PredBinding = StoreNS + "binding"
	// PredSignature links an article to its signature.
	PredSignature = StoreNS + "signature"
	// predBindsTo writes one local IRI -> graph IRI pair of a binding text.
	predBindsTo = StoreNS + "bindsTo"
)

// binding is a triples.Binding made of quads, with its text.
type binding struct {
	iris  map[quad.IRI]quad.IRI
	quads []quad.Quad
	// text is what the store keeps: one N-Quads line per IRI pair
	// (<local> <store#bindsTo> <graph> .), sorted, then the binding's
	// quads. "" for an empty binding.
	text string
}

// newBinding validates b as the binding of the article with this IRI.
func newBinding(iri string, b triples.Binding) (*binding, error) {
	out := &binding{iris: make(map[quad.IRI]quad.IRI, len(b.IRIs))}
	locals := make([]string, 0, len(b.IRIs))
	for l, g := range b.IRIs {
		if err := checkIRI(l); err != nil {
			return nil, fmt.Errorf("binding: %w", err)
		}
		if err := checkIRI(g); err != nil {
			return nil, fmt.Errorf("binding of %s: %w", l, err)
		}
		if triples.IsLocal(g) {
			return nil, fmt.Errorf("binding: %s bound to the local IRI %s", l, g)
		}
		out.iris[quad.IRI(l)] = quad.IRI(g)
		locals = append(locals, l)
	}
	qs, lines, _, err := articleQuadLines(triples.Article{IRI: iri, Triples: b.Triples})
	if err != nil {
		return nil, fmt.Errorf("binding: %w", err)
	}
	out.quads = qs
	sort.Strings(locals)
	var sb strings.Builder
	for _, l := range locals {
		sb.WriteString(quad.Quad{Subject: quad.IRI(l), Predicate: quad.IRI(predBindsTo), Object: quad.IRI(b.IRIs[l])}.NQuad())
		sb.WriteByte('\n')
	}
	m, err := encodeManifestLines(qs, lines)
	if err != nil {
		return nil, fmt.Errorf("binding: %w", err)
	}
	sb.WriteString(m)
	out.text = sb.String()
	return out, nil
}

// decodeBinding reads a binding text back.
func decodeBinding(text string) (*binding, error) {
	qs, err := decodeManifest(text)
	if err != nil {
		return nil, fmt.Errorf("stored binding: %w", err)
	}
	out := &binding{iris: map[quad.IRI]quad.IRI{}, text: text}
	for _, q := range qs {
		if q.Predicate == quad.IRI(predBindsTo) && q.Label == nil {
			l, ok1 := q.Subject.(quad.IRI)
			g, ok2 := q.Object.(quad.IRI)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("stored binding: bad pair %s", q.NQuad())
			}
			out.iris[l] = g
			continue
		}
		out.quads = append(out.quads, q)
	}
	return out, nil
}

// digest names a binding text briefly ("" for the empty binding): the
// registry keeps it, so that resolution can tell which articles to bind
// again from one scan of the registry.
func digest(text string) string {
	if text == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:12])
}

// render returns an article's data quads: its template with every bound
// local IRI replaced, then the binding's quads, without duplicates (first
// occurrence wins). A local IRI left unbound is an error: no stored quad
// has one.
func (b *binding) render(tmpl []quad.Quad) ([]quad.Quad, error) {
	out := make([]quad.Quad, 0, len(tmpl)+len(b.quads))
	seen := make(map[string]bool, cap(out))
	sub := func(v quad.Value) (quad.Value, error) {
		iri, ok := v.(quad.IRI)
		if !ok || !triples.IsLocal(string(iri)) {
			return v, nil
		}
		if g, ok := b.iris[iri]; ok {
			return g, nil
		}
		return nil, fmt.Errorf("local IRI %s is not bound", iri)
	}
	for _, q := range append(tmpl[:len(tmpl):len(tmpl)], b.quads...) {
		var err error
		if q.Subject, err = sub(q.Subject); err != nil {
			return nil, err
		}
		if q.Object, err = sub(q.Object); err != nil {
			return nil, err
		}
		k := nquad(q)
		if !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out, nil
}

// ErrConflict is wrapped by the error of a Rebind whose article changed
// after the caller read it.
var ErrConflict = errors.New("the article changed meanwhile")

// RebindResult reports one Rebind.
type RebindResult struct {
	// Added and Removed count the quads written and deleted, bookkeeping
	// included; both are 0 when the article already had the binding.
	Added, Removed int
}

// Rebinding asks RebindBatch to render the stored article IRI with Binding
// instead of the binding whose digest is From.
type Rebinding struct {
	IRI, From string
	Binding   triples.Binding
}

// Rebind renders a stored article (named by IRI) with another binding,
// atomically like Load: the quads only the old rendering had are deleted
// and those only the new one has are added, in one transaction (on bbolt
// possibly two, joined by an intent record; see write). from is the digest
// of the binding the caller read (ArticleInfo.Binding): if the stored one
// differs, nothing is written and the error wraps ErrConflict, so that two
// processes resolving one store never undo each other's newer work. An
// article the store does not hold is ErrNotFound.
func (s *Store) Rebind(ctx context.Context, iri, from string, b triples.Binding) (RebindResult, error) {
	res, errs, err := s.RebindBatch(ctx, []Rebinding{{IRI: iri, From: from, Binding: b}})
	if err == nil {
		err = errs[0]
	}
	if err != nil {
		return RebindResult{}, err
	}
	return res[0], nil
}

// RebindBatch is Rebind for many articles with fewer transactions: on
// bbolt and memstore the changes of all of them are written together, as
// write writes one article's (each article is still all old or all new);
// on the SQL backends, whose per-article locks take a connection each, one
// transaction per article. errs[i] is the error of article i (it wraps
// ErrConflict or ErrNotFound, and the article was left alone); err, when
// set, is an error of the batch, which wrote nothing of its transaction.
func (s *Store) RebindBatch(ctx context.Context, reqs []Rebinding) (res []RebindResult, errs []error, err error) {
	res, errs = make([]RebindResult, len(reqs)), make([]error, len(reqs))
	nbs := make([]*binding, len(reqs))
	for i, r := range reqs {
		if nbs[i], err = newBinding(r.IRI, r.Binding); err != nil {
			return nil, nil, fmt.Errorf("graph: rebind article %q in %s: %w", r.IRI, s.dsn, err)
		}
	}
	if s.lockDB != nil && len(reqs) > 1 {
		for i, r := range reqs {
			var one []error
			var got []RebindResult
			if got, one, err = s.RebindBatch(ctx, []Rebinding{r}); err != nil {
				return res, errs, err
			}
			res[i], errs[i] = got[0], one[0]
		}
		return res, errs, nil
	}
	if err := s.writable(ctx); err != nil {
		return nil, nil, fmt.Errorf("graph: rebind in %s: %w", s.dsn, err)
	}
	defer s.mu.Unlock()
	var cs []change
	for i, r := range reqs {
		// a no-op but on PostgreSQL, where reqs holds one article
		unlock, err := s.lockArticle(ctx, r.IRI)
		if err != nil {
			return nil, nil, fmt.Errorf("graph: rebind article %q in %s: %w", r.IRI, s.dsn, err)
		}
		defer unlock()
		c, err := s.rebindChange(ctx, r, nbs[i])
		if errors.Is(err, ErrConflict) || errors.Is(err, ErrNotFound) {
			errs[i] = fmt.Errorf("graph: rebind article %q in %s: %w", r.IRI, s.dsn, err)
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("graph: rebind article %q in %s: %w", r.IRI, s.dsn, err)
		}
		res[i] = RebindResult{Added: len(c.adds), Removed: len(c.dels)}
		if len(c.adds)+len(c.dels) > 0 {
			cs = append(cs, c)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if err := s.writeMany(ctx, cs); err != nil {
		return nil, nil, fmt.Errorf("graph: rebind %d articles in %s: %w", len(cs), s.dsn, err)
	}
	return res, errs, nil
}

// rebindChange reads one article and returns what rebinding it changes.
// The caller holds s.mu and the article's lock.
func (s *Store) rebindChange(ctx context.Context, r Rebinding, nb *binding) (change, error) {
	if err := s.finishPending(ctx, r.IRI); err != nil {
		return change{}, err
	}
	cur, err := s.state(ctx, r.IRI)
	switch {
	case err != nil:
		return change{}, err
	case !cur.exists():
		return change{}, ErrNotFound
	case digest(cur.binding) != r.From:
		return change{}, ErrConflict
	case cur.binding == nb.text:
		return change{iri: r.IRI}, nil
	}
	old, err := cur.data()
	if err != nil {
		return change{}, err
	}
	tmpl, err := decodeManifest(cur.manifest)
	if err != nil {
		return change{}, err
	}
	data, err := nb.render(tmpl)
	if err != nil {
		return change{}, err
	}
	next := *cur
	next.binding = nb.text
	book, err := bookkeeping(&next)
	if err != nil {
		return change{}, err
	}
	dels, adds := diff(append(old, cur.book...), append(data, book...))
	return change{r.IRI, dels, adds}, nil
}

// BindingDigest is the digest the registry would keep for binding b of the
// article with this IRI (ArticleInfo.Binding): resolution compares it with
// the stored one to tell which articles to Rebind.
func BindingDigest(iri string, b triples.Binding) (string, error) {
	nb, err := newBinding(iri, b)
	if err != nil {
		return "", fmt.Errorf("graph: binding of %q: %w", iri, err)
	}
	return digest(nb.text), nil
}
