package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/eventlink"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/triples"
)

// ExtractOptions are the inputs of `newsgraph extract`.
type ExtractOptions struct {
	Paths  []string
	Format string // "text", "json" or "jsonl" (both JSON Lines: the output contract), "conllu"
	// Tokenized reads CoNLL-U input as its words and sentences.
	Tokenized bool
	Workers   int
	Progress  string // auto, always, never
	// Fast parses with the greedy parser model (syntax.SetFast).
	Fast bool
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
parser can be scored apart from tokenization (../shared/eval/ud/ud-score GOLD SYSTEM).

Entity ids are resolved across all the documents read, as build resolves them across
a store: the same set of documents gives the same ids in any order. So the text and JSON
output come once every document is read (CoNLL-U, which has no entities, as each is).`,
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
	addFastFlag(c, &opts.Fast)
	return c
}

// addFastFlag adds --fast, the greedy parser model, to an extracting command.
func addFastFlag(c *cobra.Command, fast *bool) {
	c.Flags().BoolVar(fast, "fast", false, "parse with the greedy parser instead of the beam-search one: "+
		"extraction about twice as fast, the parse a little less accurate (extract/syntax/model/PARSER.md)")
}

// useFast turns the parser's fast mode on for one command and returns
// what turns it off again.
func useFast(on bool) (restore func()) {
	if !on {
		return func() {}
	}
	syntax.SetFast(true)
	return func() { syntax.SetFast(false) }
}

func runExtract(ctx context.Context, opts *ExtractOptions, io IO) error {
	if ctx == nil {
		ctx = context.Background()
	}
	defer useFast(opts.Fast)()
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
	// Ids across documents are resolved once all are read (extract/link:
	// the outcome depends on the set of documents, not their order), so
	// the output is held until then.
	corpus := link.NewCorpus()
	var held []*summary
	err = pipeline.Run(ctx, opts.Paths, pipeline.Options{Read: ropt, Workers: opts.Workers,
		Report: func(e *article.Error) {
			skipped++
			bar.clear()
			fmt.Fprintln(io.Err, "skipped", e)
		}}, func(it pipeline.Item) error {
		articles++
		bar.describe("extracted %d articles", articles)
		if opts.Format == "conllu" { // the syntax layer: no entities to resolve, written as it comes
			return conllu.Write(w, contract.CoNLLU(it.Doc))
		}
		s := summarize(it, len(held), opts.Format == "text")
		corpus.Put(s.key, s.recs)
		held = append(held, s)
		return nil
	})
	if err == nil {
		res := corpus.Resolve()
		stories := link.NewStories()
		for _, s := range held {
			s.resolve(res.Of(s.key))
			stories.Put(s.key, s.date, res.Of(s.key), s.descs)
		}
		joined := stories.Link()
		for _, s := range held {
			s.describe(joined[s.key])
			s.r.JoinSameIDs()
		}
		identifyEvents(held)
		for _, s := range held {
			if opts.Format != "text" { // json and jsonl: JSON Lines, the output contract the scorer reads
				if err := enc.Encode(s.r); err != nil {
					return err
				}
				continue
			}
			writeSummary(w, s)
		}
	}
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

// summary is one article's extraction held until the corpus is resolved:
// the output contract, in which the article's linkable entities have
// placeholder ids (linkRef), and for the text format its heading and
// claims.
type summary struct {
	key     string // the article in the corpus: its id and its place in the input
	recs    []link.Record
	events  eventlink.Article
	descs   []link.Description
	date    time.Time // the article's date, zero when unknown (link.Stories)
	r       contract.Result
	heading string
	claims  []string
}

// linkRef is the placeholder id of linkable entity i in a held contract.
func linkRef(i int) string { return "\x00" + strconv.Itoa(i) }

func summarize(it pipeline.Item, seq int, text bool) *summary {
	d := it.Doc
	s := &summary{key: d.ID + "\x00" + strconv.Itoa(seq), recs: link.Records(d), descs: link.Descriptions(d), date: d.Date}
	for _, rec := range s.recs {
		d.Entities[rec.Local].ID = linkRef(rec.Local)
	}
	s.events = eventlink.Records(d)
	s.r = contract.From(d)
	if text {
		date := it.Article.DateString()
		if date == "" {
			date = "date unknown"
		}
		s.heading = fmt.Sprintf("== %s (%s, %s)\n%d sentences, %d tokens\n", d.ID, date, it.Article.Source, len(d.Sentences), len(d.Tokens))
		s.claims = claimLines(d)
	}
	return s
}

// resolve gives the held contract's entities the ids and types the
// corpus resolved them to.
func (s *summary) resolve(outs []link.Outcome) {
	byRef := map[string]link.Outcome{}
	for _, o := range outs {
		byRef[linkRef(o.Local)] = o
	}
	s.r.Rename(func(id string) (string, doc.EntityType, bool) {
		o, ok := byRef[id]
		return o.ID, o.Type, ok
	})
	s.events = s.events.Renamed(outs)
}

// identifyEvents gives the held contracts' events their ids across the
// documents read (extract/eventlink), once their entities have theirs:
// like entity ids, they depend on the set of documents, not their order.
// An article is known by its document id, as in a store (event ids hash
// it), or by its key where two documents share an id.
func identifyEvents(held []*summary) {
	n := map[string]int{}
	for _, s := range held {
		n[s.r.ID]++
	}
	key := func(s *summary) string {
		if n[s.r.ID] > 1 {
			return s.key
		}
		return s.r.ID
	}
	corpus := eventlink.NewCorpus()
	for _, s := range held {
		corpus.Put(key(s), s.events)
	}
	res := corpus.Resolve()
	for _, s := range held {
		ids := res.IDs(key(s))
		for i := range s.r.Events {
			s.r.Events[i].ID = ids[i]
		}
	}
}

// describe gives the held contract's descriptions the ids they share with
// descriptions of other reports of their story (link.Stories), by Local.
func (s *summary) describe(joined map[int]string) {
	if len(joined) == 0 {
		return
	}
	byID := map[string]link.Description{}
	to := map[string]string{}
	for _, d := range s.descs {
		if id, ok := joined[d.Local]; ok && !d.Named {
			byID[d.ID], to[d.ID] = d, id
		}
	}
	s.r.Rename(func(id string) (string, doc.EntityType, bool) {
		n, ok := to[id]
		return n, byID[id].Type, ok
	})
}

// writeSummary prints what was found in one article, for people.
func writeSummary(w io.Writer, s *summary) {
	fmt.Fprint(w, s.heading)
	r := s.r
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
			count := fmt.Sprintf("%d mentions", len(e.Mentions))
			if n := len(e.Nested); n > 0 {
				count += fmt.Sprintf(", %d inside other names", n) // "Des Moines" of "Des Moines Register"
			}
			fmt.Fprintf(w, "  %-13s %s  (%s)", e.Type, e.Name, count)
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
	if len(r.Events) > 0 {
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
			if f := factualityWords(ev.Factuality); f != "" {
				line += " [" + f + "]"
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
	if len(s.claims) > 0 {
		fmt.Fprintln(w, "Claims:")
		for _, c := range s.claims {
			fmt.Fprintln(w, c)
		}
	}
	fmt.Fprintln(w)
}

// claimLines lists the claims of d as writeSummary prints them.
func claimLines(d *doc.Document) []string {
	var out []string
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
		for _, c := range d.OtherSpeakers(q) {
			who += " + " + mentionName(d, c)
		}
		var parts []string
		for _, c := range q.Content {
			parts = append(parts, d.Slice(c))
		}
		kind := "reported"
		if q.Direct {
			kind = "direct"
		}
		if q.Continued {
			kind += ", continued"
		}
		out = append(out, fmt.Sprintf("  %s (%s): %s", who, kind, clip(strings.Join(parts, " … "), 160)))
	}
	return out
}

// mentionName is the name of mention m's entity, or its text when it
// has none.
func mentionName(d *doc.Document, m int) string {
	if e := d.Mentions[m].Entity; e >= 0 {
		return d.Entities[e].Name
	}
	return d.Mentions[m].Text
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// factualityWords says how the text tells an event that it does not
// assert itself, in the words of `ask met --all` ("denied, reported by
// kim-kardashian", "planned"), so that the readable output never shows a
// denied or planned event as a fact; "" for an event told as having happened.
func factualityWords(f *contract.Factuality) string {
	if f == nil {
		return ""
	}
	t := triples.Told{Reported: f.Source != nil}
	for _, v := range [][2]string{{triples.Polarity, f.Polarity}, {triples.Certainty, f.Certainty},
		{triples.Tense, f.Time}, {triples.SpecialCase, f.SpecialCases}} {
		if v[1] != "" && v[1] != triples.Default(v[0]) {
			t.Set(v[0], v[1])
		}
	}
	if f.Source != nil {
		t.Speaker = f.Source.Text
		if f.Source.Entity != nil {
			t.Speaker = *f.Source.Entity
		}
	}
	if t.Asserted() && !t.Reported {
		return ""
	}
	return t.Describe()
}
