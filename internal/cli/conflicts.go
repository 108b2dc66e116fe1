package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/conflicts"
)

// ConflictsOptions are the inputs of `newsgraph conflicts`.
type ConflictsOptions struct {
	DB     string
	Format string // table, json or jsonl
	All    bool   // also list consistent findings
}

func newConflictsCmd(io IO) *cobra.Command {
	opts := &ConflictsOptions{}
	c := &cobra.Command{
		Use:   "conflicts",
		Short: "List facts on which sources disagree, with both values and the reasoning",
		Long: `conflicts compares what different articles state and prints each disagreement with
both values, both articles, both evidence sentences and the reasoning behind the verdict:

  age     stated ages turned into birth-date ranges ("43 on 2024-01-01" and "44 on
          2024-07-11" fit a birth date in early 1980: consistent)
  date    the same event (same type, same people) dated differently
  place   the same event placed differently
  timing  the time between two events, derived from phrases like "three weeks after her
          release" and "months after", plus knowledge such as "reaching out comes before
          meeting"

Statements of one article are never compared with each other. With --all, consistent
findings are listed too, so every verdict can be checked.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			return runConflicts(c.Context(), opts, io)
		},
	}
	addRowFormat(c, &opts.Format)
	c.Flags().BoolVar(&opts.All, "all", true, "also list the comparisons found consistent")
	return c
}

func runConflicts(ctx context.Context, opts *ConflictsOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkFormat(&opts.Format); err != nil {
		return err
	}
	store, err := openReader(ctx, opts.DB, 0)
	if err != nil {
		return err
	}
	defer store.Close()
	facts, err := conflicts.Read(ctx, store.QuadStore())
	if err != nil {
		return err
	}
	var shown []conflicts.Finding
	for _, f := range conflicts.Check(facts) {
		if opts.All || f.Verdict == "conflict" {
			shown = append(shown, f)
		}
	}
	if opts.Format != "table" {
		return writeJSONRows(io.Out, opts.Format, shown)
	}
	writeFindings(io.Out, shown)
	return nil
}

func writeFindings(w io.Writer, fs []conflicts.Finding) {
	if len(fs) == 0 {
		fmt.Fprintln(w, "(no statements from different articles to compare)")
		return
	}
	for i, f := range fs {
		verdict := "CONFLICT"
		if f.Verdict != "conflict" {
			verdict = "consistent"
		}
		fmt.Fprintf(w, "%d. %s [%s] %s\n", i+1, verdict, f.Kind, f.About)
		fmt.Fprintf(w, "   %s says %s\n      %q\n", f.A.Article, f.A.Value, clip(f.A.Evidence, 300))
		fmt.Fprintf(w, "   %s says %s\n      %q\n", f.B.Article, f.B.Value, clip(f.B.Evidence, 300))
		fmt.Fprintf(w, "   because %s\n\n", f.Reasoning)
	}
}
