package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// StatsOptions are the inputs of `newsgraph stats`.
type StatsOptions struct {
	DB       string
	Articles bool
	Format   string // table, json or jsonl
}

// statsRow is the JSON of stats: one row for the store.
type statsRow struct {
	Store      string   `json:"store"`
	Articles   int      `json:"articles"`
	Quads      int64    `json:"quads"`
	Nodes      int64    `json:"nodes"`
	NodesExact bool     `json:"nodes_exact"`
	ArticleIDs []string `json:"article_ids,omitempty"`
}

func newStatsCmd(io IO) *cobra.Command {
	opts := &StatsOptions{}
	c := &cobra.Command{
		Use:   "stats",
		Short: "Count the articles and quads in the store",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			return runStats(c.Context(), opts, io)
		},
	}
	c.Flags().BoolVar(&opts.Articles, "articles", false, "also list the stored articles")
	addRowFormat(c, &opts.Format)
	return c
}

func runStats(ctx context.Context, opts *StatsOptions, io IO) error {
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
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	row := statsRow{Store: store.String(), Articles: st.Articles, Quads: st.Quads, Nodes: st.Nodes, NodesExact: st.NodesExact}
	if opts.Articles {
		arts, err := store.Articles(ctx)
		if err != nil {
			return err
		}
		row.ArticleIDs = []string{}
		for _, a := range arts {
			row.ArticleIDs = append(row.ArticleIDs, a.ID)
		}
	}
	if opts.Format != "table" {
		return writeJSONRows(io.Out, opts.Format, []statsRow{row})
	}
	fmt.Fprintf(io.Out, "store %s: %d articles, %d quads\n", row.Store, row.Articles, row.Quads)
	for _, id := range row.ArticleIDs {
		fmt.Fprintln(io.Out, id)
	}
	return nil
}
