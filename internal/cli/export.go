package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// exportFormats are the values of --format, in the order help lists them.
var exportFormats = []string{"graphml", "gexf", "cytoscape", "dot", "csv", "neo4j", "nquads", "jsonld"}

// ExportOptions are the inputs of `newsgraph export`.
type ExportOptions struct {
	DB     string
	Format string
	// Output is a file (a directory for csv and neo4j); "" or "-" is stdout.
	Output     string
	Entity     string // a name or alias, as for ask
	Hops       int
	HopsSet    bool // --hops was given (it needs --entity)
	Since      string
	Until      string
	Types      []string
	EventNodes bool
}

func newExportCmd(io IO) *cobra.Command {
	opts := &ExportOptions{}
	c := &cobra.Command{
		Use:   "export --format F [-o FILE]",
		Short: "Write the graph, or part of it, for Gephi, Cytoscape, yEd, Graphviz, Neo4j or RDF tools",
		Long: `export writes the graph in a format an analysis tool opens (see docs/export.md):

  graphml    Gephi, Cytoscape, yEd (labels in yEd's y:NodeLabel / y:EdgeLabel too)
  gexf       Gephi, GEXF 1.3 with dates: the timeline plays the story in order
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
date, else the article's), and --types (entity types to keep).`,
		Example: `  newsgraph export --format gexf -o story.gexf
  newsgraph export --format graphml --entity "Kim Kardashian" --hops 2 -o kim.graphml
  newsgraph export --format dot --since 2023-01-01 --types person | dot -Tsvg > people.svg
  newsgraph export --format csv -o gephi-tables/
  newsgraph export --format nquads > backup.nq`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			opts.HopsSet = c.Flags().Changed("hops")
			return runExport(c.Context(), opts, io)
		},
	}
	c.Flags().StringVarP(&opts.Format, "format", "f", "", "output format: "+strings.Join(exportFormats, ", ")+" (required)")
	c.Flags().StringVarP(&opts.Output, "output", "o", "", `output file, or directory for csv and neo4j; stdout when absent or "-"`)
	c.Flags().StringVar(&opts.Entity, "entity", "", "export only the neighbourhood of this entity (name or alias)")
	c.Flags().IntVar(&opts.Hops, "hops", 1, "with --entity: how many events, claims or relations away")
	c.Flags().StringVar(&opts.Since, "since", "", "keep events and claims dated on or after YYYY-MM-DD")
	c.Flags().StringVar(&opts.Until, "until", "", "keep events and claims dated on or before YYYY-MM-DD")
	c.Flags().StringSliceVar(&opts.Types, "types", nil, "entity types to keep: "+strings.Join(export.EntityTypes, ","))
	c.Flags().BoolVar(&opts.EventNodes, "event-nodes", false, "draw events and claims as nodes linked to their entities")
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
	if opts.HopsSet && opts.Entity == "" {
		return o, usageError{errors.New("--hops needs --entity")}
	}
	if opts.Hops < 0 {
		return o, usageError{fmt.Errorf("--hops must be 0 or more, got %d", opts.Hops)}
	}
	o.Hops = opts.Hops
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
	o.EventNodes = opts.EventNodes
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
	store, err := graph.Open(ctx, opts.DB)
	if err != nil {
		return err
	}
	defer store.Close()
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

	switch opts.Format {
	case "nquads", "jsonld":
		keep, err := export.Selector(ctx, store.QuadStore(), o)
		if err != nil {
			return err
		}
		return opts.write(cio, func(w io.Writer) (string, error) {
			var n int
			var err error
			if opts.Format == "nquads" {
				n, err = export.WriteNQuads(ctx, w, store.QuadStore(), keep)
			} else {
				n, err = export.WriteJSONLD(ctx, w, store, keep)
			}
			return fmt.Sprintf("%d quads", n), err
		})
	}

	g, err := export.Build(ctx, store.QuadStore(), o)
	if err != nil {
		return err
	}
	summary := fmt.Sprintf("%d nodes, %d edges", len(g.Nodes), len(g.Edges))
	if opts.twoFiles() {
		return opts.writeDir(cio, g, summary)
	}
	writers := map[string]func(io.Writer, *export.Graph) error{
		"graphml": export.WriteGraphML, "gexf": export.WriteGEXF,
		"cytoscape": export.WriteCytoscape, "dot": export.WriteDOT,
	}
	return opts.write(cio, func(w io.Writer) (string, error) { return summary, writers[opts.Format](w, g) })
}

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
