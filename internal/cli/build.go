package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/triples"
)

// BuildOptions are the inputs of `newsgraph build`.
type BuildOptions struct {
	DB       string
	Paths    []string
	Workers  int
	Progress string // auto, always, never
	// Batch is how many new articles go into one transaction (0 =
	// DefaultBatch, 1 = one transaction per article). Already stored
	// articles (skips, replaces) always get their own.
	Batch int
	// Wait is how long to wait for a bbolt store that another process
	// (a reader such as ask, or another build) is using (0 = DefaultWait).
	Wait time.Duration
	// Fast parses with the greedy parser model (syntax.SetFast); articles extracted
	// so are extracted again by a later build without it.
	Fast bool
	InputOptions
}

// DefaultWait is the default of build --wait.
const DefaultWait = time.Minute

// releaseEvery: with --batch 1, build lets readers in after at most this
// long of holding a bbolt store (reopening it after every article would
// cost more than the loads).
const releaseEvery = 200 * time.Millisecond

// DefaultBatch is the default of build --batch.
const DefaultBatch = 256

// BuildSummary is what a build did.
type BuildSummary struct {
	Articles                    int
	Inserted, Replaced, Skipped int
	BadInputs                   int
	Entities, Events, Claims    int
	// Rebound counts the stored articles bound again because resolution
	// across articles changed (see internal/resolve).
	Rebound                  int
	QuadsAdded, QuadsRemoved int
	StoreQuads               int64
	Store                    string // the store, password redacted
	Seconds                  float64
}

func newBuildCmd(io IO) *cobra.Command {
	opts := &BuildOptions{}
	c := &cobra.Command{
		Use:   "build PATH|URL...",
		Short: "Extract articles and load them into the graph store",
		Long: `build reads articles (files, directories, globs, URLs, or "-" for stdin; see
'newsgraph extract --help' for the formats), extracts them on every core, and loads each
article into the store as one transaction: an article is either fully present or absent.

Loading is idempotent. An article whose text, date, title, URL and byline (and the
extractor version) are unchanged is skipped; a changed one replaces its previous facts; 'newsgraph remove ID'
deletes one. Entities are resolved across every stored article at the end of each build
(and remove), so the graph depends only on the set of articles stored, not on the order,
the runs or the --batch that brought them: stored articles whose entities now resolve
otherwise are bound again. Every quad is labelled with its source article, and every event and claim
carries the sentence and offsets it came from.

Ids: a record's "id" (JSON, CSV), else its URL; a feed item's guid or link; a page's
canonical URL; for a file, its path below the directory named, without extension
(seeds/004_955b.txt -> 004_955b, in/2024/a.txt -> 2024/a), and after that the id it is
stored under, whatever directory names it later; for standard input and records with
neither id nor URL, a hash of the text. Two different files that come
to one id both stay (the later one takes a suffix from its path), in one run or across
runs; two different records that give the same id are an error that names both.

The commands that only read (ask, entity, query, stats, conflicts, export, serve) can
use the store while build runs: on bbolt, build
holds the file only while it writes a transaction, and readers see whole articles. Build
waits up to --wait for a store another process is using.`,
		Example: `  newsgraph build seeds/
  newsgraph build --db postgres://me@localhost/news articles/*.jsonl
  newsgraph build --date 2024-05-02 notes.txt
  newsgraph build https://ledger.example/2024/03/05/pier https://ledger.example/feed.rss
  newsgraph build --urls reading-list.txt --fetch-timeout 10s`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.DB = dbFlag(c)
			paths, err := opts.paths(args)
			if err != nil {
				return err
			}
			if len(paths) == 0 {
				return usageError{errors.New("build needs at least one PATH or URL (or --urls FILE)")}
			}
			opts.Paths = paths
			sum, err := runBuild(c.Context(), opts, io)
			if sum != nil {
				printBuildSummary(io, sum)
			}
			return err
		},
	}
	addInputFlags(c, &opts.InputOptions)
	c.Flags().IntVar(&opts.Workers, "workers", 0, "extraction workers (0 = one per core)")
	c.Flags().StringVar(&opts.Progress, "progress", "auto", "progress bar: auto (on a terminal), always, never")
	c.Flags().IntVar(&opts.Batch, "batch", DefaultBatch, "new articles per transaction (1 = one transaction per article)")
	c.Flags().DurationVar(&opts.Wait, "wait", DefaultWait, "wait this long for a store another process is using (bbolt)")
	addFastFlag(c, &opts.Fast)
	return c
}

func wantProgress(mode string, io IO) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	f, ok := io.Err.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func runBuild(ctx context.Context, opts *BuildOptions, io IO) (*BuildSummary, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	defer useFast(opts.Fast)()
	if err := checkProgress(opts.Progress); err != nil {
		return nil, err
	}
	ropt, err := opts.readOptions(io.In, io.Err)
	if err != nil {
		return nil, err
	}
	wait := opts.Wait
	if wait <= 0 {
		wait = DefaultWait
	}
	store, err := graph.OpenWith(ctx, opts.DB, graph.Options{LockTimeout: wait})
	if err != nil {
		return nil, err
	}
	defer store.Close()

	start := time.Now()
	sum := &BuildSummary{Store: store.String()}
	// One scan of the registry tells the reader the ids the stored files
	// have (issue 18) and entity resolution across articles what the
	// store holds (internal/resolve), to which every article of this
	// build is added before all are resolved at once.
	infos, err := store.Articles(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the articles already stored: %w", err)
	}
	ropt.Stored = storedIDs(infos)
	session, err := resolve.New(infos)
	if err != nil {
		return nil, err
	}
	ld := newLoader(ctx, store, opts.Batch, sum)
	if err := ld.release(true); err != nil {
		return nil, err
	}
	sp, err := newSpool()
	if err != nil {
		return nil, err
	}
	defer sp.close()
	err = extractAll(ctx, opts, ropt, io, sum, func(p spooled) error {
		if err := session.Add(p.Article); err != nil {
			return err
		}
		return sp.put(p)
	})
	if err == nil {
		// every article is written once, bound as the whole corpus resolves it
		ld.bar = newProgressOf(opts.Progress, io, "loading", int64(sp.n), false, "articles")
		err = sp.each(func(p spooled) error {
			p.Article.Binding = session.Binding(p.Article)
			return ld.add(p)
		})
	}
	if err == nil {
		err = ld.flush()
	}
	if err == nil {
		ld.bar.describe("resolving entities across the stored articles")
		var st resolve.Settled
		st, err = resolve.Settle(ctx, store, session)
		sum.Rebound = st.Rebound
		sum.QuadsAdded += st.Added
		sum.QuadsRemoved += st.Removed
	}
	ld.bar.finish()
	sum.Seconds = time.Since(start).Seconds()
	if st, serr := store.Stats(ctx); serr == nil {
		sum.StoreQuads = st.Quads
	} else {
		sum.StoreQuads = -1 // unknown: the store failed
	}
	if err != nil {
		return sum, err
	}
	if sum.BadInputs > 0 {
		if sum.Articles == 0 {
			return sum, fmt.Errorf("no article could be read: every input (%d) was skipped", sum.BadInputs)
		}
		return sum, errSkipped
	}
	return sum, nil
}

// extractAll reads and extracts every input, in order, and hands each
// article to sink. The bar counts the bytes of the input files read,
// against their total size (the articles of a JSON Lines file are not
// known before it is read).
func extractAll(ctx context.Context, opts *BuildOptions, ropt article.Options, io IO, sum *BuildSummary, sink func(spooled) error) error {
	bar := newProgress(opts.Progress, io, "extracting", article.InputSize(opts.Paths), true)
	defer bar.finish()
	ropt.Progress = bar.add
	warn := ropt.Warn
	ropt.Warn = func(e *article.Error) { bar.clear(); warn(e) }
	report := func(e *article.Error) {
		sum.BadInputs++
		bar.clear()
		fmt.Fprintln(io.Err, "skipped", e)
	}
	n := 0
	return pipeline.Run(ctx, opts.Paths, pipeline.Options{Read: ropt, Workers: opts.Workers, Report: report},
		func(it pipeline.Item) error {
			a := triples.Build(it.Doc, triples.Meta{Source: it.Article.Source, URL: it.Article.URL, Author: it.Article.Author,
				Origin: it.Article.Origin, TextID: article.TextID(it.Article)})
			n++
			bar.describe("extracted %d articles", n)
			return sink(spooled{Source: it.Article.Source, Article: a, Entities: countEntities(it), Events: len(it.Doc.Events), Claims: len(it.Doc.Quotes)})
		})
}

// loader writes the bound articles: in batches (graph.Store.LoadBatch:
// one transaction for the new articles of a batch, one per article for the
// others), or with --batch 1 each with graph.Store.Load as it comes. On
// bbolt the store is released between transactions (and reopened by the
// next load), so that readers can use it meanwhile; each transaction still
// holds whole articles.
type loader struct {
	ctx   context.Context
	store *graph.Store
	batch int
	sum   *BuildSummary
	bar   *progress
	queue []spooled
	held  time.Time
}

func newLoader(ctx context.Context, store *graph.Store, batch int, sum *BuildSummary) *loader {
	if batch <= 0 {
		batch = DefaultBatch
	}
	return &loader{ctx: ctx, store: store, batch: batch, sum: sum, held: time.Now()}
}

func (l *loader) release(force bool) error {
	if !force && time.Since(l.held) < releaseEvery {
		return nil
	}
	err := l.store.Release()
	l.held = time.Now()
	return err
}

func (l *loader) add(p spooled) error {
	if l.batch == 1 {
		res, err := l.store.Load(l.ctx, p.Article)
		if err != nil {
			return fmt.Errorf("%s: loading article %q: %w", p.Source, p.Article.ID, err)
		}
		l.account(p, res)
		return l.release(false)
	}
	l.queue = append(l.queue, p)
	if len(l.queue) >= l.batch {
		return l.flush()
	}
	return nil
}

func (l *loader) flush() error {
	if len(l.queue) == 0 {
		return nil
	}
	arts := make([]triples.Article, len(l.queue))
	for i, p := range l.queue {
		arts[i] = p.Article
	}
	l.held = time.Now()
	results, err := l.store.LoadBatch(l.ctx, arts)
	for i, res := range results {
		l.account(l.queue[i], res)
	}
	if err != nil {
		failed := l.queue[min(len(results), len(l.queue)-1)]
		l.queue = nil
		return fmt.Errorf("%s: loading article %q: %w", failed.Source, failed.Article.ID, err)
	}
	l.queue = l.queue[:0]
	return l.release(true)
}

func (l *loader) account(p spooled, res graph.LoadResult) {
	s := l.sum
	s.Articles++
	switch res.Status {
	case graph.Inserted:
		s.Inserted++
	case graph.Replaced:
		s.Replaced++
	case graph.Skipped:
		s.Skipped++
	}
	s.QuadsAdded += res.Added
	s.QuadsRemoved += res.Removed
	s.Entities += p.Entities
	s.Events += p.Events
	s.Claims += p.Claims
	l.bar.add(1)
	l.bar.describe("loaded %d articles", s.Articles)
}

func countEntities(it pipeline.Item) int {
	n := 0
	for _, e := range it.Doc.Entities {
		if !e.Ambiguous() && len(e.Mentions) > 0 {
			n++
		}
	}
	return n
}

func printBuildSummary(io IO, s *BuildSummary) {
	fmt.Fprintf(io.Out, "%d articles (%d new, %d replaced, %d unchanged), %d skipped inputs\n",
		s.Articles, s.Inserted, s.Replaced, s.Skipped, s.BadInputs)
	fmt.Fprintf(io.Out, "%d entities, %d events, %d claims extracted\n", s.Entities, s.Events, s.Claims)
	if s.Rebound > 0 {
		fmt.Fprintf(io.Out, "%d stored articles bound again to the entities resolution across articles now gives\n", s.Rebound)
	}
	if s.StoreQuads < 0 {
		fmt.Fprintf(io.Out, "%d quads added, %d removed; the store %s could not be counted\n",
			s.QuadsAdded, s.QuadsRemoved, s.Store)
	} else {
		fmt.Fprintf(io.Out, "%d quads added, %d removed; the store %s now holds %d quads\n",
			s.QuadsAdded, s.QuadsRemoved, s.Store, s.StoreQuads)
	}
	fmt.Fprintf(io.Out, "%.2f seconds\n", s.Seconds)
}

// storedIDs lists the stored articles for the reader, so that a file keeps
// the id it was first stored under whatever directory names it now, and a
// new file does not take the id of a stored one (article.Stored).
func storedIDs(infos []graph.ArticleInfo) []article.Stored {
	out := make([]article.Stored, len(infos))
	for i, in := range infos {
		out[i] = article.Stored{ID: in.ID, Origin: in.Origin, Text: in.Text}
	}
	return out
}
