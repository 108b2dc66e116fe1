package graph

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// TripleOf is the inverse of loading: every kind of object comes back as
// the triple it was written from.
func TestTripleOfInvertsLoading(t *testing.T) {
	a := triples.Article{ID: "t1", IRI: "urn:newsgraph:article:t1", Triples: []triples.Triple{
		{Subject: "urn:x:a", Predicate: "urn:p:node", Object: triples.Node("urn:x:b")},
		{Subject: "urn:x:a", Predicate: "urn:p:name", Object: triples.Str("Åsa \"Q\" Lind")},
		{Subject: "urn:x:a", Predicate: "urn:p:date", Object: triples.Term{Kind: triples.Date, Value: "2024-07-11"}},
		{Subject: "urn:x:a", Predicate: "urn:p:age", Object: triples.Term{Kind: triples.Int, Value: "44"}},
		{Subject: "urn:x:a", Predicate: "urn:p:conf", Object: triples.Term{Kind: triples.Float, Value: "0.4"}},
	}}
	qs, _, err := articleQuads(a)
	require.NoError(t, err)
	require.Len(t, qs, len(a.Triples))
	for i, q := range qs {
		got, err := TripleOf(q)
		require.NoError(t, err)
		assert.Equal(t, a.Triples[i], got)
	}
	_, err = TripleOf(quad.Quad{Subject: quad.String("x"), Predicate: quad.IRI("urn:p"), Object: quad.IRI("urn:o")})
	assert.Error(t, err, "a literal subject is no triple")
}
