// Package queries holds the named Gizmo queries analysts run with
// `newsgraph ask`, and runs any Gizmo, GraphQL or MQL query against a
// Cayley store with a time limit (Gizmo is JavaScript and can loop).
package queries

import (
	"bufio"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
)

//go:embed *.js
var files embed.FS

// Named is a query analysts run by name.
type Named struct {
	Name  string
	Args  []string // argument names: PERSON, ENTITY, A, B
	About string
	// Columns orders the fields of the results in tables.
	Columns []string
	// All says what the query adds when asked for everything (`ask
	// --all`): events not told as having happened; "" when it has no such
	// option. AllColumns are its columns then.
	All        string
	AllColumns []string
	// Native queries are computed in Go (see Native in the cli), not Gizmo.
	Native bool
	Source string // Gizmo, without the prelude
}

// Params are the options a named query reads besides its arguments.
type Params struct {
	// All keeps the events the text does not tell as having happened
	// (denied, uncertain, planned, generic, conditional), each with its
	// factuality: the Gizmo variable ALL.
	All bool
}

// ColumnsFor are the table columns of the query run with p.
func (n Named) ColumnsFor(p Params) []string {
	if p.All && n.AllColumns != nil {
		return n.AllColumns
	}
	return n.Columns
}

// Usage is "name ARG...".
func (n Named) Usage() string { return strings.TrimSpace(n.Name + " " + strings.Join(n.Args, " ")) }

var named = map[string]Named{}

func init() {
	entries, err := files.ReadDir(".")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		if e.Name() == "prelude.js" {
			continue
		}
		b, err := files.ReadFile(e.Name())
		if err != nil {
			panic(err)
		}
		q := parseHeader(string(b))
		if q.Name == "" {
			panic("queries: " + e.Name() + " has no '// name:' header")
		}
		named[q.Name] = q
	}
	named["conflicts"] = Named{Name: "conflicts", Native: true,
		About: "Facts on which sources disagree (ages, event dates, places, timing between events), each with both values, both articles, both evidence sentences and the reasoning; consistent comparisons are listed too."}
}

// parseHeader reads the "// name:", "// args:" and "// about:" lines.
func parseHeader(src string) Named {
	q := Named{Source: src}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "name":
			q.Name = val
		case "args":
			q.Args = strings.Fields(val)
		case "about":
			q.About = val
		case "columns":
			q.Columns = strings.Fields(val)
		case "all":
			q.All = val
		case "columns-all":
			q.AllColumns = strings.Fields(val)
		}
	}
	return q
}

// List returns the named queries sorted by name.
func List() []Named {
	out := make([]Named, 0, len(named))
	for _, q := range named {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the named query.
func Get(name string) (Named, bool) {
	q, ok := named[name]
	return q, ok
}

// Program builds the Gizmo program for a named query with the default
// Params (see ProgramWith).
func (n Named) Program(args [][]string) (string, error) { return n.ProgramWith(args, Params{}) }

// ProgramWith builds the Gizmo program for a named query: ARGS (one array
// of matching node IRIs per argument), ALL (Params.All), the prelude, then
// the query.
func (n Named) ProgramWith(args [][]string, p Params) (string, error) {
	if len(args) != len(n.Args) {
		return "", fmt.Errorf("%s takes %d argument(s): %s", n.Name, len(n.Args), n.Usage())
	}
	js := make([][]string, len(args))
	for i, a := range args {
		js[i] = make([]string, len(a))
		for k, iri := range a {
			js[i][k] = "<" + iri + ">"
		}
	}
	b, err := json.Marshal(js)
	if err != nil {
		return "", err
	}
	prelude, err := files.ReadFile("prelude.js")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("var ARGS = %s, ALL = %t;\n%s\n%s", b, p.All, prelude, n.Source), nil
}

// Visible returns rows without their hidden fields, those whose names start
// with "_" (such as _iris, the nodes a row names, which `export --query`
// reads; see prelude.js): what people are shown. Rows are copied, not
// changed.
func Visible(rows []any) []any {
	if rows == nil {
		return nil
	}
	out := make([]any, len(rows))
	for i, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			out[i] = r
			continue
		}
		v := make(map[string]any, len(m))
		for k, x := range m {
			if !strings.HasPrefix(k, "_") {
				v[k] = x
			}
		}
		out[i] = v
	}
	return out
}

// ErrTimeout is returned when a query runs past its time limit.
var ErrTimeout = errors.New("query ran past its time limit (see --timeout)")

// Languages lists the query languages Run accepts.
func Languages() []string { return []string{"gizmo", "graphql", "mql"} }

// Run executes a query and returns its results in Cayley's JSON collation,
// at most limit of them (0 = no limit). The query is stopped at timeout.
func Run(ctx context.Context, qs cgraph.QuadStore, lang, text string, limit int, timeout time.Duration) ([]any, error) {
	l := query.GetLanguage(lang)
	if l == nil {
		return nil, fmt.Errorf("unknown query language %q (have: %s)", lang, strings.Join(Languages(), ", "))
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	// A new session per query: a Gizmo session cannot run twice.
	it, err := l.Session(qs).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		out = append(out, r)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded {
			return out, ErrTimeout
		}
		return out, err
	}
	if ctx.Err() == context.DeadlineExceeded {
		return out, ErrTimeout
	}
	return out, nil
}
