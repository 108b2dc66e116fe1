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
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// ExtractOptions are the inputs of `newsgraph extract`.
type ExtractOptions struct {
	Paths    []string
	Format   string // "text" or "json"
	Date     string // date for undated plain text articles
	MaxBytes int
	Workers  int
}

func newExtractCmd(io IO) *cobra.Command {
	opts := &ExtractOptions{}
	c := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Extract entities, dates, claims and events from articles, without a store",
		Long: `extract runs the extraction pipeline and prints what it found.

PATH is a file, a directory (read recursively: .txt, .md, .jsonl, .ndjson), a glob, or
"-" for standard input (the default). Accepted article formats:
  seed format   first line " date YYYY-MM-DD", then the body
  plain text    .txt/.md; the date comes from --date, else it is unknown
  JSON Lines    one {"id","date","title","url","text"} object per line

--format text prints a readable summary per article; --format json prints the output
contract of ../shared/eval/README.md, one JSON object per article per line, with offsets
in Unicode code points.`,
		Example: `  newsgraph extract seeds/
  newsgraph extract --format json ../shared/eval/gum/dev.jsonl > pred.jsonl
  echo "Angela Merkel met Emmanuel Macron in Paris on Tuesday." | newsgraph extract --date 2024-05-02 -`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			return runExtract(c.Context(), opts, io)
		},
	}
	c.Flags().StringVarP(&opts.Format, "format", "f", "text", "output format: text or json")
	c.Flags().StringVar(&opts.Date, "date", "", "publication date (YYYY-MM-DD) for articles that carry none")
	c.Flags().IntVar(&opts.MaxBytes, "max-bytes", article.DefaultMaxBytes, "skip articles larger than this many bytes")
	c.Flags().IntVar(&opts.Workers, "workers", 0, "extraction workers (0 = one per core)")
	return c
}

// readOptions turns shared flags into reader options.
func readOptions(date string, maxBytes int, in io.Reader) (article.Options, error) {
	opt := article.Options{MaxBytes: maxBytes, Stdin: in}
	if date != "" {
		d, err := article.ParseDate(date)
		if err != nil {
			return opt, usageError{fmt.Errorf("--date: %v", err)}
		}
		opt.Date = d
	}
	return opt, nil
}

func runExtract(ctx context.Context, opts *ExtractOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Format != "text" && opts.Format != "json" {
		return usageError{fmt.Errorf("--format must be text or json, not %q", opts.Format)}
	}
	ropt, err := readOptions(opts.Date, opts.MaxBytes, io.In)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(io.Out)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	skipped := 0
	corpus := link.NewCorpus() // one id per real-world entity across the run
	err = pipeline.Run(ctx, opts.Paths, pipeline.Options{Read: ropt, Workers: opts.Workers,
		Report: func(e *article.Error) {
			skipped++
			fmt.Fprintln(io.Err, "skipped", e)
		}}, func(it pipeline.Item) error {
		corpus.Link(it.Doc)
		if opts.Format == "json" {
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
