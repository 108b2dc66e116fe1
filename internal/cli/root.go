// Package cli implements the newsgraph commands. Each command fills an
// options struct and calls a plain run function, so tests drive the
// commands without cobra.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	ExitOK      = 0
	ExitError   = 1 // the command failed
	ExitUsage   = 2 // bad flags or arguments
	ExitSkipped = 3 // the command finished but skipped some inputs (each reported on stderr)
)

// errSkipped marks a run that completed with some inputs skipped.
var errSkipped = errors.New("some inputs were skipped")

// usageError marks bad arguments.
type usageError struct{ error }

// IO is where a command reads and writes.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
}

// defaultDB is the store used when --db is not given.
func defaultDB() string {
	if v := os.Getenv("NEWSGRAPH_DB"); v != "" {
		return v
	}
	return "newsgraph.db"
}

// Main runs the command line and returns the exit status.
func Main(args []string, in io.Reader, out, errw io.Writer) int {
	root := newRoot(IO{In: in, Out: out, Err: errw})
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errw)
	err := root.Execute()
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errSkipped):
		return ExitSkipped
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintln(errw, "newsgraph:", err)
		return ExitUsage
	}
	fmt.Fprintln(errw, "newsgraph:", err)
	return ExitError
}

func newRoot(io IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Turn news articles into a knowledge graph you can query and draw",
		Long: `newsgraph reads news articles, extracts entities (people, organizations, places,
works), events with participants, place and time, normalized dates, and claims (who said
what), and loads them into a Cayley graph store with provenance for every fact.

Typical session:
  newsgraph build seeds/                 # extract and load articles into ./newsgraph.db
  newsgraph ask met "Kim Kardashian"     # whom she met, where, when, says which article
  newsgraph ask --list                   # every named query
  newsgraph extract --format json a.txt  # the extraction alone, as JSON Lines

Stores (--db, or $NEWSGRAPH_DB):
  newsgraph.db, bbolt:PATH    embedded store (a directory), created on first use (default)
  memory:                     in memory, gone when the command exits
  postgres://user@host/db     PostgreSQL through Cayley's SQL backend
  cockroach://user@host/db    CockroachDB through the same backend

Exit status: 0 success, 1 failure (build and extract also when no input could be read),
2 bad usage, 3 finished but some inputs were skipped.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().String("db", defaultDB(), "graph store: PATH, bbolt:PATH, memory:, postgres://..., cockroach://...")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newExtractCmd(io), newBuildCmd(io), newRemoveCmd(io), newQueryCmd(io), newAskCmd(io), newStatsCmd(io), newConflictsCmd(io), newEntityCmd(io))
	root.AddCommand(newServeCmd(io))
	root.AddCommand(newExportCmd(io))
	root.Version = versionString()
	root.SetVersionTemplate("{{.Version}}")
	for _, c := range root.Commands() {
		usageArgs(c)
	}
	return root
}

// usageArgs makes the argument checks of c (cobra.ExactArgs and the like)
// usage errors, so that a wrong argument count exits with ExitUsage as
// the README says, not ExitError.
func usageArgs(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				var ue usageError
				if errors.As(err, &ue) {
					return err
				}
				return usageError{err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		usageArgs(sub)
	}
}

// isCobraUsage recognises the usage errors cobra makes itself, outside the
// flag and argument checks: an unknown command, a missing required flag.
func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command ") || strings.HasPrefix(msg, "required flag(s) ") ||
		strings.HasPrefix(msg, "invalid argument ")
}

func dbFlag(c *cobra.Command) string {
	v, _ := c.Flags().GetString("db")
	return v
}
