// Command bench measures newsgraph end to end and writes the report
// docs/bench.md (+ docs/bench.json):
//
//	make bench                                   # from the repository root
//	cd tools/bench && BENCH_ARTICLES=1000 go run .  # a quicker, smaller run
//
// It generates the benchmark corpus from the shared texts into a temporary
// directory (never into the repository; see corpus.go), then measures
// extraction per stage on one core, prose v3 on the same text, `newsgraph
// build` as a child process on bbolt and PostgreSQL (articles/s, peak RSS,
// store size), the store's load path alone (per article and batched), and
// the latency of every named query on the built store.
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	prose "github.com/jdkato/prose/v3"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/triples"
)

// Figure is one row of the report.
type Figure struct {
	Name     string  `json:"name"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	Measured string  `json:"measured"`
	Target   string  `json:"target,omitempty"`
	Met      *bool   `json:"met,omitempty"`
	Note     string  `json:"note,omitempty"`
}

// Report is docs/bench.json.
type Report struct {
	Date     string            `json:"date"`
	Machine  map[string]string `json:"machine"`
	Corpus   map[string]any    `json:"corpus"`
	Figures  []Figure          `json:"figures"`
	Notes    []string          `json:"notes"`
	Profiles map[string]string `json:"profiles,omitempty"`
	Seconds  float64           `json:"seconds"`
}

var rep = &Report{Machine: map[string]string{}, Corpus: map[string]any{}, Profiles: map[string]string{}}

func add(f Figure) {
	if f.Measured == "" {
		f.Measured = fmtNum(f.Value) + " " + f.Unit
	}
	rep.Figures = append(rep.Figures, f)
	fmt.Fprintf(os.Stderr, "bench: %-48s %s\n", f.Name, f.Measured)
}

func atLeast(v, target float64) *bool { b := v >= target; return &b }
func atMost(v, target float64) *bool  { b := v <= target; return &b }

// rssMet judges the 10k-article RSS target only on a corpus that size.
func rssMet(mib float64, n int) *bool {
	if n < 10000 && mib <= 1024 {
		return nil // not measured at 10k; it grows with the store (see the analysis)
	}
	return atMost(mib, 1024)
}

func note(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	rep.Notes = append(rep.Notes, s)
	fmt.Fprintln(os.Stderr, "bench: note:", s)
}

func main() {
	def := 1500 // about 1.1M quads: the query-latency target size, in ~8 minutes
	if v, err := strconv.Atoi(os.Getenv("BENCH_ARTICLES")); err == nil && v > 0 {
		def = v
	}
	var (
		root    = flag.String("root", "../..", "the repository root: paths below are relative to it")
		shared  = flag.String("shared", "../shared", "shared data directory (eval/, train/)")
		n       = flag.Int("articles", def, "articles in the generated corpus ($BENCH_ARTICLES)")
		seed    = flag.Uint64("seed", 1, "corpus seed")
		batch   = flag.Int("batch", 256, "build --batch and LoadBatch size")
		sample  = flag.Int("sample", 100, "articles for the per-stage and prose figures")
		reps    = flag.Int("query-args", 20, "arguments per named query for the latency figures")
		pgMode  = flag.String("pg", "auto", "PostgreSQL: auto (start a throwaway server, skip if it cannot), off")
		out     = flag.String("out", "docs/bench.md", "Markdown report")
		jsonOut = flag.String("json", "docs/bench.json", "JSON report")
		keep    = flag.Bool("keep", false, "keep the work directory")
		render  = flag.Bool("render", false, "only rewrite -out from -json (after editing analysis.go)")
		onlyBld = flag.Bool("build-only", false, "only the bbolt build figures (time, RSS, size): for a large -articles")
		large   = flag.Int("large", 0, "after the other figures, build a corpus of this many articles on bbolt for the build rate, peak RSS and size at scale (0: none; make bench: $BENCH_LARGE)")
	)
	flag.Parse()
	check(os.Chdir(*root)) // this module sits in tools/bench; the commands and reports are the repository's
	if *render {
		b, err := os.ReadFile(*jsonOut)
		check(err)
		check(json.Unmarshal(b, rep))
		check(writeReport(*out, *jsonOut))
		return
	}
	start := time.Now()
	ctx := context.Background()
	work, err := os.MkdirTemp("", "newsgraph-bench-")
	check(err)
	if *keep {
		fmt.Fprintln(os.Stderr, "bench: work directory", work)
	} else {
		defer os.RemoveAll(work)
	}
	machine()

	// corpus
	srcs, err := loadSources(*shared)
	check(err)
	arts := generate(srcs, *n, *seed)
	corpus := filepath.Join(work, "corpus.jsonl")
	check(writeCorpus(corpus, arts))
	sub := min(len(arts), 300)
	subset := filepath.Join(work, "corpus-sub.jsonl")
	check(writeCorpus(subset, arts[:sub]))
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	rep.Corpus["articles"] = len(arts)
	rep.Corpus["words"] = words
	rep.Corpus["sources"] = len(srcs)
	rep.Corpus["seed"] = *seed
	rep.Corpus["how"] = "recombined paragraphs of the shared eval dev sets and GUM train (news-like genres) under new ids; dates moved by up to ±120 days"
	fmt.Fprintf(os.Stderr, "bench: corpus %d articles, %d words (%d sources) in %s\n", len(arts), words, len(srcs), work)

	// extraction per stage and the prose peer, one goroutine each
	if !*onlyBld {
		ours := extraction(arts[:min(*sample, len(arts))], work)
		peer(arts[:min(*sample, len(arts))], ours)
	}

	bin := filepath.Join(work, "newsgraph")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/newsgraph")
	cmd.Stderr = os.Stderr
	check(cmd.Run())

	// build on bbolt: the whole corpus
	boltDir := filepath.Join(work, "bbolt")
	b := buildChild(bin, "bbolt:"+boltDir, corpus, *batch, len(arts))
	add(Figure{Name: fmt.Sprintf("build, bbolt, %d articles", len(arts)), Value: b.perSec, Unit: "articles/s",
		Target: ">= 300 articles/s", Met: atLeast(b.perSec, 300),
		Note: fmt.Sprintf("%.1f s wall, %.1f s CPU, %d quads added (%.0f quads/s end to end)", b.wall, b.cpu, b.quads, float64(b.quads)/b.wall)})
	rssFigures("bbolt", b, len(arts))
	size := dirSize(boltDir)
	add(Figure{Name: "store size on disk, bbolt", Value: float64(size) / (1 << 20), Unit: "MiB",
		Note: fmt.Sprintf("%.0f bytes per quad", float64(size)/float64(max(b.storeQuads, 1)))})
	rep.Corpus["store quads"] = b.storeQuads
	if *onlyBld {
		note("-build-only: extraction, query, load and PostgreSQL figures skipped")
		finish(start, *out, *jsonOut)
		return
	}

	// read the built store back: articles for the load figures, entities
	// for the queries, and the query latencies at this size
	stored := readBack(ctx, boltDir)
	queryLatency(ctx, boltDir, stored, *reps, *seed)

	// the load path alone
	loadFigures(ctx, work, stored, *batch)

	// PostgreSQL
	if *pgMode != "off" {
		postgres(ctx, bin, work, stored, subset, sub, *batch)
	} else {
		note("PostgreSQL skipped (-pg off)")
	}

	if *large > 0 {
		largeBuild(bin, work, srcs, *large, *seed, *batch)
	}
	finish(start, *out, *jsonOut)
}

// largeBuild builds a corpus of n articles on bbolt, the size the memory
// target is set at: build rate, peak RSS (whole, anonymous, file-backed)
// and store size. The store is removed afterwards.
func largeBuild(bin, work string, srcs []source, n int, seed uint64, batch int) {
	arts := generate(srcs, n, seed)
	corpus := filepath.Join(work, "corpus-large.jsonl")
	check(writeCorpus(corpus, arts))
	dir := filepath.Join(work, "bbolt-large")
	fmt.Fprintf(os.Stderr, "bench: building %d articles on bbolt\n", len(arts))
	b := buildChild(bin, "bbolt:"+dir, corpus, batch, len(arts))
	add(Figure{Name: fmt.Sprintf("build, bbolt, %d articles", len(arts)), Value: b.perSec, Unit: "articles/s",
		Target: ">= 300 articles/s", Met: atLeast(b.perSec, 300),
		Note: fmt.Sprintf("%.1f s wall, %.1f s CPU, %d quads added", b.wall, b.cpu, b.quads)})
	rssFigures("bbolt", b, len(arts))
	size := dirSize(dir)
	add(Figure{Name: fmt.Sprintf("store size on disk, bbolt, %d articles", len(arts)), Value: float64(size) / (1 << 20), Unit: "MiB",
		Note: fmt.Sprintf("%d quads, %.0f bytes per quad", b.storeQuads, float64(size)/float64(max(b.storeQuads, 1)))})
	check(os.RemoveAll(dir))
	check(os.Remove(corpus))
}

func finish(start time.Time, out, jsonOut string) {
	rep.Seconds = time.Since(start).Seconds()
	rep.Date = time.Now().UTC().Format(time.RFC3339)
	check(writeReport(out, jsonOut))
	fmt.Fprintf(os.Stderr, "bench: wrote %s and %s in %.0f s\n", out, jsonOut, rep.Seconds)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func machine() {
	rep.Machine["go"] = runtime.Version()
	rep.Machine["os/arch"] = runtime.GOOS + "/" + runtime.GOARCH
	rep.Machine["cores"] = strconv.Itoa(runtime.NumCPU())
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if m := regexp.MustCompile(`model name\s*:\s*(.*)`).FindSubmatch(b); m != nil {
			rep.Machine["cpu"] = string(m[1])
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		rep.Machine["load average at start"] = strings.Join(strings.Fields(string(b))[:3], " ")
	}
}

// extraction times every stage over the sample on one goroutine (best of
// two passes), then the pipeline and the syntax stage again with the
// parser's --fast beam, and returns the words/s of the whole pipeline.
func extraction(sample []benchArticle, work string) float64 {
	words := 0
	for _, a := range sample {
		words += len(strings.Fields(a.Text))
	}
	best := timeStages(sample, filepath.Join(work, "extract.pprof"))
	total := float64(words) / sum(best).Seconds()
	add(Figure{Name: "extraction, whole pipeline, one core", Value: total, Unit: "words/s",
		Target: ">= 60k words/s per core (with the parser)", Met: atLeast(total, 60000),
		Note: fmt.Sprintf("%d articles, %d words, best of 2 passes; the beam-search parser", len(sample), words)})
	for i, s := range extract.Stages {
		v := float64(words) / best[i].Seconds()
		f := Figure{Name: "extraction stage " + s.Name, Value: v, Unit: "words/s",
			Note: fmt.Sprintf("%.0f%% of the pipeline time", 100*best[i].Seconds()/sum(best).Seconds())}
		if s.Name == "syntax" { // words, tagger, lemmatizer and parser
			f.Target, f.Met = ">= 50k words/s per core", atLeast(v, 50000)
		}
		add(f)
	}

	syntax.SetFast(true)
	fast := timeStages(sample, "")
	syntax.SetFast(false)
	v := float64(words) / sum(fast).Seconds()
	add(Figure{Name: "extraction, whole pipeline, one core, --fast", Value: v, Unit: "words/s",
		Target: ">= 60k words/s per core (with the parser)", Met: atLeast(v, 60000),
		Note: "the greedy parser model (extract --fast, build --fast)"})
	for i, s := range extract.Stages {
		if s.Name == "syntax" {
			v := float64(words) / fast[i].Seconds()
			add(Figure{Name: "extraction stage syntax, --fast", Value: v, Unit: "words/s",
				Target: ">= 50k words/s per core", Met: atLeast(v, 50000),
				Note: fmt.Sprintf("%.0f%% of the pipeline time", 100*fast[i].Seconds()/sum(fast).Seconds())})
		}
	}
	return total
}

// timeStages runs the pipeline over the sample twice on one goroutine and
// returns each stage's time of the faster pass; with a profile path, the
// second pass is CPU-profiled there.
func timeStages(sample []benchArticle, profile string) []time.Duration {
	var best []time.Duration
	for pass := range 2 {
		var prof *os.File
		if pass == 1 && profile != "" {
			prof, _ = os.Create(profile)
			if prof != nil {
				_ = pprof.StartCPUProfile(prof)
			}
		}
		per := make([]time.Duration, len(extract.Stages))
		for _, a := range sample {
			date, _ := time.Parse("2006-01-02", a.Date)
			d := doc.NewDocument(a.ID, a.Text, date)
			for i, s := range extract.Stages {
				t := time.Now()
				s.Run(d)
				per[i] += time.Since(t)
			}
		}
		if prof != nil {
			pprof.StopCPUProfile()
			prof.Close()
			rep.Profiles["extraction (one core, sample)"] = pprofTop(profile)
		}
		if best == nil || sum(per) < sum(best) {
			best = per
		}
	}
	return best
}

func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}

// peer runs prose v3 (tokens, sentences, POS tags, entities) on the same
// sample, one goroutine, best of two passes.
func peer(sample []benchArticle, ours float64) {
	words := 0
	for _, a := range sample {
		words += len(strings.Fields(a.Text))
	}
	if _, err := prose.NewDocument("Warm up the models."); err != nil {
		note("prose v3 failed: %v", err)
		return
	}
	var best time.Duration
	for range 2 {
		t := time.Now()
		for _, a := range sample {
			if _, err := prose.NewDocument(a.Text); err != nil {
				note("prose v3 failed: %v", err)
				return
			}
		}
		if d := time.Since(t); best == 0 || d < best {
			best = d
		}
	}
	v := float64(words) / best.Seconds()
	add(Figure{Name: "prose v3 (peer: tokens, sentences, POS, NER), one core", Value: v, Unit: "words/s",
		Note: "github.com/jdkato/prose/v3 v3.2.3, NewDocument with its defaults, same sample"})
	add(Figure{Name: "newsgraph extraction speed / prose v3", Value: ours / v, Unit: "x",
		Measured: fmt.Sprintf("%.2f x", ours/v),
		Note:     "ours runs 6+ stages (coreference, time, quotes, events, relations) where prose stops at NER"})
}

type buildResult struct {
	wall, cpu, perSec float64
	rssKB             int64 // getrusage's maxrss: every resident page, mapped files included
	peaks             rssPeaks
	quads, storeQuads int64
}

var reQuads = regexp.MustCompile(`(\d+) quads added, (\d+) removed; the store .* now holds (\d+) quads`)

// buildChild runs `newsgraph build` as a child process.
func buildChild(bin, db, corpus string, batch, n int) buildResult {
	cmd := exec.Command(bin, "build", "--db", db, "--progress", "never", "--batch", strconv.Itoa(batch), corpus)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	t := time.Now()
	err := cmd.Start()
	check(err)
	stop := make(chan struct{})
	peaks := sampleRSS(cmd.Process.Pid, stop)
	err = cmd.Wait()
	wall := time.Since(t).Seconds()
	close(stop)
	if err != nil && cmd.ProcessState.ExitCode() != 3 {
		check(fmt.Errorf("%s: %w\n%s", cmd, err, out.String()))
	}
	r := buildResult{wall: wall, perSec: float64(n) / wall, peaks: <-peaks}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssKB = ru.Maxrss
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	}
	if m := reQuads.FindStringSubmatch(out.String()); m != nil {
		r.quads, _ = strconv.ParseInt(m[1], 10, 64)
		r.storeQuads, _ = strconv.ParseInt(m[3], 10, 64)
	}
	fmt.Fprint(os.Stderr, out.String())
	return r
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return n
}

// rssFigures adds the peak RSS rows of a build: getrusage's maxrss (what
// the target was first measured as) and, from /proc samples, the peaks of
// anonymous and of file-backed memory, each against the target. Only the
// anonymous part is memory the process owns; file-backed pages are the
// store's file mapped (bbolt), page cache the kernel drops under pressure.
func rssFigures(backend string, b buildResult, n int) {
	mib := func(kb int64) float64 { return float64(kb) / 1024 }
	add(Figure{Name: fmt.Sprintf("peak RSS of build, %s, %d articles", backend, n), Value: mib(b.rssKB), Unit: "MiB",
		Target: "<= 1 GB for 10k articles", Met: rssMet(mib(b.rssKB), n),
		Note: "getrusage maxrss: anonymous and file-backed pages together"})
	if b.peaks.samples == 0 {
		note("no /proc samples of the %s build: anonymous and file-backed peaks not measured", backend)
		return
	}
	add(Figure{Name: fmt.Sprintf("peak anonymous RSS of build, %s, %d articles", backend, n), Value: mib(b.peaks.anonKB), Unit: "MiB",
		Target: "<= 1 GB for 10k articles", Met: rssMet(mib(b.peaks.anonKB), n),
		Note: fmt.Sprintf("RssAnon, /proc sampled every %v (%d samples): Go heap, stacks, bbolt's dirty pages", rssSampleEvery, b.peaks.samples)})
	add(Figure{Name: fmt.Sprintf("peak file-backed RSS of build, %s, %d articles", backend, n), Value: mib(b.peaks.fileKB + b.peaks.shmemKB), Unit: "MiB",
		Target: "<= 1 GB for 10k articles", Met: rssMet(mib(b.peaks.fileKB+b.peaks.shmemKB), n),
		Note: fmt.Sprintf("RssFile + RssShmem (%.0f MiB): the mapped store file and the binary, page cache the kernel may drop", mib(b.peaks.shmemKB))})
}

// storedArticle is an article read back from the built store.
type storedArticle struct {
	a       triples.Article
	persons []string
	ents    []string
}

// readBack turns the built store's manifests back into triples.Article
// values (so the load figures use exactly what build loaded, without
// extracting twice).
func readBack(ctx context.Context, dir string) []storedArticle {
	s, err := graph.Open(ctx, "bbolt:"+dir)
	check(err)
	defer s.Close()
	infos, err := s.Articles(ctx)
	check(err)
	out := make([]storedArticle, 0, len(infos))
	var dataQuads int
	for _, in := range infos {
		qs, err := s.ArticleQuads(ctx, in.IRI)
		check(err)
		sa := storedArticle{a: triples.Article{ID: in.ID, IRI: in.IRI, Hash: in.Hash}}
		for _, q := range qs {
			t, err := graph.TripleOf(q)
			check(err)
			sa.a.Triples = append(sa.a.Triples, t)
			if t.Predicate == triples.RDF+"type" && t.Object.Value == triples.Schema+"Person" {
				sa.persons = append(sa.persons, t.Subject)
			}
			if t.Predicate == triples.Schema+"mentions" {
				sa.ents = append(sa.ents, t.Object.Value)
			}
		}
		dataQuads += len(qs)
		out = append(out, sa)
	}
	if len(out) > 0 {
		add(Figure{Name: "data quads per article (mean)", Value: float64(dataQuads) / float64(len(out)), Unit: "quads",
			Note: "plus 4 bookkeeping quads per article (hash, id, manifest, registry entry)"})
	}
	return out
}

// queryLatency runs every named Gizmo query with entity arguments drawn
// from the store (the most mentioned persons and random ones), as `ask`
// runs them after resolving names, and the name lookup itself.
func queryLatency(ctx context.Context, dir string, stored []storedArticle, reps int, seed uint64) {
	s, err := graph.Open(ctx, "bbolt:"+dir)
	check(err)
	defer s.Close()
	st, err := s.Stats(ctx)
	check(err)
	rep.Corpus["store quads"] = st.Quads
	mentions := map[string]int{}
	person := map[string]bool{}
	for _, sa := range stored {
		for _, e := range sa.ents {
			mentions[e]++
		}
		for _, p := range sa.persons {
			person[p] = true
		}
	}
	var persons, all []string
	for e := range mentions {
		all = append(all, e)
		if person[e] {
			persons = append(persons, e)
		}
	}
	byMentions := func(xs []string) {
		sort.Slice(xs, func(i, j int) bool {
			if mentions[xs[i]] != mentions[xs[j]] {
				return mentions[xs[i]] > mentions[xs[j]]
			}
			return xs[i] < xs[j]
		})
	}
	byMentions(persons)
	byMentions(all)
	if len(persons) == 0 {
		note("no person entities in the store: query latencies skipped")
		return
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	pick := func(xs []string) []string {
		var out []string
		for i := 0; i < reps/2 && i < len(xs); i++ {
			out = append(out, xs[i]) // the busiest
		}
		for len(out) < reps {
			out = append(out, xs[rng.IntN(len(xs))])
		}
		return out
	}
	ps, es := pick(persons), pick(all)
	qs := s.QuadStore()
	run := func(name string, args [][]string) (time.Duration, int, error) {
		q, _ := queries.Get(name)
		prog, err := q.Program(args)
		if err != nil {
			return 0, 0, err
		}
		t := time.Now()
		rows, err := queries.Run(ctx, qs, "gizmo", prog, 0, 30*time.Second)
		return time.Since(t), len(rows), err
	}
	quads := fmtNum(float64(st.Quads))
	for _, name := range []string{"met", "timeline", "said", "about", "path"} {
		if _, ok := queries.Get(name); !ok {
			note("no named query %q", name)
			continue
		}
		var lat []time.Duration
		rows, errs := 0, 0
		for i := range reps {
			var args [][]string
			switch name {
			case "about":
				args = [][]string{{es[i]}}
			case "path":
				args = [][]string{{ps[i]}, {ps[(i+1)%len(ps)]}}
			default:
				args = [][]string{{ps[i]}}
			}
			if i == 0 {
				_, _, _ = run(name, args) // warm up
			}
			d, n, err := run(name, args)
			if err != nil {
				errs++
			}
			lat = append(lat, d)
			rows += n
		}
		p50, p95 := pct(lat, 50), pct(lat, 95)
		f := Figure{Name: fmt.Sprintf("query %s, p50 / p95, %s quads", name, quads), Value: ms(p50), Unit: "ms",
			Measured: fmt.Sprintf("%.1f / %.1f ms", ms(p50), ms(p95)), Target: "p50 <= 20 ms at 1M quads", Met: atMost(ms(p50), 20),
			Note: fmt.Sprintf("%d runs, %.1f rows per run", len(lat), float64(rows)/float64(len(lat)))}
		if errs > 0 {
			f.Note += fmt.Sprintf(", %d errors/timeouts (30 s limit)", errs)
		}
		add(f)
	}
	// the name lookup `ask` does before the query
	var lat []time.Duration
	for i := range min(reps, 10) {
		name := canonical(ctx, s, ps[i])
		t := time.Now()
		_, err := graph.FindEntities(ctx, qs, name)
		lat = append(lat, time.Since(t))
		if err != nil {
			note("FindEntities(%q): %v", name, err)
		}
	}
	add(Figure{Name: fmt.Sprintf("entity lookup by name (ask's first step), %s quads", quads), Value: ms(pct(lat, 50)), Unit: "ms",
		Measured: fmt.Sprintf("%.1f / %.1f ms", ms(pct(lat, 50)), ms(pct(lat, 95))),
		Note:     "graph.FindEntities of canonical names: Cayley's value index"})
}

func canonical(ctx context.Context, s *graph.Store, iri string) string {
	ms, err := graph.FindEntities(ctx, s.QuadStore(), iri)
	if err != nil || len(ms) == 0 {
		return iri
	}
	return ms[0].Name
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	return s[max(0, min(i-1, len(s)-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// loadFigures measures the store's load path alone on fresh bbolt stores:
// LoadBatch over every article, and Load one article at a time over the
// first 200 for comparison.
func loadFigures(ctx context.Context, work string, stored []storedArticle, batch int) {
	arts := make([]triples.Article, len(stored))
	for i, sa := range stored {
		arts[i] = sa.a
	}
	prof := filepath.Join(work, "load.pprof")
	d, quads := loadRun(ctx, "bbolt:"+filepath.Join(work, "load-batch"), arts, batch, prof)
	rep.Profiles["bulk load, bbolt"] = pprofTop(prof)
	v := float64(quads) / d.Seconds()
	add(Figure{Name: fmt.Sprintf("load alone, bbolt, LoadBatch(%d), %d articles", batch, len(arts)), Value: v, Unit: "quads/s",
		Target: ">= 150k quads/s", Met: atLeast(v, 150000),
		Note: fmt.Sprintf("%d quads in %.1f s = %.0f articles/s", quads, d.Seconds(), float64(len(arts))/d.Seconds())})
	k := min(len(arts), 200)
	d, quads = loadRun(ctx, "bbolt:"+filepath.Join(work, "load-one"), arts[:k], 1, "")
	v1 := float64(quads) / d.Seconds()
	add(Figure{Name: fmt.Sprintf("load alone, bbolt, Load one article per transaction, %d articles", k), Value: v1, Unit: "quads/s",
		Note: fmt.Sprintf("the path build used before --batch; LoadBatch is %.1fx faster", v/v1)})
}

// loadRun loads arts into a fresh store in batches (batch 1 = Load) and
// returns the time and the quads added.
func loadRun(ctx context.Context, dsn string, arts []triples.Article, batch int, profile string) (time.Duration, int) {
	s, err := graph.Open(ctx, dsn)
	check(err)
	defer s.Close()
	if profile != "" {
		if f, err := os.Create(profile); err == nil {
			_ = pprof.StartCPUProfile(f)
			defer f.Close()
			defer pprof.StopCPUProfile()
		}
	}
	quads := 0
	t := time.Now()
	for i := 0; i < len(arts); i += batch {
		if batch == 1 {
			r, err := s.Load(ctx, arts[i])
			check(err)
			quads += r.Added
			continue
		}
		rs, err := s.LoadBatch(ctx, arts[i:min(i+batch, len(arts))])
		check(err)
		for _, r := range rs {
			quads += r.Added
		}
	}
	return time.Since(t), quads
}

// postgres starts a throwaway server the way .ci/run does (on its own
// port), then measures the load path and an end-to-end build there.
func postgres(ctx context.Context, bin, work string, stored []storedArticle, subset string, sub, batch int) {
	env := append(os.Environ(), "NEWSGRAPH_PG_PORT=55439", "NEWSGRAPH_PG_DIR="+filepath.Join(os.TempDir(), "newsgraph-bench-pg"))
	startCmd := exec.Command("scripts/pg-test-server.sh", "start")
	startCmd.Env = env
	var errb bytes.Buffer
	startCmd.Stderr = &errb
	dsnb, err := startCmd.Output()
	if err != nil {
		note("PostgreSQL skipped: scripts/pg-test-server.sh start failed: %v %s", err, strings.TrimSpace(errb.String()))
		return
	}
	defer func() {
		stop := exec.Command("scripts/pg-test-server.sh", "stop")
		stop.Env = env
		_ = stop.Run()
	}()
	base := strings.TrimSpace(string(dsnb))
	admin, err := sql.Open("postgres", base)
	check(err)
	defer admin.Close()
	fresh := func(name string) string {
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name)
		_, err := admin.Exec("CREATE DATABASE " + name)
		check(err)
		return strings.Replace(base, "/newsgraph?", "/"+name+"?", 1)
	}
	dbSize := func(name string) int64 {
		var n int64
		_ = admin.QueryRow("SELECT pg_database_size($1)", name).Scan(&n)
		return n
	}
	arts := make([]triples.Article, len(stored))
	for i, sa := range stored {
		arts[i] = sa.a
	}
	d, quads := loadRun(ctx, fresh("bench_load"), arts, batch, "")
	v := float64(quads) / d.Seconds()
	add(Figure{Name: fmt.Sprintf("load alone, PostgreSQL, LoadBatch(%d) (COPY), %d articles", batch, len(arts)), Value: v, Unit: "quads/s",
		Target: ">= 50k quads/s", Met: atLeast(v, 50000),
		Note: fmt.Sprintf("%d quads in %.1f s; server with fsync=off (scripts/pg-test-server.sh)", quads, d.Seconds())})
	size := dbSize("bench_load")
	add(Figure{Name: "store size on disk, PostgreSQL", Value: float64(size) / (1 << 20), Unit: "MiB",
		Note: fmt.Sprintf("pg_database_size, %.0f bytes per quad", float64(size)/float64(max(quads, 1)))})
	k := min(len(arts), 100)
	d, quads = loadRun(ctx, fresh("bench_load_one"), arts[:k], 1, "")
	v1 := float64(quads) / d.Seconds()
	add(Figure{Name: fmt.Sprintf("load alone, PostgreSQL, Load one article per transaction, %d articles", k), Value: v1, Unit: "quads/s",
		Note: fmt.Sprintf("Cayley's writer, one INSERT per node and per quad; LoadBatch is %.1fx faster", v/v1)})

	b := buildChild(bin, fresh("bench_build"), subset, batch, sub)
	add(Figure{Name: fmt.Sprintf("build, PostgreSQL, %d articles", sub), Value: b.perSec, Unit: "articles/s",
		Target: ">= 300 articles/s (bbolt target)", Met: atLeast(b.perSec, 300),
		Note: fmt.Sprintf("%.1f s wall, peak RSS %.0f MiB (anonymous %.0f MiB), %d quads added", b.wall, float64(b.rssKB)/1024, float64(b.peaks.anonKB)/1024, b.quads)})
	for _, db := range []string{"bench_load", "bench_load_one", "bench_build"} {
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + db)
	}
}

// pprofTop returns `go tool pprof -top` of a profile, trimmed.
func pprofTop(profile string) string {
	out, err := exec.Command("go", "tool", "pprof", "-top", "-nodecount=18", profile).Output()
	if err != nil {
		return "pprof failed: " + err.Error()
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var keep []string
	for _, l := range lines {
		if strings.HasPrefix(l, "File:") || strings.HasPrefix(l, "Build ID:") || strings.HasPrefix(l, "Type:") || strings.HasPrefix(l, "Time:") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

func fmtNum(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e4:
		return fmt.Sprintf("%.0fk", v/1e3)
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

func writeReport(mdPath, jsonPath string) error {
	j, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(jsonPath, append(j, '\n'), 0o644); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# newsgraph benchmark report\n\n")
	fmt.Fprintf(&b, "Generated by `make bench` (tools/bench) on %s in %.0f s. ", rep.Date, rep.Seconds)
	fmt.Fprintf(&b, "Machine: %s, %s cores, %s, %s; load average at start %s. ",
		rep.Machine["cpu"], rep.Machine["cores"], rep.Machine["os/arch"], rep.Machine["go"], rep.Machine["load average at start"])
	fmt.Fprintf(&b, "Corpus: %v generated articles, %v words (%v), seed %v; the store held %v quads after the build.\n\n",
		rep.Corpus["articles"], rep.Corpus["words"], rep.Corpus["how"], rep.Corpus["seed"], rep.Corpus["store quads"])
	b.WriteString("| figure | measured | target | met | note |\n|---|---|---|---|---|\n")
	for _, f := range rep.Figures {
		met := ""
		if f.Met != nil {
			met = map[bool]string{true: "yes", false: "**no**"}[*f.Met]
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", f.Name, f.Measured, f.Target, met, strings.ReplaceAll(f.Note, "|", "\\|"))
	}
	if len(rep.Notes) > 0 {
		b.WriteString("\n## Notes from this run\n\n")
		for _, n := range rep.Notes {
			fmt.Fprintf(&b, "- %s\n", n)
		}
	}
	b.WriteString("\n")
	b.WriteString(analysis)
	names := make([]string, 0, len(rep.Profiles))
	for k := range rep.Profiles {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(&b, "\n## CPU profile: %s (`go tool pprof -top`)\n\n```\n%s\n```\n", k, rep.Profiles[k])
	}
	return os.WriteFile(mdPath, []byte(b.String()), 0o644)
}
