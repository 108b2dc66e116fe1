package graph

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// boundArticle names one person by a local IRI, as triples.Build does,
// and binds it to the graph entity ent.
func boundArticle(id, ent string) triples.Article {
	a := "urn:newsgraph:article:" + id
	local, age := triples.LocalEntityIRI(3), triples.LocalAgeIRI(3)
	art := article(id, "hash-"+id,
		tr(a, pType, triples.Node(triples.NewsArticle)),
		tr(a, pMent, triples.Node(local)),
		tr(a, pMent, triples.Node(entAcme)),
		tr(local, pName, triples.Str("Robin")),
		tr(local, triples.AgeClaim, triples.Node(age)),
		tr(age, pAge, triples.Term{Kind: triples.Int, Value: "40"}),
		tr(entAcme, pName, triples.Str("Acme")))
	art.Binding = bindTo(id, ent)
	art.Signature = `[{"n":"Robin"}]`
	return art
}

func bindTo(id, ent string) triples.Binding {
	return triples.Binding{
		IRIs: map[string]string{triples.LocalEntityIRI(3): ent, triples.LocalAgeIRI(3): ent + "-age-" + id},
		Triples: []triples.Triple{
			tr(ent, pType, triples.Node(triples.Person)),
			tr(ent, triples.MergeReason, triples.Str("bound in "+id)),
		},
	}
}

func TestBinding(t *testing.T) {
	for _, b := range withBulk(backends(t)) {
		t.Run(b.name, func(t *testing.T) {
			if b.dsn == nil {
				t.Skipf("set %s to a PostgreSQL DSN to run this there", envPostgres)
			}
			runBinding(t, b)
		})
	}
}

func runBinding(t *testing.T, b backend) {
	ctx := context.Background()
	load := func(s *Store, arts ...triples.Article) {
		t.Helper()
		if strings.HasSuffix(b.name, bulkSuffix) {
			_, err := s.LoadBatch(ctx, arts)
			require.NoError(t, err)
			return
		}
		for _, a := range arts {
			_, err := s.Load(ctx, a)
			require.NoError(t, err)
		}
	}
	info := func(s *Store, id string) ArticleInfo {
		t.Helper()
		in, err := s.Article(ctx, id)
		require.NoError(t, err)
		return in
	}

	t.Run("StoredQuadsAreRenderedAndRebindLikeAFreshLoad", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		load(s, boundArticle("a", entBob), boundArticle("b", entBob))
		assert.Equal(t, expected(t, boundArticle("a", entBob), boundArticle("b", entBob)), dump(t, s))
		for _, l := range dump(t, s) {
			if !strings.Contains(l, StoreNS) {
				assert.NotContains(t, l, triples.LocalNS, "no stored data quad has a local IRI")
			}
		}
		qs, err := s.ArticleQuads(ctx, "a")
		require.NoError(t, err)
		assert.Contains(t, quadLines(qs), "<"+entBob+"> <"+pName+"> \"Robin\" <urn:newsgraph:article:a> .")
		in := info(s, "a")
		assert.NotEmpty(t, in.Binding)
		assert.Equal(t, `[{"n":"Robin"}]`, in.Signature)

		res, err := s.Rebind(ctx, in.IRI, in.Binding, bindTo("a", entEve))
		require.NoError(t, err)
		assert.Positive(t, res.Added)
		assert.Positive(t, res.Removed)
		moved := boundArticle("a", entEve)
		assert.Equal(t, expected(t, moved, boundArticle("b", entBob)), dump(t, s), "Bob keeps what b says of him")
		assert.NotEqual(t, in.Binding, info(s, "a").Binding)

		res, err = s.Rebind(ctx, in.IRI, info(s, "a").Binding, bindTo("a", entEve))
		require.NoError(t, err)
		assert.Equal(t, RebindResult{}, res, "the same binding writes nothing")

		_, err = s.Remove(ctx, "a")
		require.NoError(t, err)
		assert.Equal(t, expected(t, boundArticle("b", entBob)), dump(t, s), "remove deletes the rendered quads")
	})

	// The speaker of a reported event (triples/factuality.go) is bound
	// like every entity reference: a rebind moves ng:reportedBy with the
	// rest, and removes nothing another article says.
	t.Run("ReportedBySpeakerFollowsARebind", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		told := func(ent string) triples.Article {
			a := boundArticle("a", ent)
			ev := triples.EventIRI("a", 0)
			a.Triples = append(a.Triples,
				tr(ev, triples.EventType, triples.Str("MEET")),
				tr(ev, triples.Polarity, triples.Str("NEG")),
				tr(ev, triples.Reported, triples.Str("true")),
				tr(ev, triples.ReportedBy, triples.Node(triples.LocalEntityIRI(3))))
			return a
		}
		reportedBy := func(ent string) string {
			return "<" + triples.EventIRI("a", 0) + "> <" + triples.ReportedBy + "> <" + ent + "> <urn:newsgraph:article:a> ."
		}
		load(s, told(entBob), boundArticle("b", entBob))
		qs, err := s.ArticleQuads(ctx, "a")
		require.NoError(t, err)
		assert.Contains(t, quadLines(qs), reportedBy(entBob))

		in := info(s, "a")
		_, err = s.Rebind(ctx, in.IRI, in.Binding, bindTo("a", entEve))
		require.NoError(t, err)
		qs, err = s.ArticleQuads(ctx, "a")
		require.NoError(t, err)
		assert.Contains(t, quadLines(qs), reportedBy(entEve), "the speaker follows the rebind")
		assert.NotContains(t, quadLines(qs), reportedBy(entBob))
		assert.Equal(t, expected(t, told(entEve), boundArticle("b", entBob)), dump(t, s),
			"the store is what loading the article bound to Eve gives")
	})

	t.Run("StaleRebindIsAConflict", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		load(s, boundArticle("a", entBob))
		stale := info(s, "a").Binding
		_, err := s.Rebind(ctx, "urn:newsgraph:article:a", stale, bindTo("a", entEve))
		require.NoError(t, err)
		before := dump(t, s)
		_, err = s.Rebind(ctx, "urn:newsgraph:article:a", stale, bindTo("a", entAcme))
		require.True(t, errors.Is(err, ErrConflict), "%v", err)
		assert.Equal(t, before, dump(t, s))
		_, err = s.Rebind(ctx, "urn:newsgraph:article:zz", "", bindTo("zz", entEve))
		require.True(t, errors.Is(err, ErrNotFound), "%v", err)
	})

	t.Run("UnboundLocalIRIWritesNothing", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		load(s, articleB())
		before := dump(t, s)
		a := boundArticle("a", entBob)
		delete(a.Binding.IRIs, triples.LocalAgeIRI(3))
		_, err := s.Load(ctx, a)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "not bound")
		assert.Equal(t, before, dump(t, s))
	})
}

func quadLines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	return out
}
