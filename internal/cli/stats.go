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
	return c
}

func runStats(ctx context.Context, opts *StatsOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
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
	fmt.Fprintf(io.Out, "store %s: %d articles, %d quads\n", store, st.Articles, st.Quads)
	if opts.Articles {
		arts, err := store.Articles(ctx)
		if err != nil {
			return err
		}
		for _, a := range arts {
			fmt.Fprintln(io.Out, a.ID)
		}
	}
	return nil
}
