package export

// FuzzExport writes a small graph whose names, aliases, evidence, claim
// text, event type, dates and confidence are fuzzed in every format, and
// checks that each output is well formed for the tool that reads it.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	t3 "github.com/newsgraph/newsgraph/triples"
)

// fuzzArticles is the story of the fixture told with fuzzed strings.
func fuzzArticles(name, alias, evidence, text, typ, date, conf string) []t3.Article {
	a := newArt("fz-1", "2024-03-05")
	x := a.entity("fz-x", t3.Person, name, alias, name+alias)
	y := a.entity("fz-y", t3.Organization, alias+" Corp")
	p := a.entity("fz-p", t3.Place, evidence)
	a.mention(x, 0, 3, name)
	a.event(0, typ, date, conf, evidence, role{t3.Participant, x}, role{t3.Participant, y}, role{t3.Location, p})
	a.claim(0, text, date, role{t3.Author, x}, role{t3.About, y}, role{t3.Addressee, x})
	rel := t3.RelationIRI("fz-1", 0)
	a.add(x, t3.RelationPredicate("employer"), t3.Node(y))
	a.add(rel, t3.Type, t3.Node(t3.RelationClass))
	a.add(rel, t3.RelationType, t3.Str(typ))
	a.add(rel, t3.Holder, t3.Node(x))
	a.add(rel, t3.Relative, t3.Node(y))
	a.add(rel, t3.InArticle, t3.Node(a.IRI))
	a.add(rel, t3.Evidence, t3.Str(text))
	b := newArt("fz-2", date)
	b.entity("fz-x", t3.Person, alias)
	b.event(0, typ, "", conf, text, role{t3.Participant, x}, role{t3.Agent, y})
	return []t3.Article{a.Article, b.Article}
}

func FuzzExport(f *testing.F) {
	for _, s := range [][7]string{
		{"Alice Moreau", "Ms Moreau", "Alice met Bob.", "Acme will grow & <thrive>", "MEET", "2024-03-01", "0.9"},
		{"\u202eevil\u202c", "\u200b", "a\x00b\x01c\x1f", "\"quoted\" 'single' \\back\\slash", "SAID ABOUT", "2024-05", "1"},
		{"name;with;semicolons", "a,b", "line\nbreak\r\nand\rcr", "tab\there", "", "2024", "0"},
		{"]]>", "<!--", "-->", "<?xml?>", "A->B", "0001-01-01", "0.5"},
		{"\ufffe\uffff", "\U0001F469\u200d\U0001F469", "e\u0301\u0301\u0301", "\u2028\u2029\u0085", "événement", "9999-12-31", "1e-300"},
		{strings.Repeat("x", 5000), "}", "{", "digraph { a -> b }", "\"", "not a date", "0.25"},
	} {
		f.Add(s[0], s[1], s[2], s[3], s[4], s[5], s[6])
	}
	f.Fuzz(func(t *testing.T, name, alias, evidence, text, typ, date, conf string) {
		// the readers only produce valid UTF-8 (FuzzReadText, FuzzReadJSONL)
		fix := func(s string) string { return strings.ToValidUTF8(s, "\ufffd") }
		name, alias, evidence, text, typ, date, conf = fix(name), fix(alias), fix(evidence), fix(text), fix(typ), fix(date), fix(conf)
		ctx := context.Background()
		st, err := graph.Open(ctx, "memory:")
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, a := range fuzzArticles(name, alias, evidence, text, typ, date, conf) {
			if _, err := st.Load(ctx, a); err != nil {
				return // a value graph refuses (an impossible date, a bad float): not an export matter
			}
		}
		g, err := Build(ctx, st.QuadStore(), Options{})
		if err != nil {
			t.Fatalf("build: %v", err)
		}
		if len(g.Nodes) == 0 {
			t.Fatal("no nodes")
		}
		var b, b2 bytes.Buffer
		write := func(format string, fn func() error) string {
			b.Reset()
			b2.Reset()
			if err := fn(); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			return b.String()
		}
		for _, f := range []struct {
			format string
			fn     func() error
		}{
			{"graphml", func() error { return WriteGraphML(&b, g) }},
			{"gexf", func() error { return WriteGEXF(&b, g) }},
		} {
			out := write(f.format, f.fn)
			checkXML(t, f.format, out, len(g.Nodes))
		}
		if out := write("cytoscape", func() error { return WriteCytoscape(&b, g) }); !json.Valid([]byte(out)) {
			t.Fatalf("cytoscape: invalid JSON:\n%.2000s", out)
		}
		write("csv", func() error { return WriteCSV(&b, &b2, g) })
		checkCSV(t, "csv nodes", b.String(), len(g.Nodes))
		checkCSV(t, "csv edges", b2.String(), len(g.Edges))
		write("neo4j", func() error { return WriteNeo4j(&b, &b2, g) })
		checkCSV(t, "neo4j nodes", b.String(), len(g.Nodes))
		checkCSV(t, "neo4j relationships", b2.String(), len(g.Edges))
		checkDOT(t, write("dot", func() error { return WriteDOT(&b, g) }))

		var n int
		out := write("nquads", func() (err error) { n, err = WriteNQuads(ctx, &b, st.QuadStore(), nil); return err })
		r := nquads.NewReader(strings.NewReader(out), false)
		read := 0
		for {
			_, err := r.ReadQuad()
			if err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("nquads: quad %d does not parse: %v\n%.2000s", read, err, out)
			}
			read++
		}
		if read != n {
			t.Fatalf("nquads: wrote %d quads, %d parse back", n, read)
		}
		out = write("jsonld", func() (err error) { _, err = WriteJSONLD(ctx, &b, st, nil); return err })
		if !json.Valid([]byte(out)) {
			t.Fatalf("jsonld: invalid JSON:\n%.2000s", out)
		}
	})
}

// checkXML fails unless doc is well-formed XML (every token decodes, no
// character XML 1.0 forbids) with nodes <node> elements.
func checkXML(t *testing.T, format, doc string, nodes int) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	found := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("%s: not well-formed: %v\n%.2000s", format, err, doc)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "node" {
			found++
		}
	}
	if found != nodes {
		t.Fatalf("%s: %d <node> elements for %d nodes", format, found, nodes)
	}
}

// checkCSV fails unless doc parses as CSV with a header and rows records,
// all as wide as the header.
func checkCSV(t *testing.T, what, doc string, rows int) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(doc)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v\n%.2000s", what, err, doc)
	}
	if len(recs) != rows+1 {
		t.Fatalf("%s: %d records for %d rows and a header", what, len(recs), rows)
	}
}

// checkDOT checks what can go wrong in DOT written line by line: every
// statement is one line whose double-quoted strings close on it (a raw
// newline or an unescaped quote in a label would break the file).
func checkDOT(t *testing.T, doc string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(doc, "\n"), "\n")
	if lines[0] != "digraph newsgraph {" || lines[len(lines)-1] != "}" {
		t.Fatalf("dot: not one digraph:\n%.2000s", doc)
	}
	for _, l := range lines[1 : len(lines)-1] {
		in := false
		for i := 0; i < len(l); i++ {
			switch {
			case in && l[i] == '\\':
				i++
			case l[i] == '"':
				in = !in
			}
		}
		if in || !strings.HasSuffix(l, ";") {
			t.Fatalf("dot: broken statement %q", l)
		}
	}
}
