package resolve

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/eventlink"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// meetingArticle tells of a meeting of two named people on a day, bound
// as the article alone tells it.
func meetingArticle(id, a, b, day string) triples.Article {
	iri := triples.ArticleIRI(id)
	recs := []link.Record{{Local: 0, ID: doc.Slug(a), Name: a, Type: doc.Person},
		{Local: 1, ID: doc.Slug(b), Name: b, Type: doc.Person}}
	evs := eventlink.Article{Names: map[string]int{eventlink.LocalRef(0): 2, eventlink.LocalRef(1): 1},
		Events: []eventlink.Event{{Local: 0, Type: "MEET", Time: day, Args: []eventlink.Arg{
			{Role: "Arg0", Entity: eventlink.LocalRef(0)}, {Role: "Arg1", Entity: eventlink.LocalRef(1)}}}}}
	ev := triples.EventIRI(id, 0)
	var outs []link.Outcome
	for _, r := range recs {
		outs = append(outs, link.Outcome{Local: r.Local, ID: r.ID, Type: r.Type})
	}
	return triples.Article{
		ID: id, IRI: iri, Hash: "hash-" + id,
		Triples: []triples.Triple{
			{Subject: iri, Predicate: triples.Mentions, Object: triples.Node(triples.LocalEntityIRI(0))},
			{Subject: ev, Predicate: triples.EventType, Object: triples.Str("MEET")},
			{Subject: ev, Predicate: triples.Agent, Object: triples.Node(triples.LocalEntityIRI(0))},
		},
		Binding:   triples.Bind(id, outs).WithEvents(id, []eventlink.Outcome{{Local: 0, Type: "MEET", ID: "own-" + id}}),
		Signature: link.EncodeRecords(recs) + "\n" + evs.Encode(),
	}
}

// happeningOf returns the happening the article's first event reports.
func happeningOf(t *testing.T, s *graph.Store, id string) string {
	t.Helper()
	qs, err := s.ArticleQuads(context.Background(), id)
	require.NoError(t, err)
	for _, q := range qs {
		if q.Predicate.String() == "<"+triples.Reports+">" {
			return strings.Trim(q.Object.String(), "<>")
		}
	}
	t.Fatalf("article %s reports no happening", id)
	return ""
}

func TestSettleMakesOneMeetingOneHappening(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	defer s.Close()
	_, err = s.LoadBatch(ctx, []triples.Article{
		meetingArticle("a", "Lena Morvik", "Piet Halvorsen", "2024-05-02"),
		meetingArticle("b", "Piet Halvorsen", "Lena Morvik", "2024-05-02"),
		meetingArticle("c", "Lena Morvik", "Piet Halvorsen", "2024-07-19"),
	})
	require.NoError(t, err)
	assert.NotEqual(t, happeningOf(t, s, "a"), happeningOf(t, s, "b"), "bound on their own")
	_, err = Settle(ctx, s, nil)
	require.NoError(t, err)
	assert.Equal(t, happeningOf(t, s, "a"), happeningOf(t, s, "b"), "one meeting, two reports")
	assert.NotEqual(t, happeningOf(t, s, "a"), happeningOf(t, s, "c"), "another day, another meeting")
	st, err := Settle(ctx, s, nil)
	require.NoError(t, err)
	assert.Equal(t, 0, st.Rebound, "settled")
}
