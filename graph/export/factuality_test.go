package export

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/toldtest"
	t3 "github.com/newsgraph/newsgraph/triples"
)

var (
	ada = t3.EntityIRI("ada-holm")
	cai = t3.EntityIRI("cai-berg")
)

// toldGraph builds the export model of toldtest.Meetings: Ada Holm met
// Bo Lind, did not meet Cai Berg (on his word), will meet Dag Moe.
func toldGraph(t *testing.T, o Options) *Graph {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	for _, a := range toldtest.Meetings(t) {
		_, err := st.Load(ctx, a)
		require.NoError(t, err)
	}
	g, err := Build(ctx, st.QuadStore(), o)
	require.NoError(t, err)
	return g
}

func meetEdges(g *Graph) map[string]string {
	out := map[string]string{}
	for _, e := range g.Edges {
		if e.Kind == EdgeEvent {
			out[strings.TrimPrefix(e.Source, "urn:newsgraph:entity:")+" "+strings.TrimPrefix(e.Target, "urn:newsgraph:entity:")] = e.Factuality
		}
	}
	return out
}

func TestExportKeepsOnlyEventsThatHappenedUnlessAll(t *testing.T) {
	g := toldGraph(t, Options{})
	assert.Equal(t, map[string]string{"ada-holm bo-lind": ""}, meetEdges(g), "a denied or planned meeting is no edge")
	for _, e := range g.Edges {
		assert.NotContains(t, []string{t3.EntityIRI("bergen"), t3.EntityIRI("tromsø")}, e.Target, "nor a place edge")
	}

	g = toldGraph(t, Options{All: true})
	assert.True(t, g.All)
	assert.Equal(t, map[string]string{"ada-holm bo-lind": "asserted", "ada-holm cai-berg": "denied, reported by Cai Berg",
		"ada-holm dag-moe": "planned"}, meetEdges(g))

	g = toldGraph(t, Options{All: true, EventNodes: true})
	told := map[string]string{}
	for _, n := range g.Nodes {
		if n.Kind == KindEvent {
			told[n.ID] = n.Factuality
		}
	}
	assert.ElementsMatch(t, []string{"asserted", "denied, reported by Cai Berg", "planned"}, values(told))
}

func values(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func TestWritersGiveTheFactualityOnlyWithAll(t *testing.T) {
	for _, all := range []bool{false, true} {
		g := toldGraph(t, Options{All: all})
		var gml, gexf, dot, cy, nodes, edges, n4n, n4r bytes.Buffer
		require.NoError(t, WriteGraphML(&gml, g))
		require.NoError(t, WriteGEXFVersion(&gexf, g, GEXF13))
		require.NoError(t, WriteDOT(&dot, g))
		require.NoError(t, WriteCytoscape(&cy, g))
		require.NoError(t, WriteCSV(&nodes, &edges, g))
		require.NoError(t, WriteNeo4j(&n4n, &n4r, g))
		for name, out := range map[string]string{"graphml": gml.String(), "gexf": gexf.String(), "dot": dot.String(),
			"cytoscape": cy.String(), "csv": edges.String(), "neo4j": n4r.String()} {
			if all {
				assert.Contains(t, out, "denied, reported by Cai Berg", name)
			} else {
				assert.NotContains(t, strings.ToLower(out), "factuality", name)
				assert.NotContains(t, out, "did not meet", name, "no edge has the denial as evidence")
			}
		}
		if all {
			assert.Contains(t, dot.String(), `label="MEET (planned)`, "a planned meeting does not read as one")
			var doc struct {
				Elements struct {
					Edges []struct{ Data map[string]any } `json:"edges"`
				} `json:"elements"`
			}
			require.NoError(t, json.Unmarshal(cy.Bytes(), &doc))
			require.NotEmpty(t, doc.Elements.Edges)
			for _, e := range doc.Elements.Edges {
				assert.Contains(t, e.Data, "factuality")
			}
			assert.True(t, strings.HasSuffix(strings.SplitN(nodes.String(), "\n", 2)[0], ",Factuality"))
		}
	}
}

// A partial RDF export keeps the same events as the analyst formats; the
// whole-store dump keeps every quad, the factuality with it.
func TestRDFSelectorFollowsAll(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	for _, a := range toldtest.Meetings(t) {
		_, err := st.Load(ctx, a)
		require.NoError(t, err)
	}
	denied := t3.EventIRI("t2", 0)
	for _, all := range []bool{false, true} {
		keep, err := Selector(ctx, st.QuadStore(), Options{Entities: []string{ada}, Hops: 1, All: all})
		require.NoError(t, err)
		var buf bytes.Buffer
		_, err = WriteNQuads(ctx, &buf, st.QuadStore(), keep)
		require.NoError(t, err)
		assert.Equal(t, all, strings.Contains(buf.String(), "<"+denied+">"), "all=%v", all)
		assert.Equal(t, all, strings.Contains(buf.String(), "<"+cai+">"), "all=%v: Cai Berg is linked only by the denied meeting", all)
	}
	var buf bytes.Buffer
	_, err = WriteNQuads(ctx, &buf, st.QuadStore(), nil)
	require.NoError(t, err)
	assert.Contains(t, buf.String(), quad.Quad{Subject: quad.IRI(denied), Predicate: quad.IRI(t3.Polarity),
		Object: quad.String("NEG"), Label: quad.IRI(t3.ArticleIRI("t2"))}.NQuad())
}
