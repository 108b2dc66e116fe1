package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gexfSchema is the GEXF 1.3 schema in the shared data directory.
const gexfSchema = "../../../shared/schemas/gexf-1.3/gexf.xsd"

// tool returns the path of an external program or skips the test.
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (apt-get install %s); skipping the check it runs", name, pkg)
	}
	return p
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func TestGEXFValidatesAndPlaysInOrder(t *testing.T) {
	g := build(t, Options{})
	var b bytes.Buffer
	require.NoError(t, WriteGEXFVersion(&b, g, GEXF13))

	var doc struct {
		XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
		Graph   struct {
			Mode       string `xml:"mode,attr"`
			TimeFormat string `xml:"timeformat,attr"`
			Nodes      []struct {
				ID    string `xml:"id,attr"`
				Label string `xml:"label,attr"`
				Start string `xml:"start,attr"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Label  string `xml:"label,attr"`
				Type   string `xml:"type,attr"`
				Start  string `xml:"start,attr"`
				End    string `xml:"end,attr"`
				Kind   string `xml:"kind,attr"`
				Atts   []struct {
					For   string `xml:"for,attr"`
					Value string `xml:"value,attr"`
				} `xml:"attvalues>attvalue"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	require.NoError(t, xml.Unmarshal(b.Bytes(), &doc))
	assert.Equal(t, "dynamic", doc.Graph.Mode)
	assert.Equal(t, "date", doc.Graph.TimeFormat)
	require.Len(t, doc.Graph.Nodes, 7)
	require.Len(t, doc.Graph.Edges, 8)
	labels := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		labels[n.ID] = n.Label
		assert.Len(t, n.Start, 10, "every node of the fixture has a full start date: %s", n.ID)
	}
	assert.Equal(t, "Alice Moreau", labels[alice])
	prev := ""
	for _, e := range doc.Graph.Edges {
		assert.NotEmpty(t, labels[e.Source])
		assert.NotEmpty(t, labels[e.Target])
		assert.Len(t, e.Start, 10, "partial dates are padded: %+v", e)
		assert.GreaterOrEqual(t, e.Start, prev, "edges in date order")
		prev = e.Start
	}
	assert.Equal(t, "", doc.Graph.Edges[0].Type, "every edge is directed (the default)")
	assert.Contains(t, doc.Graph.Edges[0].Atts, struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}{"symmetric", "true"}, "the meeting of Alice and Bob")
	assert.Equal(t, doc.Graph.Edges[0].Start, doc.Graph.Edges[0].End, "an event happens on its day")
	var evidence string
	for _, e := range doc.Graph.Edges {
		if e.Label == SaidAbout {
			for _, a := range e.Atts {
				if a.For == "evidence" {
					evidence = a.Value
				}
			}
		}
		if e.Label == "ACQUIRE" {
			assert.Equal(t, "2024-05-01", e.Start)
			assert.Equal(t, "2024-05-31", e.End, "a month-only date ends with its month")
		}
		assert.Equal(t, e.Label, e.Kind, "GEXF 1.3 edge kinds")
	}
	assert.Equal(t, "Acme will grow & <thrive>", evidence, "escaped and read back")

	xmllint := tool(t, "xmllint", "libxml2-utils")
	path := writeTemp(t, "g.gexf", b.Bytes())
	out, err := exec.Command(xmllint, "--noout", "--schema", gexfSchema, path).CombinedOutput()
	assert.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "validates")

	// an empty selection is still a valid document
	b.Reset()
	require.NoError(t, WriteGEXFVersion(&b, &Graph{}, GEXF13))
	out, err = exec.Command(xmllint, "--noout", "--schema", gexfSchema, writeTemp(t, "e.gexf", b.Bytes())).CombinedOutput()
	assert.NoError(t, err, "%s", out)
}

func TestGraphMLStructure(t *testing.T) {
	g := build(t, Options{})
	var b bytes.Buffer
	require.NoError(t, WriteGraphML(&b, g))

	type data struct {
		Key   string `xml:"key,attr"`
		Text  string `xml:",chardata"`
		YNode string `xml:"ShapeNode>NodeLabel"`
		YEdge string `xml:"PolyLineEdge>EdgeLabel"`
	}
	var doc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []struct {
			ID    string `xml:"id,attr"`
			For   string `xml:"for,attr"`
			Name  string `xml:"attr.name,attr"`
			YType string `xml:"yfiles.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []data `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source   string `xml:"source,attr"`
				Target   string `xml:"target,attr"`
				Directed string `xml:"directed,attr"`
				Data     []data `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	require.NoError(t, xml.Unmarshal(b.Bytes(), &doc))
	keyFor := map[string]string{}
	for _, k := range doc.Keys {
		_, dup := keyFor[k.ID]
		assert.False(t, dup, "key ids are unique: %s", k.ID)
		keyFor[k.ID] = k.For
	}
	assert.Equal(t, "nodegraphics", doc.Keys[6].YType)
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		vals := map[string]data{}
		for _, d := range n.Data {
			assert.Equal(t, "node", keyFor[d.Key], "data key %s declared for nodes", d.Key)
			vals[d.Key] = d
		}
		assert.NotEmpty(t, vals["label"].Text)
		assert.Equal(t, vals["label"].Text, vals["nodegraphics"].YNode, "yEd label = label")
		if n.ID == alice {
			assert.Equal(t, "Alice Moreau", vals["label"].Text)
			assert.Equal(t, "2", vals["mentions"].Text)
			assert.Equal(t, "Alice; Ms Moreau", vals["aliases"].Text)
		}
	}
	require.Len(t, doc.Graph.Edges, 8)
	for _, e := range doc.Graph.Edges {
		assert.True(t, ids[e.Source] && ids[e.Target], "edge ends are nodes")
		vals := map[string]data{}
		for _, d := range e.Data {
			assert.Equal(t, "edge", keyFor[d.Key], "data key %s declared for edges", d.Key)
			vals[d.Key] = d
		}
		assert.Equal(t, vals["elabel"].Text, vals["edgegraphics"].YEdge)
		assert.NotEmpty(t, vals["articles"].Text)
	}
	first := doc.Graph.Edges[0]
	assert.Equal(t, "", first.Directed, "no edge overrides edgedefault: one kind of graph")
	assert.Equal(t, "directed", doc.Graph.EdgeDefault)
	for _, d := range first.Data {
		if d.Key == "symmetric" {
			assert.Equal(t, "true", d.Text, "the meeting of Alice and Bob is symmetric")
		}
	}

	xmllint := tool(t, "xmllint", "libxml2-utils")
	out, err := exec.Command(xmllint, "--noout", writeTemp(t, "g.graphml", b.Bytes())).CombinedOutput()
	assert.NoError(t, err, "well-formed: %s", out)
}

func TestDOTRenders(t *testing.T) {
	g := build(t, Options{})
	var b bytes.Buffer
	require.NoError(t, WriteDOT(&b, g))
	s := b.String()
	assert.Contains(t, s, `label="Alice Moreau"`)
	assert.Contains(t, s, `tooltip="Alice Moreau met \"Bob\" Tran in Lyon."`, "quotes escaped")
	assert.Contains(t, s, "dir=none", "co-participation is undirected")

	dot := tool(t, "dot", "graphviz")
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = &b
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	require.NoError(t, cmd.Run(), errb.String())
	assert.Empty(t, errb.String(), "no warnings")
	svg := out.String()
	assert.Contains(t, svg, "Alice Moreau")
	assert.Contains(t, svg, "ACQUIRE")
	assert.Contains(t, svg, "Acme will grow &amp; &lt;thrive&gt;", "evidence as tooltip")
}

func TestCytoscapeJSON(t *testing.T) {
	g := build(t, Options{})
	var b bytes.Buffer
	require.NoError(t, WriteCytoscape(&b, g))
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	require.Len(t, doc.Elements.Nodes, 7)
	require.Len(t, doc.Elements.Edges, 8)
	ids := map[any]bool{}
	for _, n := range doc.Elements.Nodes {
		ids[n.Data["id"]] = true
		assert.NotEmpty(t, n.Data["label"])
		if n.Data["id"] == bob {
			assert.Equal(t, "Bob Tran", n.Data["label"])
			assert.EqualValues(t, 3, n.Data["mentions"])
		}
	}
	for _, e := range doc.Elements.Edges {
		assert.True(t, ids[e.Data["source"]] && ids[e.Data["target"]])
		assert.Equal(t, e.Data["label"], e.Data["relation"])
	}
	first := doc.Elements.Edges[0].Data
	assert.Equal(t, []any{"a1", "c3"}, first["articles"])
	assert.EqualValues(t, 0.9, first["confidence"])
	for _, e := range doc.Elements.Edges {
		if e.Data["relation"] == SpokeTo {
			assert.NotContains(t, e.Data, "confidence", "unknown confidence is left out")
		}
	}
}

func readCSV(t *testing.T, b *bytes.Buffer) [][]string {
	t.Helper()
	rows, err := csv.NewReader(b).ReadAll()
	require.NoError(t, err)
	return rows
}

func TestCSV(t *testing.T) {
	g := build(t, Options{})
	var nodes, edges bytes.Buffer
	require.NoError(t, WriteCSV(&nodes, &edges, g))
	nr, er := readCSV(t, &nodes), readCSV(t, &edges)
	assert.Equal(t, []string{"Id", "Label", "Kind", "Type", "Mentions", "Aliases", "Start"}, nr[0])
	assert.Len(t, nr, 8)
	assert.Equal(t, []string{"Source", "Target", "Type", "Id", "Label", "Kind", "Date", "Articles", "Confidence", "Evidence", "Weight"}, er[0])
	require.Len(t, er, 9)
	assert.Equal(t, []string{alice, bob, "Undirected", "e0", "MEET", "event", "2024-03-01", "a1; c3", "0.9", `Alice Moreau met "Bob" Tran in Lyon.`, "2"}, er[1])
}

func TestNeo4jCSV(t *testing.T) {
	g := build(t, Options{EventNodes: true})
	var nodes, rels bytes.Buffer
	require.NoError(t, WriteNeo4j(&nodes, &rels, g))
	nr, rr := readCSV(t, &nodes), readCSV(t, &rels)
	assert.Equal(t, []string{"id:ID", "name", ":LABEL", "kind", "type", "mentions:int", "aliases:string[]", "start"}, nr[0])
	assert.Equal(t, []string{":START_ID", ":END_ID", ":TYPE", "kind", "directed:boolean", "date", "articles:string[]", "confidence:float", "evidence", "weight:int"}, rr[0])
	labels := map[string]string{}
	for _, r := range nr[1:] {
		labels[r[0]] = r[2]
		if r[0] == alice {
			assert.Equal(t, "Alice;Ms Moreau", r[6])
		}
	}
	assert.Equal(t, "Entity;Person", labels[alice])
	assert.Equal(t, "Entity;NamedEvent", labels[fair])
	assert.Equal(t, "Fact;Event", labels["urn:newsgraph:event:a1:0"])
	assert.Equal(t, "Fact;Claim", labels["urn:newsgraph:claim:a1:0"])
	for _, r := range rr[1:] {
		assert.NotEmpty(t, r[2], "relationship type")
		assert.False(t, strings.ContainsAny(r[2], " -"), r[2])
		assert.NotEmpty(t, labels[r[0]], "start node exists")
		assert.NotEmpty(t, labels[r[1]], "end node exists")
	}
}

// The default GEXF is 1.2draft, the version networkx reads: its namespace,
// no 1.3-only attributes, and the same nodes and edges as 1.3.
func TestGEXF12ForNetworkx(t *testing.T) {
	g := build(t, Options{})
	var b12, b13 bytes.Buffer
	require.NoError(t, WriteGEXF(&b12, g))
	require.NoError(t, WriteGEXFVersion(&b13, g, GEXF13))
	s := b12.String()
	assert.Contains(t, s, `<gexf xmlns="http://www.gexf.net/1.2draft"`)
	assert.Contains(t, s, `version="1.2"`)
	assert.NotContains(t, s, "timerepresentation")
	assert.NotContains(t, s, " kind=")
	assert.Equal(t, strings.Count(b13.String(), "<edge "), strings.Count(s, "<edge "))
	assert.Equal(t, strings.Count(b13.String(), "<node "), strings.Count(s, "<node "))
	assert.Error(t, WriteGEXFVersion(&b12, g, "1.4"))
}
