package cli

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// AskOptions are the inputs of `newsgraph ask`.
type AskOptions struct {
	DB      string
	Name    string
	Args    []string // entity names as the analyst typed them
	List    bool
	Format  string
	Timeout time.Duration
	// All shows the events the text does not tell as having happened too
	// (queries.Params.All), for the queries that have the option.
	All bool
}

func newAskCmd(io IO) *cobra.Command {
	opts := &AskOptions{}
	c := &cobra.Command{
		Use:   "ask NAME ARG...",
		Short: "Run a named analyst query (met, timeline, said, about, path, conflicts, ...)",
		Long: `ask runs one of the named queries in queries/ with readable arguments: entity names
and aliases, matched case-insensitively ("kim kardashian", "Kardashian"). When a name
matches several entities, all of them are queried and the matches are listed.

met, timeline, path and neighbors show (or go through) only the events the articles tell
as having happened. With --all they also show the ones an article denies ("did not meet"), doubts ("may meet"), plans
("will meet"), holds generic or conditional ("if they meet"), with a factuality column
saying so ("denied", "possible", "planned", "if ...", and "reported by X" for an event
told in someone's words). about and sources always say how each report tells its events.

Run 'newsgraph ask --list' for the queries and what they answer.`,
		Example: `  newsgraph ask met "Kim Kardashian"
  newsgraph ask met --all "Kim Kardashian"      # with denied, uncertain and planned meetings
  newsgraph ask timeline "Gypsy Rose Blanchard"
  newsgraph ask path "Kim Kardashian" "Dee Dee Blanchard"
  newsgraph ask said Gypsy --format json`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			if !opts.List {
				if len(args) == 0 {
					return usageError{fmt.Errorf("ask needs a query name; see 'newsgraph ask --list'")}
				}
				opts.Name, opts.Args = args[0], args[1:]
			}
			return runAsk(c.Context(), opts, io)
		},
	}
	c.ValidArgsFunction = completeAsk
	c.Flags().BoolVar(&opts.List, "list", false, "list the named queries")
	c.Flags().BoolVar(&opts.All, "all", false, "met, timeline, path, neighbors: also events not told as having happened, with their factuality (ask met --all NAME)")
	addRowFormat(c, &opts.Format)
	c.Flags().DurationVar(&opts.Timeout, "timeout", 30*time.Second, "stop the query after this long")
	return c
}

// queryInfo is one row of ask --list.
type queryInfo struct {
	Name  string   `json:"name"`
	Usage string   `json:"usage"`
	Args  []string `json:"args"`
	About string   `json:"about"`
	All   string   `json:"all,omitempty"` // what --all adds, for the queries that take it
}

func listQueries(io IO, format string) error {
	if format != "table" {
		var rows []queryInfo
		for _, q := range queries.List() {
			rows = append(rows, queryInfo{Name: q.Name, Usage: q.Usage(), Args: append([]string{}, q.Args...), About: q.About, All: q.All})
		}
		return writeJSONRows(io.Out, format, rows)
	}
	tw := tabwriter.NewWriter(io.Out, 0, 0, 2, ' ', 0)
	for _, q := range queries.List() {
		fmt.Fprintf(tw, "%s\t%s\n", q.Usage(), q.About)
	}
	return tw.Flush()
}

func runAsk(ctx context.Context, opts *AskOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkFormat(&opts.Format); err != nil {
		return err
	}
	if opts.List {
		return listQueries(io, opts.Format)
	}
	q, ok := queries.Get(opts.Name)
	if !ok {
		var names []string
		for _, n := range queries.List() {
			names = append(names, n.Name)
		}
		return usageError{fmt.Errorf("no query named %q (have: %s)", opts.Name, strings.Join(names, ", "))}
	}
	if len(opts.Args) != len(q.Args) {
		return usageError{fmt.Errorf("usage: newsgraph ask %s", q.Usage())}
	}
	if opts.All && q.All == "" {
		return usageError{fmt.Errorf("--all applies to %s, not %s", strings.Join(allQueries(), ", "), q.Name)}
	}
	if q.Native && q.Name == "conflicts" {
		return runConflicts(ctx, &ConflictsOptions{DB: opts.DB, Format: opts.Format, All: true}, io)
	}
	store, err := openReader(ctx, opts.DB, opts.Timeout)
	if err != nil {
		return err
	}
	defer store.Close()
	args := make([][]string, len(opts.Args))
	for i, name := range opts.Args {
		found, err := graph.FindEntities(ctx, store.QuadStore(), name)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			return fmt.Errorf("no entity named %q in %s", name, store)
		}
		var names []string
		for _, m := range found {
			args[i] = append(args[i], m.IRI)
			names = append(names, m.Name)
		}
		if len(found) > 1 && opts.Format == "table" {
			fmt.Fprintf(io.Err, "%q matches %d entities: %s\n", name, len(found), strings.Join(names, "; "))
		}
	}
	params := queries.Params{All: opts.All}
	prog, err := q.ProgramWith(args, params)
	if err != nil {
		return err
	}
	rows, err := queries.Run(ctx, store.QuadStore(), "gizmo", prog, 0, opts.Timeout)
	if werr := writeResults(io.Out, queries.Visible(rows), opts.Format, q.ColumnsFor(params)); werr != nil {
		return werr
	}
	return err
}

// allQueries names the queries that take --all.
func allQueries() []string {
	var out []string
	for _, q := range queries.List() {
		if q.All != "" {
			out = append(out, q.Name)
		}
	}
	return out
}

// readerWait is how long a read-only command waits for a bbolt store that a
// writer (build, remove) holds, unless its --timeout says otherwise.
const readerWait = 30 * time.Second

// openReader opens the store read-only for every command that only reads
// (ask, entity, query, stats, conflicts, export): on bbolt under a shared
// lock, so readers run side by side and between the transactions of a
// running build, waiting up to wait (0 = readerWait) for one to end; on
// SQL in read-only sessions. A store that does not exist is an error
// (graph.ErrNoStore), not created.
func openReader(ctx context.Context, db string, wait time.Duration) (*graph.Store, error) {
	if wait <= 0 {
		wait = readerWait
	}
	return graph.OpenWith(ctx, db, graph.Options{ReadOnly: true, LockTimeout: wait})
}
