package graph

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// toldArticle reports a meeting of Bob and Eve; when denied, its
// factuality quads say so (triples/factuality.go), on Eve's word.
func toldArticle(hash string, denied bool) triples.Article {
	a, ev := "urn:newsgraph:article:told", triples.EventIRI("told", 0)
	ts := []triples.Triple{
		tr(a, pType, triples.Node(triples.NewsArticle)),
		tr(ev, pType, triples.Node(triples.EventClass)),
		tr(ev, triples.EventType, triples.Str("MEET")),
		tr(ev, triples.Participant, triples.Node(entBob)),
		tr(ev, triples.Participant, triples.Node(entEve)),
		tr(ev, triples.InArticle, triples.Node(a)),
	}
	if denied {
		ts = append(ts, tr(ev, triples.Polarity, triples.Str("NEG")), tr(ev, triples.Reported, triples.Str("true")),
			tr(ev, triples.ReportedBy, triples.Node(entEve)))
	}
	return article("told", hash, ts...)
}

// An article whose event turns from denied to asserted (a new extractor)
// loses exactly the factuality quads; removing it leaves nothing, on
// every backend.
func TestFactualityIsReplacedAndRemovedWithItsArticle(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			if b.dsn == nil {
				t.Skipf("set %s to a PostgreSQL DSN", envPostgres)
			}
			s := openStore(t, b.dsn(t))
			denied := toldArticle("h1", true)
			_, err := s.Load(ctx, denied)
			require.NoError(t, err)
			assert.Equal(t, expected(t, denied), dump(t, s))
			res, err := s.Load(ctx, denied)
			require.NoError(t, err)
			assert.Equal(t, Skipped, res.Status, "the same article twice is a no-op")

			asserted := toldArticle("h2", false)
			res, err = s.Load(ctx, asserted)
			require.NoError(t, err)
			assert.Equal(t, Replaced, res.Status)
			assert.Equal(t, 3, res.Removed-res.Added, "polarity, reported and reportedBy go; the bookkeeping is rewritten")
			assert.Equal(t, expected(t, asserted), dump(t, s))

			_, err = s.Load(ctx, denied)
			require.NoError(t, err)
			_, err = s.Remove(ctx, "told")
			require.NoError(t, err)
			assert.Empty(t, dump(t, s), "remove leaves no factuality behind")
		})
	}
}
