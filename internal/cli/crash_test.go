package cli

// Crash safety: `newsgraph build` and `newsgraph remove` are killed with
// SIGKILL at many points while they write to a bbolt store. After each kill
// the store must hold every article either exactly as an uninterrupted run
// writes it or not at all (or, for a replace, exactly the old version), and
// re-running the command must leave exactly the quads of an uninterrupted run.
//
// The command runs in a child process: the test binary re-executes itself
// as the CLI (TestCrashHelperProcess with GO_WANT_NEWSGRAPH_CLI=1), so no
// separate build is needed.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/graph"
)

const helperEnv = "GO_WANT_NEWSGRAPH_CLI"

// TestCrashHelperProcess is not a test: with GO_WANT_NEWSGRAPH_CLI=1 it runs
// the command line given after "--" and exits with its status.
func TestCrashHelperProcess(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(Main(args, os.Stdin, os.Stdout, os.Stderr))
}

// cliCommand prepares the CLI as a child process.
func cliCommand(args ...string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestCrashHelperProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), helperEnv+"=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	return cmd, &out
}

// runCLI runs the CLI to completion and returns its exit status and output.
func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd, out := cliCommand(args...)
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("running %v: %v", args, err)
		}
	}
	return cmd.ProcessState.ExitCode(), out.String()
}

// watchRun starts the CLI and polls writing, which reports whether the
// command has begun to write to its store (boltWriting, pgWriting; make it
// before calling watchRun, so that it sees the store as it was). With kill
// >= 0 it sends SIGKILL kill after writing first reports true, so that kill
// points land while the command writes rather than while it starts. It
// returns whether the command finished by itself, and how long it wrote:
// from the first write seen to its exit (or the kill).
func watchRun(t *testing.T, writing func() bool, kill time.Duration, args ...string) (finished bool, writeTime time.Duration) {
	t.Helper()
	cmd, out := cliCommand(args...)
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var wrote time.Time // when the first write was seen
	var deadline <-chan time.Time
	tick := time.NewTicker(500 * time.Microsecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			require.NoError(t, err, "the command failed:\n%s", out)
			if wrote.IsZero() {
				return true, 0
			}
			return true, time.Since(wrote)
		case <-deadline:
			err := cmd.Process.Kill() // SIGKILL
			werr := <-done
			if errors.Is(err, os.ErrProcessDone) {
				// it exited just before the kill, and Wait had not told us yet
				require.NoError(t, werr, "the command failed:\n%s", out)
				return true, time.Since(wrote)
			}
			require.NoError(t, err)
			return false, time.Since(wrote)
		case <-tick.C:
			if wrote.IsZero() && writing() {
				wrote = time.Now()
				if kill >= 0 {
					deadline = time.After(kill)
				}
			}
		}
	}
}

// boltWriting watches the bbolt store of dsn: it reports true once the
// file's modification time has changed since the call (a store the command
// creates counts from its creation: graph creates it whole, then opens it).
func boltWriting(dsn string) func() bool {
	file := filepath.Join(strings.TrimPrefix(dsn, "bbolt:"), "indexes.bolt")
	mtime := func() time.Time {
		if fi, err := os.Stat(file); err == nil {
			return fi.ModTime()
		}
		return time.Time{}
	}
	first := mtime() // zero when the store does not exist yet
	return func() bool {
		m := mtime()
		if first.IsZero() && !m.IsZero() {
			first = m // created by this run
			return false
		}
		return !m.IsZero() && !m.Equal(first)
	}
}

// dump is every quad of a store, grouped by label (the article IRI), as
// sorted N-Quads lines.
type dump map[string][]string

// readDump opens the store (which, like every command, finishes an
// interrupted replace), reads every quad and closes it.
func readDump(t *testing.T, dsn string) (dump, graph.Stats) {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, dsn)
	require.NoError(t, err, "open the store after a kill")
	defer st.Close()
	stats, err := st.Stats(ctx)
	require.NoError(t, err)
	qs := st.QuadStore()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	d := dump{}
	n := int64(0)
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		require.NoError(t, err)
		if q.Subject == nil {
			continue
		}
		n++
		label := ""
		if q.Label != nil {
			label = quad.ToString(q.Label)
		}
		d[label] = append(d[label], q.NQuad())
	}
	require.NoError(t, it.Err())
	for _, l := range d {
		sort.Strings(l)
	}
	require.Equal(t, stats.Quads, n, "Stats().Quads disagrees with the quads the store iterates")
	// The manifest (ArticleQuads) lists exactly the data quads stored under
	// each registered article.
	arts, err := st.Articles(ctx)
	require.NoError(t, err)
	require.Equal(t, stats.Articles, len(arts))
	for _, a := range arts {
		qs, err := st.ArticleQuads(ctx, a.IRI)
		require.NoError(t, err)
		stored := d[quad.ToString(quad.IRI(a.IRI))]
		for _, q := range qs {
			require.True(t, slices.Contains(stored, q.NQuad()), "article %s: manifest quad %s not stored", a.ID, q.NQuad())
		}
	}
	return d, stats
}

// rawPending counts the intent records of interrupted replaces in a bbolt
// store, reading the file directly (graph.Open would finish them).
func rawPending(t *testing.T, dir string) int {
	t.Helper()
	file := filepath.Join(dir, "indexes.bolt")
	if _, err := os.Stat(file); err != nil {
		return 0
	}
	db, err := hbolt.Open(file, &bolt.Options{Timeout: 5 * time.Second})
	require.NoError(t, err)
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	require.NoError(t, err)
	defer qs.Close()
	ref, err := qs.ValueOf(quad.IRI(graph.Pending))
	require.NoError(t, err)
	if ref == nil {
		return 0
	}
	n := 0
	it := qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		n++
	}
	return n
}

// checkAtomic fails unless every label of got holds exactly the quads one
// of the allowed versions holds for it.
func checkAtomic(t *testing.T, what string, got dump, versions ...dump) (present int) {
	t.Helper()
	for label, qs := range got {
		ok := false
		for _, v := range versions {
			if want, has := v[label]; has && slices.Equal(qs, want) {
				ok = true
				break
			}
		}
		if !ok {
			t.Fatalf("%s: %s holds %d quads matching no complete version (versions hold %v)", what, label, len(qs), sizes(label, versions))
		}
		present++
	}
	return present
}

func sizes(label string, vs []dump) []int {
	var out []int
	for _, v := range vs {
		out = append(out, len(v[label]))
	}
	return out
}

// dumpDiff describes how got differs from want, briefly; "" when equal.
func dumpDiff(got, want dump) string {
	var b strings.Builder
	labels := map[string]bool{}
	for l := range got {
		labels[l] = true
	}
	for l := range want {
		labels[l] = true
	}
	var sorted []string
	for l := range labels {
		sorted = append(sorted, l)
	}
	sort.Strings(sorted)
	shown := 0
	for _, l := range sorted {
		g, w := got[l], want[l]
		if slices.Equal(g, w) {
			continue
		}
		fmt.Fprintf(&b, "%s: %d quads, want %d\n", l, len(g), len(w))
		for _, q := range g {
			if !slices.Contains(w, q) && shown < 6 {
				fmt.Fprintf(&b, "  + %.300s\n", q)
				shown++
			}
		}
		for _, q := range w {
			if !slices.Contains(g, q) && shown < 6 {
				fmt.Fprintf(&b, "  - %.300s\n", q)
				shown++
			}
		}
	}
	return b.String()
}

func requireSameDump(t *testing.T, what string, got, want dump) {
	t.Helper()
	if d := dumpDiff(got, want); d != "" {
		t.Fatalf("%s differs from the uninterrupted run:\n%s", what, d)
	}
}

func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dst, 0o755))
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		in, err := os.Open(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		out, err := os.Create(filepath.Join(dst, e.Name()))
		require.NoError(t, err)
		_, err = io.Copy(out, in)
		require.NoError(t, err)
		in.Close()
		require.NoError(t, out.Close())
	}
}

// crashCorpus writes n small articles; version 1 changes every article so
// that each replace both adds and deletes quads and shares entities with
// other articles.
func crashCorpus(t *testing.T, dir string, n, version int) []string {
	t.Helper()
	first := []string{"Ada", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kwame", "Lena"}
	last := []string{"Moreau", "Okafor", "Lindqvist", "Castillo", "Novak", "Haddad", "Tanaka", "Brennan"}
	places := []string{"Lisbon", "Nairobi", "Oslo", "Lima", "Seoul", "Tunis", "Quebec"}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	var ids []string
	for i := range n {
		a := first[i%len(first)] + " " + last[i%len(last)]
		b := first[(i*5+3)%len(first)] + " " + last[(i*3+1)%len(last)]
		place := places[i%len(places)]
		text := fmt.Sprintf(" date 2024-03-%02d %s met %s in %s on Tuesday.\n\n\"We agreed on everything,\" %s said after the meeting.",
			1+i%28, a, b, place, a)
		if version == 1 {
			c := first[(i+7)%len(first)] + " " + last[(i+5)%len(last)]
			text = fmt.Sprintf(" date 2024-04-%02d %s was arrested in %s last week.\n\n%s, a %d-year-old lawyer, told reporters that %s would appeal. \"It is unfair,\" %s said.",
				1+i%28, a, places[(i+2)%len(places)], c, 30+i, a, c)
		}
		id := fmt.Sprintf("crash-%02d", i)
		require.NoError(t, os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644))
		ids = append(ids, id)
	}
	return ids
}

func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" && s.Value == "true" {
			return true
		}
	}
	return false
}

// killPoints spreads n delays over [lo, hi] with a little seeded jitter.
func killPoints(rng *rand.Rand, n int, lo, hi time.Duration) []time.Duration {
	out := make([]time.Duration, n)
	step := (hi - lo) / time.Duration(n)
	for i := range out {
		out[i] = lo + step*time.Duration(i) + time.Duration(rng.Int64N(int64(step)+1))
	}
	return out
}

// crashBackend is what the crash scenarios need of one store backend.
type crashBackend struct {
	name string
	// fresh returns the DSN of a new, empty store; clone that of a new
	// store holding what the store of src holds.
	fresh func(t *testing.T, name string) string
	clone func(t *testing.T, src, name string) string
	// writing reports whether a command has begun to write to dsn (see
	// watchRun).
	writing func(dsn string) func() bool
	// pending counts the intent records of interrupted two-step replaces
	// without finishing them (bbolt only; nil elsewhere).
	pending func(t *testing.T, dsn string) int
	// points: how many kill points to try per scenario.
	points map[string]int
}

// TestCrashSafety kills build (fresh load and replace) and remove at
// several points and checks the store after each kill and after a re-run.
func TestCrashSafety(t *testing.T) {
	skipCrash(t)
	tmp := t.TempDir()
	crashScenarios(t, crashBackend{
		name:  "bbolt",
		fresh: func(t *testing.T, name string) string { return "bbolt:" + filepath.Join(tmp, name) },
		clone: func(t *testing.T, src, name string) string {
			dir := filepath.Join(tmp, name)
			copyDir(t, strings.TrimPrefix(src, "bbolt:"), dir)
			return "bbolt:" + dir
		},
		writing: boltWriting,
		pending: func(t *testing.T, dsn string) int { return rawPending(t, strings.TrimPrefix(dsn, "bbolt:")) },
		points:  map[string]int{"build": 10, "replace": 6, "remove": 6},
	})
}

// skipCrash skips the crash tests where they cannot or need not run.
func skipCrash(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("kills child processes for tens of seconds; skipped with -short")
	}
	if os.Getenv(helperEnv) == "1" {
		t.SkipNow()
	}
	if raceEnabled() {
		// make test runs this package again under the race detector: killing
		// processes finds no data races, and the instrumented child is slow.
		t.Skip("crash safety runs without -race")
	}
}

// crashScenarios kills build (a fresh load, with default batches and
// --batch 1, and a replace of every article) and remove at several points
// on one backend. After each kill every article must be exactly as an
// uninterrupted run leaves it, or as it was before (for a fresh load: not
// there); re-running the command must give exactly the store of an
// uninterrupted run.
func crashScenarios(t *testing.T, b crashBackend) {
	const nArticles = 40
	points := b.points
	seed := uint64(time.Now().UnixNano())
	t.Logf("kill point seed %d", seed)
	rng := rand.New(rand.NewPCG(9, seed))
	tmp := t.TempDir()
	v0, v1 := filepath.Join(tmp, "v0"), filepath.Join(tmp, "v1")
	articles := filepath.Join(tmp, "articles") // the path every build reads (sources are stored)
	ids := crashCorpus(t, v0, nArticles, 0)
	crashCorpus(t, v1, nArticles, 1)
	use := func(version string) {
		require.NoError(t, os.RemoveAll(articles))
		copyDir(t, version, articles)
	}
	build := func(dsn string, flags ...string) []string {
		return append(append([]string{"build", "--db", dsn, "--progress", "never", "--workers", "2"}, flags...), articles)
	}
	mustDump := func(dsn string) dump {
		d, _ := readDump(t, dsn)
		return d
	}

	// Uninterrupted references: v0 fresh, v1 fresh, v1 over v0, and v0 with
	// half the articles removed.
	use(v0)
	refV0DSN := b.fresh(t, "ref-v0")
	_, buildTime := watchRun(t, b.writing(refV0DSN), -1, build(refV0DSN)...)
	refBatch1 := b.fresh(t, "ref-v0-batch1")
	_, buildTime1 := watchRun(t, b.writing(refBatch1), -1, build(refBatch1, "--batch", "1")...)
	refV0, statsV0 := readDump(t, refV0DSN)
	requireSameDump(t, "build --batch 1", mustDump(refBatch1), refV0)
	require.Equal(t, nArticles, statsV0.Articles)

	use(v1)
	refV1DSN := b.fresh(t, "ref-v1")
	code, out := runCLI(t, build(refV1DSN)...)
	require.Equal(t, ExitOK, code, out)
	refV1 := mustDump(refV1DSN)
	over := b.clone(t, refV0DSN, "ref-v1-over-v0")
	_, replaceTime := watchRun(t, b.writing(over), -1, build(over)...)
	refOver := mustDump(over)
	// the graph depends only on the articles stored, not on what was
	// stored before (internal/resolve)
	requireSameDump(t, "v1 loaded over v0 (against v1 loaded into a new store)", refOver, refV1)

	removed := ids[:nArticles/2]
	removeArgs := func(dsn string) []string { return append([]string{"remove", "--db", dsn}, removed...) }
	refRmDSN := b.clone(t, refV0DSN, "ref-rm")
	_, removeTime := watchRun(t, b.writing(refRmDSN), -1, removeArgs(refRmDSN)...)
	refRm, statsRm := readDump(t, refRmDSN)
	require.Equal(t, nArticles-len(removed), statsRm.Articles)
	t.Logf("%s, uninterrupted, from the first write to exit: build %v (--batch 1: %v), replace %v, remove %v; %d quads for %d articles",
		b.name, buildTime.Round(time.Millisecond), buildTime1.Round(time.Millisecond), replaceTime.Round(time.Millisecond),
		removeTime.Round(time.Millisecond), statsV0.Quads, nArticles)

	tried, partial, pendingTotal := 0, 0, 0
	// 1. A fresh build killed mid-way: new articles go in batches of up to
	// DefaultBatch per transaction, or one per transaction with --batch 1
	// (every other kill point).
	use(v0)
	for i := range points["build"] {
		dsn := b.fresh(t, fmt.Sprintf("build-%d", i))
		var flags []string
		window := buildTime
		if i%2 == 1 {
			flags, window = []string{"--batch", "1"}, buildTime1
		}
		d := killPoints(rng, points["build"], 0, window)[i]
		finished, _ := watchRun(t, b.writing(dsn), d, build(dsn, flags...)...)
		tried++
		got, _ := readDump(t, dsn)
		n := checkAtomic(t, fmt.Sprintf("build %v killed after %v", flags, d), got, refV0)
		if n > 0 && n < len(refV0) && !finished {
			partial++
		}
		t.Logf("build %v killed after %v: %d of %d labels present (finished: %v)", flags, d.Round(time.Millisecond), n, len(refV0), finished)
		code, out := runCLI(t, build(dsn)...)
		require.Equal(t, ExitOK, code, out)
		requireSameDump(t, "build re-run after a kill", mustDump(dsn), refV0)
	}

	// 2. Replacing every article (v0 -> v1) killed mid-way: each article is
	// the old or the new version, never a mix.
	use(v1)
	for i, d := range killPoints(rng, points["replace"], 0, replaceTime*3/5) {
		dsn := b.clone(t, refV0DSN, fmt.Sprintf("replace-%d", i))
		finished, _ := watchRun(t, b.writing(dsn), d, build(dsn)...)
		tried++
		pending := 0
		if b.pending != nil {
			pending = b.pending(t, dsn)
		}
		pendingTotal += pending
		got, _ := readDump(t, dsn)
		checkAtomic(t, fmt.Sprintf("replace killed after %v", d), got, refV0, refOver)
		nNew := 0
		for label, qs := range got {
			if slices.Equal(qs, refOver[label]) && !slices.Equal(qs, refV0[label]) {
				nNew++
			}
		}
		if nNew > 0 && nNew < len(refOver) && !finished {
			partial++
		}
		msg := fmt.Sprintf("replace killed after %v: %d of %d labels replaced (finished: %v)", d.Round(time.Millisecond), nNew, len(refOver), finished)
		if b.pending != nil {
			msg += fmt.Sprintf("; %d interrupted replace(s) finished by Open", pending)
		}
		t.Log(msg)
		code, out := runCLI(t, build(dsn)...)
		require.Equal(t, ExitOK, code, out)
		requireSameDump(t, "replace re-run after a kill", mustDump(dsn), refOver)
	}

	// 3. Removing half the articles killed mid-way: each removed article is
	// gone completely or still complete; the rest is untouched or bound
	// again as the finished remove binds it.
	empty := dump{}
	for i, d := range killPoints(rng, points["remove"], 0, removeTime) {
		dsn := b.clone(t, refV0DSN, fmt.Sprintf("remove-%d", i))
		finished, _ := watchRun(t, b.writing(dsn), d, removeArgs(dsn)...)
		tried++
		got, _ := readDump(t, dsn)
		// remove deletes the articles first, then settles the others:
		// one it has bound again to what resolution across the remaining
		// articles gives (a happening whose first report is gone takes
		// another id) is as the finished remove leaves it (refRm)
		checkAtomic(t, fmt.Sprintf("remove killed after %v", d), got, refV0, empty, refRm)
		for label := range refRm {
			require.Contains(t, got, label, "remove killed after %v lost an article it was not asked to remove", d)
		}
		gone := len(refV0) - len(got)
		if gone > 0 && len(got) > len(refRm) && !finished {
			partial++
		}
		t.Logf("remove killed after %v: %d labels gone (finished: %v)", d.Round(time.Millisecond), gone, finished)
		// Re-running the same command removes the rest; ids already gone
		// are reported as not found (exit status 1).
		code, out := runCLI(t, removeArgs(dsn)...)
		require.Contains(t, []int{ExitOK, ExitError}, code, out)
		if code == ExitError {
			require.Contains(t, out, graph.ErrNotFound.Error())
		}
		requireSameDump(t, "remove re-run after a kill", mustDump(dsn), refRm)
	}
	t.Logf("%s: %d kill points tried, %d of them interrupted a command half-way", b.name, tried, partial)
	if b.pending != nil {
		t.Logf("%d interrupted two-step replaces were finished by Open", pendingTotal)
	}
	if partial == 0 {
		t.Log("warning: no kill landed half-way through a command on this machine")
	}
}
