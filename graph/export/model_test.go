package export

import (
	"context"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func build(t *testing.T, o Options) *Graph {
	t.Helper()
	st := openFixture(t, "memory:")
	g, err := Build(context.Background(), st.QuadStore(), o)
	require.NoError(t, err)
	return g
}

func nodeIDs(g *Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	sort.Strings(out)
	return out
}

func sorted(xs ...string) []string { sort.Strings(xs); return xs }

func edge(t *testing.T, g *Graph, src, dst, rel string) Edge {
	t.Helper()
	for _, e := range g.Edges {
		if e.Source == src && e.Target == dst && e.Relation == rel {
			return e
		}
	}
	require.Failf(t, "missing edge", "%s -%s-> %s in %+v", src, rel, dst, g.Edges)
	return Edge{}
}

func node(t *testing.T, g *Graph, id string) Node {
	t.Helper()
	for _, n := range g.Nodes {
		if n.ID == id {
			return n
		}
	}
	require.Failf(t, "missing node", "%s", id)
	return Node{}
}

func TestBuildWholeGraph(t *testing.T) {
	g := build(t, Options{})
	assert.Equal(t, sorted(alice, bob, carol, acme, dana, lyon, fair), nodeIDs(g))

	a := node(t, g, alice)
	assert.Equal(t, "Alice Moreau", a.Label)
	assert.Equal(t, "person", a.Type)
	assert.Equal(t, KindEntity, a.Kind)
	assert.Equal(t, 2, a.Mentions, "a1 and c3 mention Alice")
	assert.Equal(t, []string{"Alice", "Ms Moreau"}, a.Aliases)
	assert.Equal(t, "2024-03-01", a.Start, "first dated fact")
	assert.Equal(t, 3, node(t, g, bob).Mentions)
	assert.Equal(t, "event", node(t, g, fair).Type)
	assert.Equal(t, "2024-06-10", node(t, g, fair).Start, "no fact: the date of the article that mentions it")

	// The meeting reported by a1 and c3 is one edge with both sources.
	meet := edge(t, g, alice, bob, "MEET")
	assert.Equal(t, EdgeEvent, meet.Kind)
	assert.False(t, meet.Directed, "co-participants without an agent")
	assert.Equal(t, "2024-03-01", meet.Date)
	assert.Equal(t, []string{"a1", "c3"}, meet.articleLabels())
	assert.Equal(t, 2, meet.Weight)
	assert.InDelta(t, 0.9, meet.Confidence, 1e-9, "the highest confidence")

	place := edge(t, g, bob, lyon, "MEET")
	assert.Equal(t, EdgePlace, place.Kind)
	assert.True(t, place.Directed)
	edge(t, g, alice, lyon, "MEET")

	said := edge(t, g, alice, acme, SaidAbout)
	assert.Equal(t, "2024-03-05", said.Date, "claims are dated by their article")
	assert.Equal(t, "Acme will grow & <thrive>", said.Evidence)
	assert.Negative(t, said.Confidence, "claims carry no confidence")
	edge(t, g, alice, bob, SpokeTo)

	acq := edge(t, g, acme, dana, "ACQUIRE")
	assert.True(t, acq.Directed, "from the agent")
	assert.Equal(t, "2024-05", acq.Date)
	assert.Equal(t, "2024-06-10", edge(t, g, bob, carol, "MEET").Date, "undated event: the article's date")
	assert.Equal(t, EdgeRelation, edge(t, g, carol, bob, "MOTHER").Kind)
	assert.Len(t, g.Edges, 8)

	// Edges come in date order, partial dates at their first day.
	for i := 1; i < len(g.Edges); i++ {
		assert.LessOrEqual(t, fullDate(g.Edges[i-1].Date), fullDate(g.Edges[i].Date), "edge %d", i)
		assert.Equal(t, "e"+strconv.Itoa(i), g.Edges[i].ID)
	}
}

func TestBuildTypes(t *testing.T) {
	g := build(t, Options{Types: []string{"person"}})
	assert.Equal(t, sorted(alice, bob, carol), nodeIDs(g))
	for _, e := range g.Edges {
		assert.Contains(t, []string{alice, bob, carol}, e.Source)
		assert.Contains(t, []string{alice, bob, carol}, e.Target)
	}
	assert.Len(t, g.Edges, 4, "MEET a-b, SPOKE_TO, MEET b-c, MOTHER")

	_, err := Build(context.Background(), openFixture(t, "memory:").QuadStore(), Options{Types: []string{"people"}})
	assert.ErrorContains(t, err, `unknown entity type "people"`)
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBuildDates(t *testing.T) {
	g := build(t, Options{Since: day("2024-05-15")})
	// ACQUIRE (2024-05 overlaps), MEET b-c and MOTHER (2024-06-10).
	assert.Equal(t, sorted(acme, dana, bob, carol), nodeIDs(g))
	assert.Len(t, g.Edges, 3)

	g = build(t, Options{Until: day("2024-03-04")})
	assert.Equal(t, sorted(alice, bob, lyon), nodeIDs(g), "the claim of 2024-03-05 is out")
	assert.Len(t, g.Edges, 3)

	g = build(t, Options{Since: day("2024-03-02"), Until: day("2024-03-31")})
	assert.Equal(t, sorted(alice, bob, acme), nodeIDs(g))
	edge(t, g, alice, acme, SaidAbout)
	edge(t, g, alice, bob, SpokeTo)
	assert.Len(t, g.Edges, 2)

	_, err := Build(context.Background(), openFixture(t, "memory:").QuadStore(), Options{Since: day("2024-02-01"), Until: day("2024-01-01")})
	assert.Error(t, err)
}

func TestBuildNeighbourhood(t *testing.T) {
	g := build(t, Options{Entities: []string{alice}, Hops: 1})
	assert.Equal(t, sorted(alice, bob, acme, lyon), nodeIDs(g))
	for _, e := range g.Edges {
		assert.NotEqual(t, carol, e.Target)
	}
	edge(t, g, bob, lyon, "MEET") // induced: both ends within one hop

	g = build(t, Options{Entities: []string{alice}, Hops: 2})
	assert.Equal(t, sorted(alice, bob, acme, lyon, carol, dana), nodeIDs(g))

	g = build(t, Options{Entities: []string{alice}, Hops: 0})
	assert.Equal(t, []string{alice}, nodeIDs(g))
	assert.Empty(t, g.Edges)

	// Filters compose: people only, two hops from Carol.
	g = build(t, Options{Entities: []string{carol}, Hops: 2, Types: []string{"person"}})
	assert.Equal(t, sorted(alice, bob, carol), nodeIDs(g))
}

// Related entities are seeds that the type and date filters may drop;
// Entities are kept whatever the filters say.
func TestBuildRelated(t *testing.T) {
	g := build(t, Options{Entities: []string{alice}, Related: []string{bob, lyon}})
	assert.Equal(t, sorted(alice, bob, lyon), nodeIDs(g))
	edge(t, g, alice, bob, "MEET")
	edge(t, g, bob, lyon, "MEET")
	for _, e := range g.Edges {
		assert.NotEqual(t, acme, e.Target, "Acme is not related")
	}

	g = build(t, Options{Entities: []string{lyon}, Related: []string{bob, acme}, Types: []string{"person"}})
	assert.Equal(t, sorted(lyon, bob), nodeIDs(g), "Acme is filtered out, Lyon is the argument")

	g = build(t, Options{Entities: []string{alice}, Related: []string{carol}, Until: day("2024-03-04")})
	assert.Equal(t, []string{alice}, nodeIDs(g), "Carol takes part in nothing before March")

	g = build(t, Options{Entities: []string{alice}, Related: []string{carol}, Hops: 1})
	assert.Equal(t, sorted(alice, bob, acme, lyon, carol), nodeIDs(g), "one hop from both")
	edge(t, g, carol, bob, "MOTHER")

	sel, err := Selector(context.Background(), openFixture(t, "memory:").QuadStore(), Options{Related: []string{bob}})
	require.NoError(t, err)
	assert.NotNil(t, sel, "Related alone selects a part")
}

func TestBuildEventNodes(t *testing.T) {
	g := build(t, Options{EventNodes: true})
	ev := node(t, g, "urn:newsgraph:event:a1:0")
	assert.Equal(t, KindEvent, ev.Kind)
	assert.Equal(t, "MEET", ev.Type)
	assert.Equal(t, "2024-03-01", ev.Start)
	cl := node(t, g, "urn:newsgraph:claim:a1:0")
	assert.Equal(t, KindClaim, cl.Kind)
	assert.Equal(t, "Acme will grow & <thrive>", cl.Label)

	assert.Equal(t, EdgeRole, edge(t, g, alice, ev.ID, "PARTICIPANT").Kind)
	edge(t, g, ev.ID, lyon, "PLACE")
	edge(t, g, alice, cl.ID, "AUTHOR")
	edge(t, g, cl.ID, acme, "ABOUT")
	edge(t, g, cl.ID, bob, "ADDRESSEE")
	acq := "urn:newsgraph:event:b2:0"
	edge(t, g, acme, acq, "AGENT")
	edge(t, g, dana, acq, "PATIENT")
	edge(t, g, carol, bob, "MOTHER") // relations stay entity edges
	for _, e := range g.Edges {
		assert.NotEqual(t, "MEET", e.Relation, "no co-participation edges with event nodes")
	}
}

func TestInRange(t *testing.T) {
	since, until := day("2024-02-10"), day("2024-02-20")
	for date, want := range map[string]bool{
		"2024-02-10": true, "2024-02-20": true, "2024-02-21": false, "2024-02-09": false,
		"2024-02": true, "2024-01": false, "2024": true, "2023": false, "": false, "bogus": false,
	} {
		assert.Equal(t, want, inRange(date, since, until), date)
	}
	assert.True(t, inRange("", time.Time{}, time.Time{}), "no bounds keeps undated facts")
}
