package cli

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/queries"
)

// Shell completion (newsgraph completion bash|zsh|fish|powershell, from
// cobra): formats, query names, --types values, and entity names read
// from the store named by --db.

// maxCompletions bounds the entity names offered, so that a large store
// answers a Tab at once.
const maxCompletions = 200

// completeEntities offers the names and aliases of the stored entities
// that start with what was typed (any case). A store that cannot be opened
// (none yet, or a build holding it) offers nothing, quietly.
func completeEntities(c *cobra.Command, toComplete string) ([]string, cobra.ShellCompDirective) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := openReader(ctx, dbFlag(c), time.Second)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer st.Close()
	ents, err := graph.Entities(ctx, st.QuadStore())
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return matchNames(ents, toComplete), cobra.ShellCompDirectiveNoFileComp
}

// matchNames is the sorted, distinct names and aliases starting with
// prefix, case-insensitively, at most maxCompletions.
func matchNames(ents []graph.EntityInfo, prefix string) []string {
	p := strings.ToLower(prefix)
	seen := map[string]bool{}
	var out []string
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n != "" && !seen[n] && strings.HasPrefix(strings.ToLower(n), p) {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	if len(out) > maxCompletions {
		out = out[:maxCompletions]
	}
	return out
}

// queryNames are the named queries, with what each answers.
func queryNames(gizmoOnly bool) []string {
	var out []string
	for _, q := range queries.List() {
		if gizmoOnly && q.Native {
			continue
		}
		out = append(out, q.Name+"\t"+q.About)
	}
	return out
}

// completeAsk: the query name first, then entity names for its arguments.
func completeAsk(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 {
		return queryNames(false), cobra.ShellCompDirectiveNoFileComp
	}
	if q, ok := queries.Get(args[0]); !ok || len(args)-1 >= len(q.Args) {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return completeEntities(c, toComplete)
}

func completeEntityArg(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return completeEntities(c, toComplete)
}

// addExportCompletion completes export's --format, --query, --types,
// --entity and --gexf-version, and the entity arguments of --query.
func addExportCompletion(c *cobra.Command, opts *ExportOptions) {
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats, cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("query", cobra.FixedCompletions(queryNames(true), cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("gexf-version", cobra.FixedCompletions([]string{export.GEXF12, export.GEXF13}, cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("entity", func(c *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return completeEntities(c, toComplete)
	})
	c.RegisterFlagCompletionFunc("types", func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		// a comma-separated list: offer the types not yet given after the last comma
		done, _ := splitLast(toComplete)
		var out []string
		for _, t := range export.EntityTypes {
			if !strings.Contains(","+done, ","+t+",") {
				out = append(out, done+t)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	})
	c.ValidArgsFunction = func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if q, ok := queries.Get(opts.Query); ok && len(args) < len(q.Args) {
			return completeEntities(c, toComplete)
		}
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
}

// splitLast splits "person,place,or" into "person,place," and "or".
func splitLast(s string) (string, string) {
	i := strings.LastIndexByte(s, ',')
	return s[:i+1], s[i+1:]
}
