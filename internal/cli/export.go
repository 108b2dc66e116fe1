package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/queries"
)

// exportFormats are the values of --format, in the order help lists them.
var exportFormats = []string{"graphml", "gexf", "cytoscape", "dot", "csv", "neo4j", "nquads", "jsonld"}

// ExportOptions are the inputs of `newsgraph export`.
type ExportOptions struct {
	DB     string
	Format string
	// Output is a file (a directory for csv and neo4j); "" or "-" is stdout.
	Output     string
	Entity     string   // a name or alias, as for ask
	Query      string   // a named query (ask --list) whose entities to export
	QueryArgs  []string // its arguments: entity names, as for ask
	Timeout    time.Duration
	Hops       int
	HopsSet    bool // --hops was given (it needs --entity or --query)
	Since      string
	Until      string
	Types      []string
	EventNodes bool
	// All keeps the events not told as having happened, with their
	// factuality (export.Options.All).
	All      bool
	Progress string // auto, always, never
	// GEXFVersion is the GEXF version of --format gexf: 1.2 (default,
	// what networkx reads) or 1.3.
	GEXFVersion string
}

func newExportCmd(io IO) *cobra.Command {
	opts := &ExportOptions{}
	c := &cobra.Command{
		Use:   "export --format F [-o FILE] [--query NAME ARG...]",
		Short: "Write the graph, or part of it, for Gephi, Cytoscape, yEd, Graphviz, Neo4j or RDF tools",
		Long: `export writes the graph in a format an analysis tool opens (see docs/export.md):

  graphml    Gephi, Cytoscape, yEd (labels in yEd's y:NodeLabel / y:EdgeLabel too)
  gexf       Gephi, networkx: GEXF 1.2 (--gexf-version 1.3 for 1.3) with dates and spells:
             the timeline plays the story in order
  cytoscape  Cytoscape.js elements JSON
  dot        Graphviz (dot -Tsvg graph.dot > graph.svg)
  csv        Gephi spreadsheet import: DIR/nodes.csv and DIR/edges.csv (-o DIR required)
  neo4j      neo4j-admin import: DIR/nodes.csv and DIR/relationships.csv (-o DIR required)
  nquads     every stored quad with its article as the graph label
  jsonld     JSON-LD, one named graph per article

The first six draw entities (labelled by name, with type and mention count) linked by
what the articles report: co-participation in an event (labelled MEET, ARREST, ...),
claims (SAID_ABOUT, SPOKE_TO) and family or affiliation relations, each with date,
source articles, confidence and evidence. --event-nodes draws events and claims as
nodes instead.

Select a part with --entity NAME --hops N (the neighbourhood N events, claims or
relations away), --since/--until (events and claims dated in the range: the event's
date, else the article's), and --types (entity types to keep).

--query NAME ARG... exports the entities a named query touches (see 'newsgraph ask
--list'): its arguments and the entities its rows name (whom PERSON met and where,
the other participants of a timeline event, the addressee and subjects of a claim,
...), with the edges between them; --hops N adds their neighbourhood N facts away.

Only events the articles tell as having happened make edges. --all adds the ones an
article denies ("did not meet"), doubts ("may meet"), plans ("will meet"), or holds
generic or conditional, each edge (and event node) with a factuality attribute
("asserted", "denied", "possible", "planned", "if ...", "reported by X"); a denied and a
stated meeting of the same two people are then two edges. nquads and jsonld of the whole
store write every quad, the factuality quads with them; a part of the store (--entity,
--since, ...) keeps the same events as the other formats.`,
		Example: `  newsgraph export --format gexf -o story.gexf
  newsgraph export --format graphml --entity "Kim Kardashian" --hops 2 -o kim.graphml
  newsgraph export --format dot --since 2023-01-01 --types person | dot -Tsvg > people.svg
  newsgraph export --format gexf -o met.gexf --query met "Kim Kardashian"
  newsgraph export --format graphml --query path "Kim Kardashian" "Dee Dee Blanchard" --hops 1
  newsgraph export --format csv -o gephi-tables/
  newsgraph export --format gexf --all -o everything.gexf   # denied and planned events too, with their factuality
  newsgraph export --format nquads > backup.nq`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 && opts.Query == "" {
				return usageError{fmt.Errorf("export takes arguments only after --query NAME (got %q)", args)}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			opts.HopsSet = c.Flags().Changed("hops")
			opts.QueryArgs = args
			return runExport(c.Context(), opts, io)
		},
	}
	c.Flags().StringVarP(&opts.Format, "format", "f", "", "output format: "+strings.Join(exportFormats, ", ")+" (required)")
	c.Flags().StringVarP(&opts.Output, "output", "o", "", `output file, or directory for csv and neo4j; stdout when absent or "-"`)
	c.Flags().StringVar(&opts.Entity, "entity", "", "export only the neighbourhood of this entity (name or alias)")
	c.Flags().StringVar(&opts.Query, "query", "", "export the entities this named query touches; its arguments follow the flags")
	c.Flags().IntVar(&opts.Hops, "hops", 1, "with --entity (default 1) or --query (default 0): how many events, claims or relations away")
	c.Flags().DurationVar(&opts.Timeout, "timeout", 30*time.Second, "with --query: stop the query after this long; also how long to wait for a store that build is writing")
	c.Flags().StringVar(&opts.Since, "since", "", "keep events and claims dated on or after YYYY-MM-DD")
	c.Flags().StringVar(&opts.Until, "until", "", "keep events and claims dated on or before YYYY-MM-DD")
	c.Flags().StringSliceVar(&opts.Types, "types", nil, "entity types to keep: "+strings.Join(export.EntityTypes, ","))
	c.Flags().BoolVar(&opts.EventNodes, "event-nodes", false, "draw events and claims as nodes linked to their entities")
	c.Flags().BoolVar(&opts.All, "all", false, "also events not told as having happened (denied, uncertain, planned, ...), with a factuality attribute (export --format gexf --all)")
	c.Flags().StringVar(&opts.GEXFVersion, "gexf-version", export.GEXF12, "with --format gexf: 1.2 (GEXF 1.2draft, which networkx reads) or 1.3")
	c.Flags().StringVar(&opts.Progress, "progress", "auto", "progress bar on stderr: auto (on a terminal), always, never")
	addExportCompletion(c, opts)
	return c
}

// options checks the flags and turns them into export options; errors are
// usage errors.
func (opts *ExportOptions) options() (export.Options, error) {
	var o export.Options
	if !slices.Contains(exportFormats, opts.Format) {
		if opts.Format == "" {
			return o, usageError{fmt.Errorf("export needs --format (%s)", strings.Join(exportFormats, ", "))}
		}
		return o, usageError{fmt.Errorf("unknown export format %q (want %s)", opts.Format, strings.Join(exportFormats, ", "))}
	}
	if opts.twoFiles() && (opts.Output == "" || opts.Output == "-") {
		return o, usageError{fmt.Errorf("--format %s writes two files: give a directory with -o DIR", opts.Format)}
	}
	if opts.Progress == "" {
		opts.Progress = "auto"
	}
	if err := checkProgress(opts.Progress); err != nil {
		return o, err
	}
	if opts.GEXFVersion != "" && opts.GEXFVersion != export.GEXF12 && opts.GEXFVersion != export.GEXF13 {
		return o, usageError{fmt.Errorf("--gexf-version must be %s or %s, not %q", export.GEXF12, export.GEXF13, opts.GEXFVersion)}
	}
	if opts.HopsSet && opts.Entity == "" && opts.Query == "" {
		return o, usageError{errors.New("--hops needs --entity or --query")}
	}
	if opts.Hops < 0 {
		return o, usageError{fmt.Errorf("--hops must be 0 or more, got %d", opts.Hops)}
	}
	o.Hops = opts.Hops
	if opts.Query != "" {
		if opts.Entity != "" {
			return o, usageError{errors.New("--query and --entity: give one of them")}
		}
		if _, err := exportQuery(opts.Query, opts.QueryArgs); err != nil {
			return o, err
		}
		if !opts.HopsSet {
			o.Hops = 0 // the query's own entities
		}
	}
	var err error
	if o.Since, err = parseDay("--since", opts.Since); err != nil {
		return o, err
	}
	if o.Until, err = parseDay("--until", opts.Until); err != nil {
		return o, err
	}
	for _, t := range opts.Types {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			o.Types = append(o.Types, t)
		}
	}
	o.EventNodes, o.All = opts.EventNodes, opts.All
	if err := o.Validate(); err != nil {
		return o, usageError{err}
	}
	return o, nil
}

func (opts *ExportOptions) twoFiles() bool { return opts.Format == "csv" || opts.Format == "neo4j" }

func parseDay(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("%s %q: want a date YYYY-MM-DD", flag, v)}
	}
	return t, nil
}

func runExport(ctx context.Context, opts *ExportOptions, cio IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	o, err := opts.options()
	if err != nil {
		return err
	}
	store, err := openReader(ctx, opts.DB, opts.Timeout)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.Query != "" {
		if o.Entities, o.Related, err = queryEntities(ctx, store, opts, cio); err != nil {
			return err
		}
	}
	if opts.Entity != "" {
		found, err := graph.FindEntities(ctx, store.QuadStore(), opts.Entity)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			return fmt.Errorf("no entity named %q in %s", opts.Entity, store)
		}
		var names []string
		for _, m := range found {
			o.Entities = append(o.Entities, m.IRI)
			names = append(names, m.Name)
		}
		if len(found) > 1 {
			fmt.Fprintf(cio.Err, "%q matches %d entities, exporting around all of them: %s\n", opts.Entity, len(found), strings.Join(names, "; "))
		}
	}

	// The bar counts the quads read by the passes over the whole store
	// (the model's scan, the N-Quads stream, the selection of a filtered
	// RDF export) against the store's quad count; JSON-LD reads article by
	// article, which the bar does not see.
	qs := store.QuadStore()
	var bar *progress
	if st, err := store.Stats(ctx); err == nil {
		passes := int64(1)
		if o.Filtered() && opts.Format == "nquads" {
			passes = 2
		}
		if opts.Format != "jsonld" || o.Filtered() {
			bar = newProgress(opts.Progress, cio, "exporting", passes*st.Quads, false)
			qs = countingQuads{QuadStore: qs, tell: bar.add}
		}
	}
	defer bar.finish()

	switch opts.Format {
	case "nquads", "jsonld":
		keep, err := export.Selector(ctx, qs, o)
		if err != nil {
			return err
		}
		return opts.write(cio, func(w io.Writer) (string, error) {
			var n int
			var err error
			if opts.Format == "nquads" {
				n, err = export.WriteNQuads(ctx, w, qs, keep)
			} else {
				n, err = export.WriteJSONLD(ctx, w, store, keep)
			}
			return fmt.Sprintf("%d quads", n), err
		})
	}

	g, err := export.Build(ctx, qs, o)
	bar.finish()
	if err != nil {
		return err
	}
	summary := fmt.Sprintf("%d nodes, %d edges", len(g.Nodes), len(g.Edges))
	if opts.twoFiles() {
		return opts.writeDir(cio, g, summary)
	}
	writers := map[string]func(io.Writer, *export.Graph) error{
		"graphml": export.WriteGraphML,
		"gexf": func(w io.Writer, g *export.Graph) error {
			return export.WriteGEXFVersion(w, g, cmp.Or(opts.GEXFVersion, export.GEXF12))
		},
		"cytoscape": export.WriteCytoscape, "dot": export.WriteDOT,
	}
	return opts.write(cio, func(w io.Writer) (string, error) { return summary, writers[opts.Format](w, g) })
}

// exportQuery checks that name is a Gizmo named query taking args.
func exportQuery(name string, args []string) (queries.Named, error) {
	q, ok := queries.Get(name)
	if !ok {
		var names []string
		for _, n := range queries.List() {
			if !n.Native {
				names = append(names, n.Name)
			}
		}
		return q, usageError{fmt.Errorf("no query named %q (have: %s)", name, strings.Join(names, ", "))}
	}
	if q.Native {
		return q, usageError{fmt.Errorf("--query %s: %s is computed in Go, not a graph query, and cannot select a part to export", name, name)}
	}
	if len(args) != len(q.Args) {
		return q, usageError{fmt.Errorf("usage: newsgraph export --format F --query %s", q.Usage())}
	}
	return q, nil
}

// queryEntities runs the named query of --query, with its arguments
// resolved as ask resolves them, and returns the entities it touches: the
// arguments' matches (always exported, as --entity's) and every other
// entity IRI in the rows' hidden _iris field (the nodes each row names or
// reports on; see queries/prelude.js), in first-seen order. Rows carry IRIs
// rather than names so that nothing is looked up by name twice: a name two
// entities share, or a list of names in one cell, cannot pick the wrong one.
func queryEntities(ctx context.Context, store *graph.Store, opts *ExportOptions, cio IO) (args, related []string, err error) {
	q, err := exportQuery(opts.Query, opts.QueryArgs)
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	add := func(to *[]string, iri string) {
		if iri = strings.Trim(iri, "<>"); strings.HasPrefix(iri, entityPrefix) && !seen[iri] {
			seen[iri] = true
			*to = append(*to, iri)
		}
	}
	progArgs := make([][]string, len(opts.QueryArgs))
	for i, name := range opts.QueryArgs {
		found, err := graph.FindEntities(ctx, store.QuadStore(), name)
		if err != nil {
			return nil, nil, err
		}
		if len(found) == 0 {
			return nil, nil, fmt.Errorf("no entity named %q in %s", name, store)
		}
		var names []string
		for _, m := range found {
			progArgs[i] = append(progArgs[i], m.IRI)
			names = append(names, m.Name)
			add(&args, m.IRI)
		}
		if len(found) > 1 {
			fmt.Fprintf(cio.Err, "%q matches %d entities, querying all of them: %s\n", name, len(found), strings.Join(names, "; "))
		}
	}
	prog, err := q.ProgramWith(progArgs, queries.Params{All: opts.All})
	if err != nil {
		return nil, nil, err
	}
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	rows, err := queries.Run(ctx, store.QuadStore(), "gizmo", prog, 0, timeout)
	if err != nil {
		return nil, nil, fmt.Errorf("query %s: %w", q.Name, err)
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			continue
		}
		list, _ := m["_iris"].([]any)
		for _, v := range list {
			if s, ok := v.(string); ok {
				add(&related, s)
			}
		}
	}
	return args, related, nil
}

// entityPrefix starts every entity IRI (triples.EntityIRI).
const entityPrefix = "urn:newsgraph:entity:"

// write runs fn on stdout or on the output file. A file is written under a
// temporary name and renamed when complete, so a failed export never leaves
// a truncated file behind.
func (opts *ExportOptions) write(cio IO, fn func(io.Writer) (string, error)) error {
	if opts.Output == "" || opts.Output == "-" {
		_, err := fn(cio.Out)
		return err
	}
	summary, err := writeFile(opts.Output, fn)
	if err != nil {
		return err
	}
	fmt.Fprintf(cio.Err, "exported %s to %s\n", summary, opts.Output)
	return nil
}

// writeDir writes the two tables of csv and neo4j into the output directory.
func (opts *ExportOptions) writeDir(cio IO, g *export.Graph, summary string) error {
	if err := os.MkdirAll(opts.Output, 0o755); err != nil {
		return err
	}
	nodes, edges := export.NodesFile, export.EdgesFile
	write := export.WriteCSV
	if opts.Format == "neo4j" {
		edges, write = export.RelationshipsFile, export.WriteNeo4j
	}
	// Render both tables in memory first (they hold the graph summary only),
	// so that either both files are replaced or neither is.
	var nb, eb strings.Builder
	if err := write(&nb, &eb, g); err != nil {
		return err
	}
	for name, data := range map[string]string{nodes: nb.String(), edges: eb.String()} {
		if _, err := writeFile(filepath.Join(opts.Output, name), func(w io.Writer) (string, error) {
			_, err := io.WriteString(w, data)
			return "", err
		}); err != nil {
			return err
		}
	}
	fmt.Fprintf(cio.Err, "exported %s to %s and %s\n", summary,
		filepath.Join(opts.Output, nodes), filepath.Join(opts.Output, edges))
	if opts.Format == "neo4j" {
		fmt.Fprintf(cio.Err, "import into an empty database (Neo4j 5) with:\n  %s\n", export.Neo4jImportCommand(opts.Output))
	}
	return nil
}

func writeFile(path string, fn func(io.Writer) (string, error)) (string, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return "", err
	}
	summary, err := fn(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return summary, nil
}

// countingQuads tells a progress bar of every quad read.
type countingQuads struct {
	cgraph.QuadStore
	tell func(int64)
}

func (c countingQuads) Quad(r cgraph.Ref) (quad.Quad, error) {
	c.tell(1)
	return c.QuadStore.Quad(r)
}
