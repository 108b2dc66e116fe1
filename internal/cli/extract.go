package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// ExtractOptions are the inputs of `newsgraph extract`.
type ExtractOptions struct {
	Paths  []string
	Format string // "text", "json" or "jsonl" (both JSON Lines: the output contract), "conllu"
	// Tokenized reads CoNLL-U input as its words and sentences.
	Tokenized bool
	Workers   int
	Progress  string // auto, always, never
	InputOptions
}

func newExtractCmd(io IO) *cobra.Command {
	opts := &ExtractOptions{}
	c := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Extract entities, dates, claims and events from articles, without a store",
		Long: `extract runs the extraction pipeline and prints what it found.

` + inputFormatsHelp + `
Without PATH, extract reads standard input.

--format text prints a readable summary per article; --format json (or jsonl, the same)
prints the output contract of ../shared/eval/README.md, one JSON object per article per
line (JSON Lines, unlike the one JSON array of --format json elsewhere: the scorer and
scripts read it line by line), with offsets in Unicode code points.

--format conllu prints the syntax layer as CoNLL-U, the format of Universal Dependencies:
sentences, words, lemmas, UPOS and XPOS tags, dependency heads and relations. A .conllu
input is read as raw text (its "# text" lines, a blank line between paragraphs) unless
--tokenized is given, which keeps its own words and sentences, so that the tagger and
parser can be scored apart from tokenization (../shared/eval/ud/ud-score GOLD SYSTEM).`,
		Example: `  newsgraph extract seeds/
  newsgraph extract --format json ../shared/eval/gum/dev.jsonl > pred.jsonl
  echo "Angela Merkel met Emmanuel Macron in Paris on Tuesday." | newsgraph extract --date 2024-05-02 -
  newsgraph extract --format conllu --tokenized ../shared/eval/ud/en_ewt-ud-dev.conllu > ewt.conllu`,
		RunE: func(c *cobra.Command, args []string) error {
			paths, err := opts.paths(args)
			if err != nil {
				return err
			}
			if len(paths) == 0 {
				paths = []string{"-"}
			}
			opts.Paths = paths
			return runExtract(c.Context(), opts, io)
		},
	}
	c.Flags().StringVarP(&opts.Format, "format", "f", "text", "output format: text, json/jsonl (both the JSON Lines of the output contract), or conllu (the parse)")
	c.Flags().BoolVar(&opts.Tokenized, "tokenized", false, "read .conllu input as its words and sentences, not as raw text")
	addInputFlags(c, &opts.InputOptions)
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json", "jsonl", "conllu"}, cobra.ShellCompDirectiveNoFileComp))
	c.Flags().IntVar(&opts.Workers, "workers", 0, "extraction workers (0 = one per core)")
	c.Flags().StringVar(&opts.Progress, "progress", "auto", "progress bar on stderr: auto (on a terminal), always, never")
	return c
}

func runExtract(ctx context.Context, opts *ExtractOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	switch opts.Format {
	case "text", "json", "jsonl", "conllu":
	default:
		return usageError{fmt.Errorf("--format must be text, json, jsonl or conllu, not %q", opts.Format)}
	}
	if opts.Progress == "" {
		opts.Progress = "auto"
	}
	if err := checkProgress(opts.Progress); err != nil {
		return err
	}
	ropt, err := opts.readOptions(io.In, io.Err)
	if err != nil {
		return err
	}
	ropt.Tokenized = opts.Tokenized
	bar := newProgress(opts.Progress, io, "extracting", article.InputSize(opts.Paths), true)
	defer bar.finish()
	ropt.Progress = bar.add
	warn := ropt.Warn
	ropt.Warn = func(e *article.Error) { bar.clear(); warn(e) }
	w := bufio.NewWriter(io.Out)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	skipped, articles := 0, 0
	corpus := link.NewCorpus() // one id per real-world entity across the run
	err = pipeline.Run(ctx, opts.Paths, pipeline.Options{Read: ropt, Workers: opts.Workers,
		Report: func(e *article.Error) {
			skipped++
			bar.clear()
			fmt.Fprintln(io.Err, "skipped", e)
		}}, func(it pipeline.Item) error {
		corpus.Link(it.Doc)
		articles++
		bar.describe("extracted %d articles", articles)
		switch opts.Format {
		case "conllu":
			return conllu.Write(w, contract.CoNLLU(it.Doc))
		case "json", "jsonl": // JSON Lines, the output contract the scorer reads
			return enc.Encode(contract.From(it.Doc))
		}
		writeSummary(w, it)
		return nil
	})
	if err != nil {
		return err
	}
	if skipped > 0 {
		w.Flush()
		if articles == 0 {
			return fmt.Errorf("no article could be read: every input (%d) was skipped", skipped)
		}
		fmt.Fprintf(io.Err, "%d input(s) skipped\n", skipped)
		return errSkipped
	}
	return nil
}

// writeSummary prints what was found in one article, for people.
func writeSummary(w io.Writer, it pipeline.Item) {
	d := it.Doc
	date := it.Article.DateString()
	if date == "" {
		date = "date unknown"
	}
	fmt.Fprintf(w, "== %s (%s, %s)\n", d.ID, date, it.Article.Source)
	fmt.Fprintf(w, "%d sentences, %d tokens\n", len(d.Sentences), len(d.Tokens))
	r := contract.From(d)
	if len(r.Entities) > 0 {
		fmt.Fprintln(w, "Entities:")
		for _, e := range r.Entities {
			var extra []string
			if len(e.Aliases) > 0 {
				extra = append(extra, "aka "+strings.Join(e.Aliases, ", "))
			}
			if e.Age > 0 {
				extra = append(extra, fmt.Sprintf("age %d", e.Age))
			}
			if len(e.Roles) > 0 {
				extra = append(extra, strings.Join(e.Roles, "; "))
			}
			fmt.Fprintf(w, "  %-13s %s  (%d mentions)", e.Type, e.Name, len(e.Mentions))
			if len(extra) > 0 {
				fmt.Fprintf(w, "  [%s]", strings.Join(extra, " | "))
			}
			fmt.Fprintln(w)
		}
	}
	if len(r.Timexes) > 0 {
		fmt.Fprintln(w, "Time expressions:")
		for _, t := range r.Timexes {
			fmt.Fprintf(w, "  %-9s %-14s %q\n", t.Type, t.Value, t.Text)
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(w, "Events:")
		for _, ev := range r.Events {
			var args []string
			for _, a := range ev.Args {
				args = append(args, a.Role+"="+a.Entity)
			}
			line := fmt.Sprintf("  %-10s %-12q %s", ev.Type, ev.Trigger.Text, strings.Join(args, " "))
			if ev.Place != nil {
				line += " place=" + *ev.Place
			}
			if ev.Time != nil {
				line += " time=" + *ev.Time
			}
			fmt.Fprintln(w, line)
		}
	}
	if len(r.Relations) > 0 {
		fmt.Fprintln(w, "Relations:")
		for _, rel := range r.Relations {
			if rel.Kind == "open" {
				fmt.Fprintf(w, "  %-12s %s %s %s (confidence %.1f)\n", rel.Kind, rel.Holder, rel.Type, rel.Relative, rel.Confidence)
			} else {
				fmt.Fprintf(w, "  %-12s %s is %s of %s\n", rel.Kind, rel.Holder, rel.Type, rel.Relative)
			}
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(w, "Claims:")
		for _, q := range d.Quotes {
			who := "(speaker unknown)"
			if q.Speaker >= 0 {
				m := d.Mentions[q.Speaker]
				who = m.Text
				if m.Entity >= 0 && d.Entities[m.Entity].Name != m.Text {
					who += " = " + d.Entities[m.Entity].Name
				}
			} else if q.SpeakerSpan != nil {
				who = d.Slice(*q.SpeakerSpan)
			}
			var parts []string
			for _, c := range q.Content {
				parts = append(parts, d.Slice(c))
			}
			kind := "reported"
			if q.Direct {
				kind = "direct"
			}
			fmt.Fprintf(w, "  %s (%s): %s\n", who, kind, clip(strings.Join(parts, " … "), 160))
		}
	}
	fmt.Fprintln(w)
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
