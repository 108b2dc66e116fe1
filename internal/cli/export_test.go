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

	// GEXF to a file, valid against the schema.
	gexf := filepath.Join(dir, "story.gexf")
	code, _, stderr := runMain("export", "--db", db, "--format", "gexf", "-o", gexf)
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
