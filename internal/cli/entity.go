package cli

import (
	"time"

	"github.com/spf13/cobra"
)

func newEntityCmd(io IO) *cobra.Command {
	opts := &AskOptions{Name: "entity", Timeout: 30 * time.Second}
	c := &cobra.Command{
		Use:   "entity NAME",
		Short: "Show one entity across the corpus: aliases, types, mentions per article, merge reasons",
		Long: `entity shows how newsgraph resolved an entity across articles: its canonical name and
aliases, its types, how it is mentioned in each article, and why each article's entity was
taken as this one ("\"Barra\" is part of the only known name with it, \"Mary Barra\"").
Names that fit several entities are never merged: each stays its own entity.
It is the same as 'newsgraph ask entity NAME'.`,
		Example: `  newsgraph entity "Kim Kardashian"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			opts.Args = args
			return runAsk(c.Context(), opts, io)
		},
	}
	addRowFormat(c, &opts.Format)
	c.ValidArgsFunction = completeEntityArg
	return c
}
