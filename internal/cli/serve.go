package cli

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/server"
)

// ServeOptions are the inputs of `newsgraph serve`.
type ServeOptions struct {
	DB         string
	Addr       string
	Writable   bool
	Timeout    time.Duration
	MaxResults int
	MaxBody    int64
	// Ready, if set, is called with the bound address once the server
	// listens (tests use it with Addr 127.0.0.1:0).
	Ready func(addr net.Addr)
}

func newServeCmd(io IO) *cobra.Command {
	opts := &ServeOptions{}
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the analyst web page, a JSON API and Cayley's HTTP API and UI",
		Long: `serve starts a web server over the store:

  /               the analyst page: search an entity, draw its neighbourhood, expand it
                  node by node, read its timeline and its claims with their sources
  /api/search?q=NAME, /api/neighbours?id=IRI, /api/timeline?id=IRI, /api/claims?id=IRI
                  the JSON API behind the page
  /api/v2/...     Cayley's HTTP API v2 (query, read; write and delete only with --writable)
  /ui/            Cayley's own query editor

It listens on loopback (127.0.0.1) unless --addr says otherwise: the API runs any Gizmo
query it is sent, so do not expose it to a network you do not trust. Every query is
stopped after --timeout and returns at most --max-results results; request bodies over
--max-body bytes are refused. Writes through --writable go straight to Cayley and are
not tracked per article (newsgraph remove does not undo them).

SIGINT or SIGTERM shuts the server down gracefully.`,
		Example: `  newsgraph serve                       # http://127.0.0.1:8080/
  newsgraph serve --addr 127.0.0.1:9000 --timeout 10s
  newsgraph serve --db postgres://me@db/news --max-results 500`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("serve takes no arguments (got %q); the store is --db", args[0])}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			return runServe(c.Context(), opts, io)
		},
	}
	c.Flags().StringVar(&opts.Addr, "addr", server.DefaultAddr, "host:port to listen on (loopback by default)")
	c.Flags().BoolVar(&opts.Writable, "writable", false, "allow writes and deletes through Cayley's HTTP API")
	c.Flags().DurationVar(&opts.Timeout, "timeout", server.DefaultQueryTimeout, "stop each query after this long")
	c.Flags().IntVar(&opts.MaxResults, "max-results", server.DefaultMaxResults, "at most this many results per query")
	c.Flags().Int64Var(&opts.MaxBody, "max-body", server.DefaultMaxBody, "refuse request bodies larger than this many bytes")
	return c
}

func runServe(ctx context.Context, opts *ServeOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	switch {
	case opts.Timeout <= 0:
		return usageError{errors.New("--timeout must be positive")}
	case opts.MaxResults <= 0:
		return usageError{errors.New("--max-results must be positive")}
	case opts.MaxBody <= 0:
		return usageError{errors.New("--max-body must be positive")}
	}
	if _, _, err := net.SplitHostPort(opts.Addr); err != nil {
		return usageError{fmt.Errorf("--addr %q: want host:port, e.g. 127.0.0.1:8080", opts.Addr)}
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	// Read-only unless --writable; either way the server lets a bbolt file
	// go between requests, and a request that comes while a build writes
	// waits for its transaction up to --timeout.
	store, err := graph.OpenWith(ctx, opts.DB, graph.Options{ReadOnly: !opts.Writable, LockTimeout: opts.Timeout})
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := server.New(store, server.Config{
		Addr:         opts.Addr,
		Writable:     opts.Writable,
		QueryTimeout: opts.Timeout,
		MaxResults:   opts.MaxResults,
		MaxBody:      opts.MaxBody,
		Log:          log.New(io.Err, "newsgraph serve: ", log.LstdFlags),
	})
	if err != nil {
		return err
	}
	if w := exposureWarning(opts.Addr, opts.Writable); w != "" {
		fmt.Fprintln(io.Err, w)
	}
	err = srv.ListenAndServe(ctx, func(addr net.Addr) {
		mode := "read-only"
		if opts.Writable {
			mode = "writable"
		}
		fmt.Fprintf(io.Out, "serving %s (%s) at http://%s/  (Cayley UI at /ui/, API at /api/v2/); Ctrl-C stops\n", store, mode, addr)
		if opts.Ready != nil {
			opts.Ready(addr)
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(io.Out, "stopped")
	return nil
}

// exposureWarning is what serve says before listening on an address other
// than loopback, or "".
func exposureWarning(addr string, writable bool) string {
	if server.IsLoopback(addr) {
		return ""
	}
	w := "warning: " + addr + " is not a loopback address: anyone who can reach it can run queries"
	if writable {
		w += " and change the store"
	}
	return w
}
