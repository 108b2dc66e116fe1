package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph/export"
)

// pythonWith finds a Python 3 that imports modules: Debian's
// /usr/bin/python3 first, where apt installs python3-networkx and
// python3-rdflib, then python3 on PATH. In CI (which installs them) a
// missing module fails the test; elsewhere it skips.
func pythonWith(t *testing.T, modules ...string) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		path, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(path, "-c", "import "+strings.Join(modules, ", ")).Run() == nil {
			return path
		}
	}
	msg := "no python3 with " + strings.Join(modules, ", ") + " (apt-get install python3-networkx python3-rdflib)"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// exportCounts are what read_exports.py prints.
type exportCounts struct {
	GraphML, GEXF graphCounts
	IGraph        *struct {
		Nodes, Edges int
		Directed     bool
	} `json:"igraph"`
	NQuads, JSONLD rdfCounts
	Neo4j          struct {
		Nodes, Rels int
		NodeHeaderJ []string `json:"node_header"`
		RelHeaderJ  []string `json:"rel_header"`
		Multiline   int
	}
	CSV struct{ Nodes, Edges int }
}

type graphCounts struct {
	Nodes, Edges, Symmetric, Labelled int
	Directed                          bool
	WithEnd                           int `json:"with_end"`
}

type rdfCounts struct {
	Quads, Graphs, Dated, Typed int
	ShortTypes                  int `json:"short_types"`
}

// neo4jHeader is the header syntax of neo4j-admin import: name:type, with
// the special fields :ID, :LABEL, :START_ID, :END_ID, :TYPE.
var neo4jHeader = regexp.MustCompile(`^(\w*:(ID|LABEL|START_ID|END_ID|TYPE)|\w+(:(int|long|float|double|boolean|byte|short|char|string|date|datetime)(\[\])?)?)$`)

// exportsOfAStore builds the seeds and an article with a meeting, a quote
// and a resignation into a store, exports it in every format that a tool
// reads into a directory (graph.graphml, graph.gexf, graph13.gexf,
// graph.nq, graph.jsonld, neo4j/, csv/), and returns that directory with
// the node and edge counts export reported.
func exportsOfAStore(t *testing.T) (out string, nodes, edges int) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	putFile(t, in, "harbour.txt", " date 2024-03-05 Mayor Ines Holt met the harbour master Tor Lie in Vesk on Monday. "+
		"\"The pier must close,\" Holt said.\n\nTor Lie resigned from the port authority on Tuesday.")
	db := "bbolt:" + filepath.Join(dir, "store")
	code, _, stderr := runMain("build", "--db", db, "--progress", "never", seeds, in)
	require.Equal(t, ExitOK, code, stderr)

	out = filepath.Join(dir, "out")
	require.NoError(t, os.MkdirAll(out, 0o755))
	var summary string
	for file, args := range map[string][]string{"graph.graphml": {"graphml"}, "graph.gexf": {"gexf"},
		"graph13.gexf": {"gexf", "--gexf-version", "1.3"}, "graph.nq": {"nquads"}, "graph.jsonld": {"jsonld"},
		"neo4j": {"neo4j"}, "csv": {"csv"}} {
		code, _, stderr := runMain(append([]string{"export", "--db", db, "-o", filepath.Join(out, file), "--format"}, args...)...)
		require.Equal(t, ExitOK, code, stderr)
		if file == "neo4j" {
			assert.Contains(t, stderr, export.Neo4jImportCommand(filepath.Join(out, "neo4j")))
			summary = stderr
		}
	}
	_, err := fmt.Sscanf(summary, "exported %d nodes, %d edges", &nodes, &edges)
	require.NoError(t, err, summary)
	require.Greater(t, nodes, 5)
	require.Greater(t, edges, 5)
	return out, nodes, edges
}

// graphologyModules installs graphology and its GraphML and GEXF parsers,
// at the versions testdata/graphology/package-lock.json pins, into a
// temporary directory with npm ci, and returns its node_modules. Without
// node or npm the test is skipped, except in CI, which installs both
// (.ci/run).
func graphologyModules(t *testing.T) (node, modules string) {
	t.Helper()
	node, nerr := exec.LookPath("node")
	npm, perr := exec.LookPath("npm")
	if nerr != nil || perr != nil {
		msg := "node and npm are needed to read the exports with graphology (apt-get install nodejs npm)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir := t.TempDir()
	for _, f := range []string{"package.json", "package-lock.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "graphology", f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), b, 0o644))
	}
	cmd := exec.Command(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "npm ci of testdata/graphology: %s", msg)
	return node, filepath.Join(dir, "node_modules")
}

// The GraphML and GEXF exports (1.2draft and 1.3) read by graphology, the
// graph library of JavaScript (sigma.js), into its default Graph: the same
// node and edge counts as export reports, every edge directed (the one
// edge direction policy, docs/export.md), the symmetric edges as networkx
// sees them, and a label on every node.
func TestExportsReadByGraphology(t *testing.T) {
	node, modules := graphologyModules(t)
	out, nodes, edges := exportsOfAStore(t)
	cmd := exec.Command(node, "testdata/graphology/read_exports.mjs", modules, out)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	require.NoError(t, err)
	t.Logf("graphology: %s", raw)
	type counts struct {
		Type                              string
		Multi                             bool
		Nodes, Edges, Symmetric, Labelled int
		DirectedEdges                     int `json:"directed_edges"`
	}
	var c map[string]counts
	require.NoError(t, json.Unmarshal(raw, &c), string(raw))
	require.Len(t, c, 3)
	symmetric := c["graphml"].Symmetric
	assert.Positive(t, symmetric, "co-participation edges are marked")
	for name, g := range c {
		assert.Equal(t, "directed", g.Type, name)
		assert.True(t, g.Multi, "%s: parallel edges (two relations between the same two entities) make a multigraph", name)
		assert.Equal(t, nodes, g.Nodes, name)
		assert.Equal(t, edges, g.Edges, name)
		assert.Equal(t, edges, g.DirectedEdges, name)
		assert.Equal(t, nodes, g.Labelled, name)
		assert.Equal(t, symmetric, g.Symmetric, name)
	}
}

// The exports of one store, read by networkx (GraphML, GEXF), igraph when
// installed, rdflib (N-Quads, JSON-LD, with a SPARQL date filter) and
// Python's csv module (the neo4j and Gephi tables), agree on every count.
func TestExportsReadByTheirTools(t *testing.T) {
	py := pythonWith(t, "networkx", "rdflib")
	out, nodes, edges := exportsOfAStore(t)

	cmd := exec.Command(py, "testdata/read_exports.py", out)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	require.NoError(t, err)
	var c exportCounts
	require.NoError(t, json.Unmarshal(raw, &c), string(raw))
	t.Logf("counts: %s", raw)

	for name, g := range map[string]graphCounts{"graphml": c.GraphML, "gexf": c.GEXF} {
		assert.Equal(t, nodes, g.Nodes, name)
		assert.Equal(t, edges, g.Edges, name)
		assert.True(t, g.Directed, "%s: one edge direction policy, directed", name)
		assert.Equal(t, nodes, g.Labelled, name)
		assert.Equal(t, c.GraphML.Symmetric, g.Symmetric, name)
	}
	assert.Greater(t, c.GraphML.Symmetric, 0, "co-participation edges are marked")
	assert.Greater(t, c.GEXF.WithEnd, 0, "event and claim edges end on their date")
	if c.IGraph != nil {
		assert.Equal(t, nodes, c.IGraph.Nodes, "igraph")
		assert.Equal(t, edges, c.IGraph.Edges, "igraph")
		assert.True(t, c.IGraph.Directed, "igraph")
	}
	assert.Equal(t, nodes, c.Neo4j.Nodes)
	assert.Equal(t, edges, c.Neo4j.Rels, "multiline evidence is one row each")
	assert.Equal(t, nodes, c.CSV.Nodes)
	assert.Equal(t, edges, c.CSV.Edges)
	for _, h := range append(c.Neo4j.NodeHeaderJ, c.Neo4j.RelHeaderJ...) {
		assert.Regexp(t, neo4jHeader, h, "a header neo4j-admin accepts")
	}
	assert.Contains(t, c.Neo4j.NodeHeaderJ, "id:ID")
	assert.Equal(t, []string{":START_ID", ":END_ID", ":TYPE"}, c.Neo4j.RelHeaderJ[:3])

	assert.Greater(t, c.NQuads.Quads, 100)
	assert.Equal(t, c.NQuads.Quads, c.JSONLD.Quads, "N-Quads and JSON-LD hold the same quads")
	assert.Equal(t, 3, c.NQuads.Graphs, "one named graph per article")
	assert.Equal(t, c.NQuads.Graphs, c.JSONLD.Graphs)
	assert.Greater(t, c.NQuads.Dated, 2, "SPARQL date filters match the dated facts")
	assert.Equal(t, c.NQuads.Dated, c.JSONLD.Dated)
	assert.Equal(t, c.NQuads.Typed, c.JSONLD.Typed)
	assert.Zero(t, c.NQuads.ShortTypes, "no xsd: datatypes")
	assert.Zero(t, c.JSONLD.ShortTypes, "no xsd: datatypes")

	// The documented import command is the one export prints.
	doc, err := os.ReadFile("../../docs/export.md")
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(doc), export.Neo4jImportCommand("DIR")), "docs/export.md shows %q", export.Neo4jImportCommand("DIR"))
}
