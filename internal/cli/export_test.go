package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	t3 "github.com/newsgraph/newsgraph/triples"
)

// exportStore writes a small made-up story into a bbolt store:
// p1 (2024-02-03): Nadia Okafor meets Tomas Berg on 2024-02-01 and says
// Veltra Bank will close; p2 (2024-04-09): Tomas Berg meets Veltra Bank's
// Ines Park on 2024-04-08.
func exportStore(t *testing.T) string {
	t.Helper()
	dsn := "bbolt:" + filepath.Join(t.TempDir(), "store")
	ctx := context.Background()
	st, err := graph.Open(ctx, dsn)
	require.NoError(t, err)
	defer st.Close()
	type tr = t3.Triple
	date := func(v string) t3.Term { return t3.Term{Kind: t3.Date, Value: v} }
	ent := func(art, slug, class, name string) []tr {
		iri := t3.EntityIRI(slug)
		return []tr{{Subject: iri, Predicate: t3.Type, Object: t3.Node(class)}, {Subject: iri, Predicate: t3.Name, Object: t3.Str(name)},
			{Subject: art, Predicate: t3.Mentions, Object: t3.Node(iri)}}
	}
	event := func(art, id string, n int, day string, who ...string) []tr {
		iri := t3.EventIRI(id, n)
		out := []tr{{Subject: iri, Predicate: t3.Type, Object: t3.Node(t3.EventClass)}, {Subject: iri, Predicate: t3.EventType, Object: t3.Str("MEET")},
			{Subject: iri, Predicate: t3.StartDate, Object: date(day)}, {Subject: iri, Predicate: t3.InArticle, Object: t3.Node(art)},
			{Subject: iri, Predicate: t3.Confidence, Object: t3.Term{Kind: t3.Float, Value: "0.8"}}}
		for _, w := range who {
			out = append(out, tr{Subject: iri, Predicate: t3.Participant, Object: t3.Node(t3.EntityIRI(w))})
		}
		return out
	}
	p1, p2 := t3.ArticleIRI("p1"), t3.ArticleIRI("p2")
	a1 := []tr{{Subject: p1, Predicate: t3.DatePublished, Object: date("2024-02-03")}}
	a1 = append(a1, ent(p1, "nadia-okafor", t3.Person, "Nadia Okafor")...)
	a1 = append(a1, ent(p1, "tomas-berg", t3.Person, "Tomas Berg")...)
	a1 = append(a1, ent(p1, "veltra-bank", t3.Organization, "Veltra Bank")...)
	a1 = append(a1, event(p1, "p1", 0, "2024-02-01", "nadia-okafor", "tomas-berg")...)
	claim := t3.ClaimIRI("p1", 0)
	a1 = append(a1, tr{Subject: claim, Predicate: t3.Text, Object: t3.Str("the bank will close")},
		tr{Subject: claim, Predicate: t3.Author, Object: t3.Node(t3.EntityIRI("nadia-okafor"))},
		tr{Subject: claim, Predicate: t3.About, Object: t3.Node(t3.EntityIRI("veltra-bank"))},
		tr{Subject: claim, Predicate: t3.InArticle, Object: t3.Node(p1)})
	a2 := []tr{{Subject: p2, Predicate: t3.DatePublished, Object: date("2024-04-09")}}
	a2 = append(a2, ent(p2, "tomas-berg", t3.Person, "Tomas Berg")...)
	a2 = append(a2, ent(p2, "ines-park", t3.Person, "Ines Park")...)
	a2 = append(a2, event(p2, "p2", 0, "2024-04-08", "tomas-berg", "ines-park")...)
	for id, ts := range map[string][]tr{"p1": a1, "p2": a2} {
		_, err := st.Load(ctx, t3.Article{ID: id, IRI: t3.ArticleIRI(id), Triples: ts})
		require.NoError(t, err)
	}
	return dsn
}

func runMain(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExportUsageErrors(t *testing.T) {
	db := "bbolt:" + filepath.Join(t.TempDir(), "never-created")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "needs --format"},
		{[]string{"export", "--format", "pdf"}, `unknown export format "pdf"`},
		{[]string{"export", "--format", "csv"}, "-o DIR"},
		{[]string{"export", "--format", "neo4j", "-o", "-"}, "-o DIR"},
		{[]string{"export", "--format", "dot", "--hops", "2"}, "--hops needs --entity"},
		{[]string{"export", "--format", "dot", "--since", "2024-13-01"}, "--since"},
		{[]string{"export", "--format", "dot", "--types", "person,planet"}, `"planet"`},
		{[]string{"export", "--format", "dot", "--since", "2024-03-01", "--until", "2024-02-01"}, "before"},
	} {
		code, _, stderr := runMain(append(c.args, "--db", db)...)
		assert.Equal(t, ExitUsage, code, "%v", c.args)
		assert.Contains(t, stderr, c.want, "%v", c.args)
	}
	_, err := os.Stat(strings.TrimPrefix(db, "bbolt:"))
	assert.True(t, os.IsNotExist(err), "bad usage opens no store")
}

func TestExportFilesAndFilters(t *testing.T) {
	db := exportStore(t)
	dir := t.TempDir()

	// GEXF 1.3 to a file, valid against the schema (the default 1.2draft,
	// for networkx, is read by TestExportsReadByNetworkxAndRdflib).
	gexf := filepath.Join(dir, "story.gexf")
	code, _, stderr := runMain("export", "--db", db, "--format", "gexf", "--gexf-version", "1.3", "-o", gexf)
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, stderr, "exported 4 nodes, 3 edges to "+gexf)
	if xmllint, err := exec.LookPath("xmllint"); err == nil {
		out, err := exec.Command(xmllint, "--noout", "--schema", "../../../shared/schemas/gexf-1.3/gexf.xsd", gexf).CombinedOutput()
		assert.NoError(t, err, "%s", out)
	} else {
		t.Log("xmllint not installed (apt-get install libxml2-utils): GEXF schema check skipped")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	assert.Empty(t, leftovers, "no temporary files left")

	// CSV tables into a directory.
	tables := filepath.Join(dir, "tables")
	code, _, stderr = runMain("export", "--db", db, "--format", "csv", "-o", tables)
	require.Equal(t, ExitOK, code, stderr)
	rows := readCSVFile(t, filepath.Join(tables, "nodes.csv"))
	assert.Equal(t, "Id", rows[0][0])
	assert.Len(t, rows, 5)
	rows = readCSVFile(t, filepath.Join(tables, "edges.csv"))
	assert.Equal(t, []string{"Source", "Target", "Type"}, rows[0][:3])
	assert.Len(t, rows, 4, "a header, two meetings and a claim")

	neo := filepath.Join(dir, "neo")
	code, _, stderr = runMain("export", "--db", db, "--format", "neo4j", "-o", neo)
	require.Equal(t, ExitOK, code, stderr)
	rows = readCSVFile(t, filepath.Join(neo, "relationships.csv"))
	assert.Equal(t, ":START_ID", rows[0][0])

	// The neighbourhood of Nadia, one hop: not Ines.
	code, out, stderr := runMain("export", "--db", db, "--format", "cytoscape", "--entity", "nadia okafor")
	require.Equal(t, ExitOK, code, stderr)
	assert.ElementsMatch(t, []string{"Nadia Okafor", "Tomas Berg", "Veltra Bank"}, cyLabels(t, out))
	code, out, _ = runMain("export", "--db", db, "--format", "cytoscape", "--entity", "Nadia Okafor", "--hops", "2")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, cyLabels(t, out), "Ines Park")

	// Dates and types.
	code, out, _ = runMain("export", "--db", db, "--format", "cytoscape", "--since", "2024-04-01")
	require.Equal(t, ExitOK, code)
	assert.ElementsMatch(t, []string{"Tomas Berg", "Ines Park"}, cyLabels(t, out))
	code, out, _ = runMain("export", "--db", db, "--format", "cytoscape", "--types", "Organization")
	require.Equal(t, ExitOK, code)
	assert.Equal(t, []string{"Veltra Bank"}, cyLabels(t, out))

	code, _, stderr = runMain("export", "--db", db, "--format", "dot", "--entity", "Nobody Known")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, stderr, `no entity named "Nobody Known"`)

	// N-Quads on stdout, every quad labelled with its article.
	code, out, stderr = runMain("export", "--db", db, "--format", "nquads")
	require.Equal(t, ExitOK, code, stderr)
	r := nquads.NewReader(strings.NewReader(out), false)
	n := 0
	for q, err := r.ReadQuad(); err == nil; q, err = r.ReadQuad() {
		assert.Contains(t, []quad.Value{quad.IRI(t3.ArticleIRI("p1")), quad.IRI(t3.ArticleIRI("p2"))}, q.Label)
		n++
	}
	assert.Equal(t, strings.Count(out, "\n"), n)
	assert.Positive(t, n)
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	return rows
}

func cyLabels(t *testing.T, out string) []string {
	t.Helper()
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data struct{ Label string } `json:"data"`
			} `json:"nodes"`
		} `json:"elements"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	var labels []string
	for _, n := range doc.Elements.Nodes {
		labels = append(labels, n.Data.Label)
	}
	return labels
}

// TestExportSeedsTimeline builds the seed articles and checks that the GEXF
// timeline orders the event edges by date.
func TestExportSeedsTimeline(t *testing.T) {
	db := buildSeeds(t)
	code, out, stderr := runMain("export", "--db", db, "--format", "gexf")
	require.Equal(t, ExitOK, code, stderr)
	var doc struct {
		Edges []struct {
			Start string `xml:"start,attr"`
			Atts  []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"graph>edges>edge"`
	}
	require.NoError(t, xml.Unmarshal([]byte(out), &doc))
	var starts []string
	for _, e := range doc.Edges {
		for _, a := range e.Atts {
			if a.For == "kind" && a.Value == "event" && e.Start != "" {
				starts = append(starts, e.Start)
			}
		}
	}
	require.GreaterOrEqual(t, len(starts), 2, "the seeds report dated events between people")
	assert.IsNonDecreasing(t, starts)
}

// queryStore writes a story for export --query into a bbolt store (q1,
// 2024-05-02): Ada Lind meets Bo Sand in Oslo and meets Cy Roe; Cy Roe
// meets Dag Voss; Bo Sand and Erin Falk are arrested; Ada Lind says Fia Moe
// will win, to Gil Holm; Hal Berg is only mentioned. A second person named
// "Cy Roe" (cy-roe-2) appears in q2, in nothing Ada took part in.
func queryStore(t *testing.T) string {
	t.Helper()
	dsn := "bbolt:" + filepath.Join(t.TempDir(), "store")
	ctx := context.Background()
	st, err := graph.Open(ctx, dsn)
	require.NoError(t, err)
	defer st.Close()
	type tr = t3.Triple
	ents := func(art string, people ...string) []tr {
		var out []tr
		for i := 0; i+1 < len(people); i += 2 {
			iri := t3.EntityIRI(people[i])
			class := t3.Person
			if people[i] == "oslo" {
				class = t3.Place
			}
			out = append(out, tr{Subject: iri, Predicate: t3.Type, Object: t3.Node(class)},
				tr{Subject: iri, Predicate: t3.Name, Object: t3.Str(people[i+1])},
				tr{Subject: art, Predicate: t3.Mentions, Object: t3.Node(iri)})
		}
		return out
	}
	event := func(art, id string, n int, typ, place string, who ...string) []tr {
		iri := t3.EventIRI(id, n)
		out := []tr{{Subject: iri, Predicate: t3.Type, Object: t3.Node(t3.EventClass)}, {Subject: iri, Predicate: t3.EventType, Object: t3.Str(typ)},
			{Subject: iri, Predicate: t3.StartDate, Object: t3.Term{Kind: t3.Date, Value: "2024-05-01"}},
			{Subject: iri, Predicate: t3.InArticle, Object: t3.Node(art)}}
		if place != "" {
			out = append(out, tr{Subject: iri, Predicate: t3.Location, Object: t3.Node(t3.EntityIRI(place))})
		}
		for _, w := range who {
			out = append(out, tr{Subject: iri, Predicate: t3.Participant, Object: t3.Node(t3.EntityIRI(w))})
		}
		return out
	}
	q1, q2 := t3.ArticleIRI("q1"), t3.ArticleIRI("q2")
	a1 := []tr{{Subject: q1, Predicate: t3.DatePublished, Object: t3.Term{Kind: t3.Date, Value: "2024-05-02"}}}
	a1 = append(a1, ents(q1, "ada-lind", "Ada Lind", "bo-sand", "Bo Sand", "cy-roe", "Cy Roe", "dag-voss", "Dag Voss",
		"erin-falk", "Erin Falk", "fia-moe", "Fia Moe", "gil-holm", "Gil Holm", "hal-berg", "Hal Berg", "oslo", "Oslo")...)
	a1 = append(a1, event(q1, "q1", 0, "MEET", "oslo", "ada-lind", "bo-sand")...)
	a1 = append(a1, event(q1, "q1", 1, "MEET", "", "ada-lind", "cy-roe")...)
	a1 = append(a1, event(q1, "q1", 2, "MEET", "", "cy-roe", "dag-voss")...)
	a1 = append(a1, event(q1, "q1", 3, "ARREST", "", "bo-sand", "erin-falk")...)
	claim := t3.ClaimIRI("q1", 0)
	a1 = append(a1, tr{Subject: claim, Predicate: t3.Type, Object: t3.Node(t3.Claim)},
		tr{Subject: claim, Predicate: t3.Text, Object: t3.Str("Fia Moe will win")},
		tr{Subject: claim, Predicate: t3.Author, Object: t3.Node(t3.EntityIRI("ada-lind"))},
		tr{Subject: claim, Predicate: t3.About, Object: t3.Node(t3.EntityIRI("fia-moe"))},
		tr{Subject: claim, Predicate: t3.Addressee, Object: t3.Node(t3.EntityIRI("gil-holm"))},
		tr{Subject: claim, Predicate: t3.InArticle, Object: t3.Node(q1)})
	a2 := []tr{{Subject: q2, Predicate: t3.DatePublished, Object: t3.Term{Kind: t3.Date, Value: "2024-05-03"}}}
	a2 = append(a2, ents(q2, "cy-roe-2", "Cy Roe", "hal-berg", "Hal Berg")...)
	a2 = append(a2, event(q2, "q2", 0, "MEET", "", "cy-roe-2", "hal-berg")...)
	for id, ts := range map[string][]tr{"q1": a1, "q2": a2} {
		_, err := st.Load(ctx, t3.Article{ID: id, IRI: t3.ArticleIRI(id), Triples: ts})
		require.NoError(t, err)
	}
	return dsn
}

// cyGraph reads a cytoscape export: node IRIs, and edges as
// "SOURCE RELATION TARGET" with the entity slugs.
func cyGraph(t *testing.T, out string) (nodes, edges []string) {
	t.Helper()
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data struct{ ID string } `json:"data"`
			} `json:"nodes"`
			Edges []struct {
				Data struct{ Source, Target, Relation string } `json:"data"`
			} `json:"edges"`
		} `json:"elements"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	slug := func(iri string) string { return strings.TrimPrefix(iri, "urn:newsgraph:entity:") }
	for _, n := range doc.Elements.Nodes {
		nodes = append(nodes, slug(n.Data.ID))
	}
	for _, e := range doc.Elements.Edges {
		edges = append(edges, slug(e.Data.Source)+" "+e.Data.Relation+" "+slug(e.Data.Target))
	}
	return nodes, edges
}

func TestExportQuery(t *testing.T) {
	db := queryStore(t)

	// Whom Ada met, and where: not whom they met, not whom she spoke of,
	// not the other Cy Roe.
	code, out, stderr := runMain("export", "--db", db, "--format", "cytoscape", "--query", "met", "ada lind")
	require.Equal(t, ExitOK, code, stderr)
	nodes, edges := cyGraph(t, out)
	assert.ElementsMatch(t, []string{"ada-lind", "bo-sand", "cy-roe", "oslo"}, nodes)
	assert.Subset(t, edges, []string{"ada-lind MEET bo-sand", "ada-lind MEET cy-roe", "ada-lind MEET oslo", "bo-sand MEET oslo"}, "%v", edges)
	for _, e := range edges {
		assert.NotContains(t, e, "dag-voss")
	}

	// --hops widens it from every entity the query touched.
	code, out, stderr = runMain("export", "--db", db, "--format", "cytoscape", "--query", "met", "Ada Lind", "--hops", "1")
	require.Equal(t, ExitOK, code, stderr)
	nodes, _ = cyGraph(t, out)
	assert.ElementsMatch(t, []string{"ada-lind", "bo-sand", "cy-roe", "oslo", "dag-voss", "erin-falk", "fia-moe", "gil-holm"}, nodes)

	// The type filter applies to what the rows name, not to the argument.
	code, out, stderr = runMain("export", "--db", db, "--format", "cytoscape", "--types", "person", "--query", "met", "Ada Lind")
	require.Equal(t, ExitOK, code, stderr)
	nodes, _ = cyGraph(t, out)
	assert.ElementsMatch(t, []string{"ada-lind", "bo-sand", "cy-roe"}, nodes)

	// Other queries: what Ada said (to Gil, about Fia); the path Ada -> Dag.
	code, out, stderr = runMain("export", "--db", db, "--format", "cytoscape", "--query", "said", "Ada Lind")
	require.Equal(t, ExitOK, code, stderr)
	nodes, edges = cyGraph(t, out)
	assert.ElementsMatch(t, []string{"ada-lind", "fia-moe", "gil-holm"}, nodes)
	assert.ElementsMatch(t, []string{"ada-lind SAID_ABOUT fia-moe", "ada-lind SPOKE_TO gil-holm"}, edges)
	code, out, stderr = runMain("export", "--db", db, "--format", "cytoscape", "--query", "path", "Ada Lind", "Dag Voss")
	require.Equal(t, ExitOK, code, stderr)
	nodes, _ = cyGraph(t, out)
	assert.ElementsMatch(t, []string{"ada-lind", "cy-roe", "dag-voss"}, nodes)

	// RDF formats select the same entities.
	code, out, stderr = runMain("export", "--db", db, "--format", "nquads", "--query", "met", "Ada Lind")
	require.Equal(t, ExitOK, code, stderr)
	assert.Contains(t, out, "<urn:newsgraph:entity:bo-sand>")
	assert.Contains(t, out, "<urn:newsgraph:entity:oslo>")
	assert.NotContains(t, out, "<urn:newsgraph:entity:dag-voss>")
	assert.NotContains(t, out, "<urn:newsgraph:entity:fia-moe>")

	// ask prints the same rows without the hidden field.
	ask := func(format string) string {
		code, out, stderr := runMain("ask", "--db", db, "--format", format, "met", "Ada Lind")
		require.Equal(t, ExitOK, code, stderr)
		return out
	}
	js := ask("json")
	assert.Contains(t, js, `"met":"Bo Sand"`)
	assert.NotContains(t, js, "_iris")
	assert.NotContains(t, js, "urn:newsgraph:entity:")
	assert.NotContains(t, strings.ToLower(ask("table")), "_iris")

	code, _, stderr = runMain("export", "--db", db, "--format", "dot", "--query", "met", "Nobody Known")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, stderr, `no entity named "Nobody Known"`)
}

func TestExportQueryUsageErrors(t *testing.T) {
	db := "bbolt:" + filepath.Join(t.TempDir(), "never-created")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--format", "dot", "Ada Lind"}, "only after --query"},
		{[]string{"export", "--format", "dot", "--query", "met"}, "usage: newsgraph export --format F --query met PERSON"},
		{[]string{"export", "--format", "dot", "--query", "path", "A"}, "--query path A B"},
		{[]string{"export", "--format", "dot", "--query", "nosuch", "A"}, `no query named "nosuch"`},
		{[]string{"export", "--format", "dot", "--query", "conflicts"}, "computed in Go"},
		{[]string{"export", "--format", "dot", "--query", "met", "A", "--entity", "B"}, "--query and --entity"},
		{[]string{"export", "--format", "dot", "--query", "met", "A", "--hops", "-1"}, "--hops must be 0 or more"},
	} {
		code, _, stderr := runMain(append(c.args, "--db", db)...)
		assert.Equal(t, ExitUsage, code, "%v: %s", c.args, stderr)
		assert.Contains(t, stderr, c.want, "%v", c.args)
	}
	_, err := os.Stat(strings.TrimPrefix(db, "bbolt:"))
	assert.True(t, os.IsNotExist(err), "bad usage opens no store")
}
