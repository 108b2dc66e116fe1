package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// RemoveOptions are the inputs of `newsgraph remove`.
type RemoveOptions struct {
	DB  string
	IDs []string
	// Wait is how long to wait for a bbolt store that another process is
	// using (0 = DefaultWait), as for build.
	Wait time.Duration
}

func newRemoveCmd(io IO) *cobra.Command {
	opts := &RemoveOptions{}
	c := &cobra.Command{
		Use:   "remove ID...",
		Short: "Delete articles and every fact they contributed",
		Long: `remove deletes each article (by id, as shown by 'newsgraph stats --articles', or by
its IRI) with all the quads it contributed, in one transaction per article. Facts other
articles also state stay, since each article's quads are its own. Entities are then
resolved across the articles left, as if they had been built without the removed ones
(an article whose "Kelly" could mean two people before may mean one now). Like build, it
waits up to --wait for a store another process is using.`,
		Example: "  newsgraph remove 004_955bcc4cf7223aaf",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			opts.IDs = args
			return runRemove(c.Context(), opts, io)
		},
	}
	c.Flags().DurationVar(&opts.Wait, "wait", DefaultWait, "wait this long for a store another process is using (bbolt)")
	return c
}

func runRemove(ctx context.Context, opts *RemoveOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	wait := opts.Wait
	if wait <= 0 {
		wait = DefaultWait
	}
	store, err := graph.OpenWith(ctx, opts.DB, graph.Options{LockTimeout: wait, NoCreate: true})
	if err != nil {
		return err
	}
	defer store.Close()
	failed := 0
	for _, id := range opts.IDs {
		n, err := store.Remove(ctx, id)
		if err != nil {
			fmt.Fprintln(io.Err, "newsgraph:", err)
			failed++
			continue
		}
		fmt.Fprintf(io.Out, "removed %s (%d quads)\n", id, n)
	}
	// what the other articles' entities resolve to may change without
	// these (also when an interrupted remove is run again)
	st, err := resolve.Settle(ctx, store, nil)
	if err != nil {
		return err
	}
	if st.Rebound > 0 {
		fmt.Fprintf(io.Out, "%d stored articles bound again to the entities resolution across articles now gives\n", st.Rebound)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d article(s) not removed", failed, len(opts.IDs))
	}
	return nil
}
