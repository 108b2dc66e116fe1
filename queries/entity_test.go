package queries

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/triples"
)

// mentionRows returns the entity query's mentions rows: article -> value.
func mentionRows(t *testing.T, s *graph.Store, name string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, r := range run(t, s, "entity", name) {
		if r["fact"] == "mentions" {
			got[r["article"].(string)] = r["value"].(string)
		}
	}
	return got
}

func TestEntityCountsMentionsPerArticle(t *testing.T) {
	s := store(t)
	assert.Equal(t, map[string]string{"a1": "2 (Emil Dahl, Dahl)", "a2": "1 (Emil Dahl)"}, mentionRows(t, s, "Emil Dahl"))
}

// mentionQuads lists the ng:mention quads of an entity as "label value".
func mentionQuads(t *testing.T, s *graph.Store, entity string) []string {
	t.Helper()
	ctx := context.Background()
	qs := s.QuadStore()
	ref, err := qs.ValueOf(quad.IRI(entity))
	require.NoError(t, err)
	var out []string
	if ref == nil {
		return out
	}
	it := qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		require.NoError(t, err)
		if q.Predicate == quad.IRI(triples.Mention) {
			out = append(out, quad.StringOf(q.Label)+" "+quad.StringOf(q.Object))
		}
	}
	require.NoError(t, it.Err())
	sort.Strings(out)
	return out
}

// Mentions live and die with their article: each is one quad labelled by
// it, written by a bulk load, replaced with the article and removed with it.
func TestMentionQuadsFollowTheirArticle(t *testing.T) {
	dsns := map[string]string{"memory": "memory:", "bbolt": "bbolt:" + filepath.Join(t.TempDir(), "g")}
	if pg := os.Getenv(pgtest.Env); pg != "" {
		dsns["postgres"] = pgtest.FreshDatabase(t, pg, "newsgraph_queries_")
	}
	names := map[string]doc.EntityType{"Runa Falk": doc.Person, "Falk": doc.Person, "Odda": doc.Place}
	for backend, dsn := range dsns {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			s, err := graph.Open(ctx, dsn)
			require.NoError(t, err)
			defer s.Close()
			runa := triples.EntityIRI("runa-falk")
			art := "<" + triples.ArticleIRI("mq1") + ">"
			_, err = s.LoadBatch(ctx, []triples.Article{
				article("mq1", "2023-03-01", "Runa Falk opened a bakery in Odda. Falk hired two bakers.", names),
				article("mq2", "2023-03-02", "Runa Falk sold the bakery.", names),
			})
			require.NoError(t, err)
			assert.Equal(t, []string{art + ` "0-9 NAME Runa Falk"`, art + ` "35-39 NAME Falk"`},
				mentionQuads(t, s, runa)[:2])
			assert.Equal(t, map[string]string{"mq1": "2 (Runa Falk, Falk)", "mq2": "1 (Runa Falk)"}, mentionRows(t, s, "Runa Falk"))

			_, err = s.Load(ctx, article("mq1", "2023-03-01", "Odda welcomed Runa Falk.", names))
			require.NoError(t, err)
			assert.Equal(t, []string{art + ` "14-23 NAME Runa Falk"`, "<" + triples.ArticleIRI("mq2") + `> "0-9 NAME Runa Falk"`},
				mentionQuads(t, s, runa), "the replaced article's mentions are gone")
			assert.Equal(t, map[string]string{"mq1": "1 (Runa Falk)", "mq2": "1 (Runa Falk)"}, mentionRows(t, s, "Runa Falk"))

			_, err = s.Remove(ctx, "mq2")
			require.NoError(t, err)
			_, err = s.Remove(ctx, "mq1")
			require.NoError(t, err)
			assert.Empty(t, mentionQuads(t, s, runa))
		})
	}
}
