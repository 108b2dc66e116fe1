package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/queries"
)

// QueryOptions are the inputs of `newsgraph query`.
type QueryOptions struct {
	DB      string
	Lang    string
	Text    string // the query; "" with File unset means stdin
	File    string
	Format  string // table, json or jsonl
	Limit   int
	Timeout time.Duration
}

func newQueryCmd(io IO) *cobra.Command {
	opts := &QueryOptions{}
	c := &cobra.Command{
		Use:   "query [QUERY | -]",
		Short: "Run a Gizmo (or GraphQL, MQL) query against the store",
		Long: `query runs a query written in Cayley's Gizmo (JavaScript, the default), GraphQL or MQL,
given as an argument, read from --file, or from standard input ("-" or no argument).
Queries are stopped after --timeout, since Gizmo can loop.

The vocabulary is described in docs/schema.md: entities are <urn:newsgraph:entity:SLUG>,
articles <urn:newsgraph:article:ID>; types and common properties come from schema.org.`,
		Example: `  newsgraph query 'g.V("<urn:newsgraph:entity:kim-kardashian>").Out("<https://schema.org/name>").All()'
  newsgraph query --file my.js --format json
  echo 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Limit(5).All()' | newsgraph query`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			if len(args) == 1 && args[0] != "-" {
				opts.Text = args[0]
			}
			return runQuery(c.Context(), opts, io)
		},
	}
	c.Flags().StringVarP(&opts.Lang, "lang", "l", "gizmo", "query language: "+strings.Join(queries.Languages(), ", "))
	c.Flags().StringVar(&opts.File, "file", "", "read the query from this file")
	addRowFormat(c, &opts.Format)
	c.Flags().IntVar(&opts.Limit, "limit", 1000, "at most this many results (0 = all)")
	c.Flags().DurationVar(&opts.Timeout, "timeout", 30*time.Second, "stop the query after this long")
	return c
}

func runQuery(ctx context.Context, opts *QueryOptions, iow IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkFormat(&opts.Format); err != nil {
		return err
	}
	text := opts.Text
	switch {
	case opts.File != "":
		b, err := os.ReadFile(opts.File)
		if err != nil {
			return fmt.Errorf("reading the query: %w", err)
		}
		text = string(b)
	case text == "":
		b, err := io.ReadAll(iow.In)
		if err != nil {
			return fmt.Errorf("reading the query from stdin: %w", err)
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		return usageError{errors.New("empty query: give it as an argument, with --file, or on stdin")}
	}
	store, err := openReader(ctx, opts.DB, opts.Timeout)
	if err != nil {
		return err
	}
	defer store.Close()
	rows, err := queries.Run(ctx, store.QuadStore(), opts.Lang, text, opts.Limit, opts.Timeout)
	if werr := writeResults(iow.Out, rows, opts.Format, nil); werr != nil {
		return werr
	}
	return err
}
