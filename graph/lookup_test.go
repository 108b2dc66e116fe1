package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// FindEntities through the name scan (casings the value index cannot
// guess, partial names) and its fast path, on a store where one name is
// repeated by several articles and events carry names (and the class
// schema:Event) too. Entities are typed as triples.Build types them.
func TestFindEntitiesScan(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "g"))
	require.NoError(t, err)
	defer s.Close()
	const (
		mac   = "urn:newsgraph:entity:macleod"
		lars  = "urn:newsgraph:entity:lars"
		laura = "urn:newsgraph:entity:laura"
		firm  = "urn:newsgraph:entity:firm"
	)
	mk := func(id string) triples.Article {
		ev := "urn:newsgraph:event:" + id + "-0"
		a := article(id, "h-"+id,
			tr(mac, pType, triples.Node(triples.Person)),
			tr(lars, pType, triples.Node(triples.Person)),
			tr(laura, pType, triples.Node(triples.Person)),
			tr(firm, pType, triples.Node(triples.Organization)),
			tr(ev, pType, triples.Node(triples.EventClass)),
			tr(mac, pName, triples.Str("Ewan MacLeod")),
			tr(mac, triples.AlternateName, triples.Str("MacLeod")),
			tr(lars, pName, triples.Str("Lars  Holm")),
			tr(laura, pName, triples.Str("Laura Holmberg")),
			tr(firm, pName, triples.Str("Holm Shipping")),
			tr(ev, pName, triples.Str("say: ewan macleod")))
		a.Triples = append(a.Triples, tr(a.IRI, pMent, triples.Node(mac)))
		return a
	}
	for _, id := range []string{"x1", "x2", "x3"} {
		_, err := s.Load(ctx, mk(id))
		require.NoError(t, err)
	}
	qs := s.QuadStore()
	find := func(name string) []string {
		t.Helper()
		ms, err := FindEntities(ctx, qs, name)
		require.NoError(t, err)
		var iris []string
		for _, m := range ms {
			iris = append(iris, m.IRI)
		}
		return iris
	}
	// lower case: "Ewan Macleod" is no stored spelling, the scan finds it,
	// and the event named after him is no entity
	require.Equal(t, []string{mac}, find("ewan macleod"))
	require.Equal(t, []string{mac}, find("MACLEOD"))     // alias, in upper case
	require.Equal(t, []string{lars}, find("lars holm"))  // stored with two spaces
	require.Equal(t, []string{firm, lars}, find("holm")) // whole words only: not Holmberg
	require.Equal(t, []string{laura}, find("HOLMBERG"))  // a partial match, any case
	require.Nil(t, find("Ewan Holm"))                    // words of two names
	ms, err := FindEntities(ctx, qs, "ewan macleod")
	require.NoError(t, err)
	require.Equal(t, "Ewan MacLeod", ms[0].Name)
}
