package resolve

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// personArticle names one person, bound to the id of its own name, as
// triples.Build binds an article on its own.
func personArticle(id, name string) triples.Article {
	iri := triples.ArticleIRI(id)
	local := triples.LocalEntityIRI(0)
	rec := link.Record{Local: 0, ID: doc.Slug(name), Name: name, Type: doc.Person}
	return triples.Article{
		ID: id, IRI: iri, Hash: "hash-" + id,
		Triples: []triples.Triple{
			{Subject: iri, Predicate: triples.Mentions, Object: triples.Node(local)},
			{Subject: local, Predicate: triples.Name, Object: triples.Str(name)},
		},
		Binding:   triples.Bind(id, []link.Outcome{{Local: 0, ID: rec.ID, Type: doc.Person}}),
		Signature: link.EncodeRecords([]link.Record{rec}),
	}
}

// entityOf returns the entity the article's quads name.
func entityOf(t *testing.T, s *graph.Store, id string) string {
	t.Helper()
	qs, err := s.ArticleQuads(context.Background(), id)
	require.NoError(t, err)
	for _, q := range qs {
		if q.Predicate.String() == "<"+triples.Mentions+">" {
			return strings.Trim(q.Object.String(), "<>")
		}
	}
	t.Fatalf("article %s names no entity", id)
	return ""
}

func TestSettleFollowsTheSetOfStoredArticles(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	defer s.Close()
	load := func(arts ...triples.Article) {
		_, err := s.LoadBatch(ctx, arts)
		require.NoError(t, err)
	}
	settle := func() int {
		st, err := Settle(ctx, s, nil)
		require.NoError(t, err)
		return st.Rebound
	}

	load(personArticle("a", "Megyn Kelly"), personArticle("b", "Kelly"))
	assert.Equal(t, triples.EntityIRI("kelly"), entityOf(t, s, "b"), "bound on its own")
	assert.Equal(t, 1, settle())
	assert.Equal(t, triples.EntityIRI("megyn-kelly"), entityOf(t, s, "b"), "the only Kelly known")
	assert.Equal(t, 0, settle(), "settled")

	load(personArticle("c", "Mark Kelly"))
	assert.Equal(t, 1, settle())
	assert.Equal(t, triples.EntityIRI("kelly"), entityOf(t, s, "b"), "two Kellys: no merge")

	_, err = s.Remove(ctx, "c")
	require.NoError(t, err)
	assert.Equal(t, 1, settle())
	assert.Equal(t, triples.EntityIRI("megyn-kelly"), entityOf(t, s, "b"))
}

func TestSessionBindsAsSettleWould(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Load(ctx, personArticle("a", "Megyn Kelly"))
	require.NoError(t, err)

	session, err := Open(ctx, s)
	require.NoError(t, err)
	b := personArticle("b", "Kelly")
	require.NoError(t, session.Add(b))
	b.Binding = session.Binding(b)
	_, err = s.Load(ctx, b)
	require.NoError(t, err)
	assert.Equal(t, triples.EntityIRI("megyn-kelly"), entityOf(t, s, "b"))
	st, err := Settle(ctx, s, session)
	require.NoError(t, err)
	assert.Equal(t, Settled{Articles: 2}, st, "the build's own resolution is the settled one")
}
