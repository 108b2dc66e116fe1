package queries

// FuzzNamedQueries feeds hostile names and IRIs to the query layer the way
// `ask` and the server do: a name goes through graph.FindEntities, an IRI
// (what /api/timeline?id= and /api/claims?id= pass on) straight into a
// named query's program. No input may break out of the program's ARGS
// literal, make a query fail, or return a match that is not a stored
// entity.

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

var (
	fuzzOnce  sync.Once
	fuzzStore *graph.Store
	fuzzErr   error
)

// fuzzFixture is the store of the tests, built once per fuzz worker (the
// targets only read it).
func fuzzFixture(t *testing.T) *graph.Store {
	fuzzOnce.Do(func() {
		ctx := context.Background()
		if fuzzStore, fuzzErr = graph.Open(ctx, "memory:"); fuzzErr != nil {
			return
		}
		people := map[string]doc.EntityType{"Nora Vik": doc.Person, "Emil Dahl": doc.Person, "Bergen": doc.Place}
		for _, a := range []triples.Article{
			article("f1", "2022-04-10", "Nora Vik met Emil Dahl in Bergen. Dahl was arrested later.", people),
			article("f%zz\u202e", "2022-05-01", "Emil Dahl met Nora Vik in Bergen.", people),
		} {
			if _, fuzzErr = fuzzStore.Load(ctx, a); fuzzErr != nil {
				return
			}
		}
	})
	if fuzzErr != nil {
		t.Fatalf("fixture: %v", fuzzErr)
	}
	return fuzzStore
}

func FuzzNamedQueries(f *testing.F) {
	for _, s := range [][2]string{
		{"Nora Vik", "urn:newsgraph:entity:nora-vik"},
		{"dahl", "urn:newsgraph:entity:emil-dahl"},
		{`"]]; while (true) {} //`, `x"]]; while (true) {} //`},
		{"\u2028\u2029</script>", "urn:newsgraph:entity:\u2028\u2029"},
		{"%zz %E0%A4%A", "urn:newsgraph:article:%zz"},
		{"(.*)+$^[", "urn:newsgraph:entity:(.*)+$^["},
		{"\x00\ufffd\u200b", "<urn:newsgraph:entity:nora-vik>"},
		{"'); g.V().All(); ('", "'); g.V().All(); ('"},
		{strings.Repeat("a ", 2000), strings.Repeat("\\", 1001)},
		{"", ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, iri string) {
		// json.Marshal writes invalid UTF-8 as U+FFFD, byte by byte
		iri = strings.ToValidUTF8(iri, "\ufffd")
		for strings.Contains(iri, "\ufffd\ufffd") {
			iri = strings.ReplaceAll(iri, "\ufffd\ufffd", "\ufffd")
		}
		ctx := context.Background()
		st := fuzzFixture(t)
		qs := st.QuadStore()
		found, err := graph.FindEntities(ctx, qs, name)
		if err != nil {
			t.Fatalf("FindEntities(%q): %v", name, err)
		}
		iris := []string{iri}
		for _, m := range found {
			if !strings.HasPrefix(m.IRI, "urn:newsgraph:entity:") || m.Name == "" {
				t.Fatalf("FindEntities(%q) matched %+v, not a named entity", name, m)
			}
			iris = append(iris, m.IRI)
		}
		for _, q := range List() {
			if q.Native {
				continue
			}
			args := make([][]string, len(q.Args))
			for i := range args {
				args[i] = iris
			}
			prog, err := q.Program(args)
			if err != nil {
				t.Fatalf("%s: program: %v", q.Name, err)
			}
			if _, err := Run(ctx, qs, "gizmo", prog, 0, 20*time.Second); err != nil {
				t.Fatalf("%s with %q: %v", q.Name, iris, err)
			}
			// ARGS holds exactly what was passed: nothing was parsed as code
			rows, err := Run(ctx, qs, "gizmo", prog[:strings.Index(prog, ";\n")+1]+"\ng.Emit(ARGS)", 0, 20*time.Second)
			if err != nil || len(rows) != 1 {
				t.Fatalf("%s: ARGS: %v %v", q.Name, rows, err)
			}
			got, _ := rows[0].([]any)
			if len(got) != len(args) {
				t.Fatalf("%s: ARGS has %d arguments, want %d: %v", q.Name, len(got), len(args), rows[0])
			}
			for i, a := range got {
				vals, _ := a.([]any)
				if len(vals) != len(iris) {
					t.Fatalf("%s: argument %d: %v, want %d IRIs", q.Name, i, a, len(iris))
				}
				for k, v := range vals {
					if v != "<"+iris[k]+">" {
						t.Fatalf("%s: argument %d value %d is %q, want %q", q.Name, i, k, v, "<"+iris[k]+">")
					}
				}
			}
		}
	})
}
