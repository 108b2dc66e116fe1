package cli

// Concurrent readers while `newsgraph build` writes, on bbolt and on
// PostgreSQL, and a bbolt store held by another process. Like crash_test.go,
// the commands run in child processes: the test binary re-executes itself
// as the CLI (TestCrashHelperProcess).

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// envTestPostgres: a PostgreSQL DSN (scripts/pg-test-server.sh start prints
// one) through which the PostgreSQL variants create a fresh database.
const envTestPostgres = "NEWSGRAPH_TEST_POSTGRES"

// freshPGDatabase creates a database of its own on the server of base (see
// pgtest.FreshDatabase).
func freshPGDatabase(t *testing.T, base string) string {
	return pgtest.FreshDatabase(t, base, "newsgraph_cli_")
}

var statsLine = regexp.MustCompile(`(?m)^store .*: (\d+) articles, (\d+) quads$`)

// readerLog collects what the concurrent readers saw.
type readerLog struct {
	mu       sync.Mutex
	calls    map[string]int
	counts   []int // articles seen by each stats call, in order of completion
	dumps    int   // in-process snapshots checked
	partial  int   // snapshots and stats calls that saw some but not all articles
	failures []string
}

func (l *readerLog) fail(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failures = append(l.failures, fmt.Sprintf(format, args...))
}

// TestConcurrentReadersDuringBuild runs `build` of 60 articles while
// readers run over and over, as separate processes (`stats --articles`,
// `ask met`, `query`) and in this process (a read-only graph.Store that
// reads every quad): every reader call must succeed, and every article a
// reader sees must hold exactly the quads of an uninterrupted build. On
// bbolt the build holds the file only while it writes a transaction and
// readers share it in between; on PostgreSQL each article (or batch of new
// articles) is one transaction and readers see committed ones only.
//
// Complexity 52 (gocyclo): one end-to-end scenario (a build with readers of every kind
// beside it) whose checks run in order.
func TestConcurrentReadersDuringBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes for several seconds; skipped with -short")
	}
	if os.Getenv(helperEnv) == "1" {
		return
	}
	if raceEnabled() {
		t.Skip("runs without -race: the children are separate processes, and the instrumented ones are slow")
	}
	tmp := t.TempDir()
	const n, pre = 120, 5 // enough that readers get turns while build runs
	all := filepath.Join(tmp, "articles")
	crashCorpus(t, all, n, 0)
	// the first articles are loaded before the concurrent build, so that
	// `ask met` has an entity to ask about from the start
	first := filepath.Join(tmp, "first")
	require.NoError(t, os.MkdirAll(first, 0o755))
	for i := range pre {
		b, err := os.ReadFile(filepath.Join(all, fmt.Sprintf("crash-%02d.txt", i)))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(first, fmt.Sprintf("crash-%02d.txt", i)), b, 0o644))
	}
	build := func(dsn string, batch int, dir string) []string {
		return []string{"build", "--db", dsn, "--progress", "never", "--workers", "2", "--batch", strconv.Itoa(batch), dir}
	}

	type variant struct {
		name  string
		dsn   func(t *testing.T) string
		batch int
	}
	var variants []variant
	for _, batch := range []int{1, 6} {
		variants = append(variants, variant{"bbolt", func(t *testing.T) string { return "bbolt:" + filepath.Join(t.TempDir(), "graph") }, batch})
	}
	base := os.Getenv(envTestPostgres)
	for _, batch := range []int{1, 6} {
		variants = append(variants, variant{"postgres", func(t *testing.T) string {
			if base == "" {
				t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envTestPostgres)
			}
			return freshPGDatabase(t, base)
		}, batch})
	}
	for _, v := range variants {
		t.Run(fmt.Sprintf("%s/batch-%d", v.name, v.batch), func(t *testing.T) {
			// the reference: the same two builds, one after the other
			refDSN := v.dsn(t)
			for _, dir := range []string{first, all} {
				code, out := runCLI(t, build(refDSN, v.batch, dir)...)
				require.Equal(t, ExitOK, code, out)
			}
			ref, refStats := readDump(t, refDSN)
			require.Equal(t, n, refStats.Articles)
			// what an uninterrupted export writes, per article
			code, refOut := runCLI(t, "export", "--db", refDSN, "--format", "nquads")
			require.Equal(t, ExitOK, code, refOut)
			refExport, err := groupNQuads(refOut)
			require.NoError(t, err)
			iriOf := map[string]string{} // document id -> label
			{
				st, err := graph.Open(context.Background(), refDSN)
				require.NoError(t, err)
				arts, err := st.Articles(context.Background())
				require.NoError(t, err)
				for _, a := range arts {
					iriOf[a.ID] = quad.ToString(quad.IRI(a.IRI))
				}
				require.NoError(t, st.Close())
			}

			dsn := v.dsn(t)
			code, out := runCLI(t, build(dsn, v.batch, first)...)
			require.Equal(t, ExitOK, code, out)

			log := &readerLog{calls: map[string]int{}}
			done := make(chan struct{})
			var wg sync.WaitGroup
			// readers as processes
			cmds := [][]string{
				{"stats", "--articles", "--db", dsn},
				{"ask", "met", "Ada Moreau", "--db", dsn},
				{"stats", "--articles", "--db", dsn},
				{"query", "--db", dsn, "--limit", "5", `g.V("<urn:newsgraph:entity:ada-moreau>").Out().All()`},
				{"export", "--db", dsn, "--format", "nquads"},
				{"conflicts", "--db", dsn, "--format", "json"},
			}
			for r := range 2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := r; ; i++ {
						select {
						case <-done:
							return
						default:
						}
						args := cmds[i%len(cmds)]
						start := time.Now()
						cmd, out := cliCommand(args...)
						err := cmd.Run()
						took := time.Since(start)
						log.mu.Lock()
						log.calls[args[0]]++
						log.mu.Unlock()
						if err != nil {
							log.fail("%v failed after %v: %v\n%s", args[:2], took.Round(time.Millisecond), err, out)
							continue
						}
						if args[0] == "export" {
							// every article the export holds is complete
							got, err := groupNQuads(out.String())
							if err != nil {
								log.fail("export: %v", err)
							}
							for label, qs := range got {
								if want, ok := refExport[label]; !ok || !slices.Equal(qs, want) {
									log.fail("export: %s holds %d quads, the complete article %d", label, len(qs), len(want))
								}
							}
						}
						if args[0] != "stats" {
							continue
						}
						m := statsLine.FindStringSubmatch(out.String())
						if m == nil {
							log.fail("stats printed no summary:\n%s", out)
							continue
						}
						nArts, _ := strconv.Atoi(m[1])
						quads, _ := strconv.ParseInt(m[2], 10, 64)
						ids := strings.Split(strings.TrimSpace(out.String()), "\n")[1:]
						// bbolt: one snapshot. PostgreSQL: the count and the list are two
						// statements, and the build only adds articles in between.
						if len(ids) != nArts && (v.name == "bbolt" || len(ids) < nArts) {
							log.fail("stats counted %d articles and listed %d", nArts, len(ids))
						}
						// on bbolt, stats reads one snapshot: its quad count must be
						// exactly that of the complete articles it lists (every quad,
						// bookkeeping included, is labelled with its article)
						var want int64
						for _, id := range ids {
							want += int64(len(ref[iriOf[id]]))
						}
						if v.name == "bbolt" && quads != want {
							log.fail("stats: %d quads for %d articles whose complete versions hold %d", quads, nArts, want)
						}
						log.mu.Lock()
						log.counts = append(log.counts, nArts)
						if nArts > pre && nArts < n {
							log.partial++
						}
						log.mu.Unlock()
					}
				}()
			}
			// a reader in this process: a read-only Store reading every quad
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-done:
						return
					default:
					}
					got, present, err := snapshot(dsn)
					if err != nil {
						log.fail("in-process reader: %v", err)
						time.Sleep(50 * time.Millisecond)
						continue
					}
					for label, qs := range got {
						if want, ok := ref[label]; !ok || !slices.Equal(qs, want) {
							log.fail("in-process reader: %s holds %d quads, the complete article %d", label, len(qs), len(want))
						}
					}
					log.mu.Lock()
					log.dumps++
					if present > pre && present < n {
						log.partial++
					}
					log.mu.Unlock()
					time.Sleep(20 * time.Millisecond)
				}
			}()

			// serve, started before the build and running through it: it
			// must not keep the build out, and must answer all along
			sctx, stopServe := context.WithCancel(context.Background())
			sopts := serveOpts()
			sopts.DB, sopts.Timeout = dsn, 30*time.Second
			base, _, served := startServe(t, sctx, sopts)
			wg.Add(1)
			go func() {
				defer wg.Done()
				paths := []string{
					"/api/search?q=" + url.QueryEscape("Ada Moreau"),
					"/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V("<urn:newsgraph:entity:ada-moreau>").Out("<https://schema.org/name>").All()`),
				}
				for i := 0; ; i++ {
					select {
					case <-done:
						return
					default:
					}
					p := paths[i%len(paths)]
					code, body, err := httpGet(base + p)
					log.mu.Lock()
					log.calls["serve"]++
					log.mu.Unlock()
					if err != nil || code != http.StatusOK || !strings.Contains(body, "Ada Moreau") {
						log.fail("serve %s: %d %v %.300s", p, code, err, body)
					}
					time.Sleep(10 * time.Millisecond)
				}
			}()

			// on bbolt, when the build begins to write (see below)
			var firstWrite time.Time
			watched := make(chan struct{})
			go func() {
				defer close(watched)
				if v.name != "bbolt" {
					return
				}
				writing := boltWriting(dsn)
				for !writing() {
					select {
					case <-done:
						return
					case <-time.After(time.Millisecond):
					}
				}
				firstWrite = time.Now()
			}()
			start := time.Now()
			code, out = runCLI(t, build(dsn, v.batch, all)...)
			took := time.Since(start)
			wrote := time.Since(firstWrite)
			close(done)
			<-watched
			wg.Wait()
			stopServe()
			require.NoError(t, <-served)
			require.Equal(t, ExitOK, code, out)
			for _, f := range log.failures {
				t.Error(f)
			}
			t.Logf("build of %d articles (--batch %d) took %v; reader calls: %v, in-process snapshots %d; articles seen by stats: %v",
				n-pre, v.batch, took.Round(time.Millisecond), log.calls, log.dumps, log.counts)
			if v.name == "bbolt" && v.batch == 1 && !firstWrite.IsZero() && wrote < 2*releaseEvery {
				// build --batch 1 lets readers in every releaseEvery: a build
				// that wrote everything in about that time (a quiet machine)
				// gave them little chance, by design
				t.Logf("the build wrote for %v only, less than two release periods of %v: readers were not expected to see it half-way (they saw it %d times)",
					wrote.Round(time.Millisecond), releaseEvery, log.partial)
			} else {
				assert.Positive(t, log.partial, "no reader saw the build half-way: the test proves nothing")
			}
			got, _ := readDump(t, dsn)
			requireSameDump(t, "the store after the concurrent build", got, ref)
		})
	}
}

// groupNQuads groups N-Quads lines by their label, sorted.
func groupNQuads(text string) (dump, error) {
	d := dump{}
	r := nquads.NewReader(strings.NewReader(text), false)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		label := ""
		if q.Label != nil {
			label = quad.ToString(q.Label)
		}
		d[label] = append(d[label], q.NQuad())
	}
	for _, l := range d {
		sort.Strings(l)
	}
	return d, nil
}

// httpGet fetches a URL and returns its status and body.
func httpGet(u string) (int, string, error) {
	resp, err := http.Get(u)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

// snapshot opens the store read-only, as the read commands do, and returns
// its quads grouped by label and the number of registered articles.
func snapshot(dsn string) (dump, int, error) {
	ctx := context.Background()
	st, err := graph.OpenWith(ctx, dsn, graph.Options{ReadOnly: true, LockTimeout: 30 * time.Second})
	if err != nil {
		return nil, 0, err
	}
	defer st.Close()
	qs := st.QuadStore()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	d := dump{}
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, 0, err
		}
		if q.Subject == nil {
			continue
		}
		label := ""
		if q.Label != nil {
			label = quad.ToString(q.Label)
		}
		d[label] = append(d[label], q.NQuad())
	}
	if err := it.Err(); err != nil {
		return nil, 0, err
	}
	for _, l := range d {
		sort.Strings(l)
	}
	arts, err := st.Articles(ctx)
	if err != nil {
		return nil, 0, err
	}
	return d, len(arts), nil
}

// TestBBoltLockedByAnotherProcess: a bbolt store that another process holds
// makes readers (which wait up to --timeout) and build (--wait) give up
// with a message that names the file and says what to do, instead of
// hanging.
func TestBBoltLockedByAnotherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes; skipped with -short")
	}
	if os.Getenv(helperEnv) == "1" {
		return
	}
	dir := filepath.Join(t.TempDir(), "graph")
	articles := filepath.Join(t.TempDir(), "articles")
	crashCorpus(t, articles, 2, 0)
	// this process holds the store for writing, as a long transaction would
	st, err := graph.Open(context.Background(), "bbolt:"+dir)
	require.NoError(t, err)
	defer st.Close()
	for _, args := range [][]string{
		{"query", "--db", "bbolt:" + dir, "--timeout", "1s", "g.V().All()"},
		{"ask", "met", "Ada Moreau", "--db", "bbolt:" + dir, "--timeout", "1s"},
		{"build", "--db", "bbolt:" + dir, "--wait", "1s", "--progress", "never", articles},
		{"remove", "--db", "bbolt:" + dir, "--wait", "1s", "crash-00"},
	} {
		start := time.Now()
		code, out := runCLI(t, args...)
		took := time.Since(start)
		assert.Equal(t, ExitError, code, "%v:\n%s", args[:2], out)
		assert.Less(t, took, 15*time.Second, args[:2])
		assert.Contains(t, out, filepath.Join(dir, "indexes.bolt"), args[:2])
		assert.Contains(t, out, "locked by another process", args[:2])
		assert.Contains(t, out, "wait for it to finish or stop it", args[:2])
		t.Logf("%v gave up after %v: %s", args[:2], took.Round(time.Millisecond), strings.TrimSpace(out))
	}
}

// pgTestServer starts a PostgreSQL server of its own for one test (through
// scripts/pg-test-server.sh, on a free port, in a fresh directory) and
// returns the script's environment and the server's DSN; it is stopped and
// deleted when the test ends. The test is skipped without PostgreSQL.
func pgTestServer(t *testing.T) (env []string, dsn, dataDir string) {
	t.Helper()
	if bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl"); len(bins) == 0 {
		if _, err := exec.LookPath("pg_ctl"); err != nil && os.Getenv("NEWSGRAPH_PG_BIN") == "" {
			t.Skip("no PostgreSQL server binaries (pg_ctl); install postgresql or set NEWSGRAPH_PG_BIN")
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	// not t.TempDir(): the server may run as another OS user (as root,
	// initdb refuses to run) that cannot enter the test's directory
	base, err := os.MkdirTemp("", "newsgraph-pg-test-")
	require.NoError(t, err)
	script, err := filepath.Abs("../../scripts/pg-test-server.sh")
	require.NoError(t, err)
	env = append(os.Environ(), fmt.Sprintf("NEWSGRAPH_PG_PORT=%d", port), "NEWSGRAPH_PG_DIR="+base)
	run := func(arg string) (string, error) {
		cmd := exec.Command(script, arg)
		cmd.Env = env
		out, err := cmd.Output()
		if ee, ok := err.(*exec.ExitError); ok {
			err = fmt.Errorf("%s %s: %w\n%s", script, arg, err, ee.Stderr)
		}
		return strings.TrimSpace(string(out)), err
	}
	t.Cleanup(func() {
		if _, err := run("stop"); err != nil {
			t.Logf("stopping the test server: %v", err)
		}
		os.RemoveAll(base)
	})
	dsn, err = run("start")
	require.NoError(t, err)
	return env, dsn, filepath.Join(base, "data")
}

// TestBuildWhenPostgresGoesAway stops the PostgreSQL server (immediate
// shutdown, what `pg_ctl stop -m immediate` does) while `build` loads 60
// articles. The build must exit promptly with an error naming the store
// and the article; after a restart every article must be complete or
// absent, and running the build again must complete the store.
func TestBuildWhenPostgresGoesAway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a PostgreSQL server; skipped with -short")
	}
	if os.Getenv(helperEnv) == "1" {
		return
	}
	if raceEnabled() {
		t.Skip("runs without -race")
	}
	env, serverDSN, dataDir := pgTestServer(t)
	admin, err := sql.Open("postgres", serverDSN)
	require.NoError(t, err)
	defer func() { admin.Close() }()
	restart := func() {
		script, _ := filepath.Abs("../../scripts/pg-test-server.sh")
		cmd := exec.Command(script, "start")
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "restart: %s", out)
		// pooled connections died with the old server
		admin.Close()
		admin, err = sql.Open("postgres", serverDSN)
		require.NoError(t, err)
	}
	dbDSN := func(name string) string {
		_, err := admin.Exec("CREATE DATABASE " + name)
		require.NoError(t, err)
		// the test server runs with synchronous_commit=off, which loses the
		// last commits on an immediate shutdown: not here
		_, err = admin.Exec("ALTER DATABASE " + name + " SET synchronous_commit = on")
		require.NoError(t, err)
		u, err := url.Parse(serverDSN)
		require.NoError(t, err)
		u.Path = "/" + name
		return u.String()
	}
	refDSN, dsn := dbDSN("reference"), dbDSN("target")
	articles := filepath.Join(t.TempDir(), "articles")
	// enough articles that the build is still running when the server
	// stops (a bulk load of 60 took ~0.3 s, sometimes less than the delay
	// below)
	const n = 150
	crashCorpus(t, articles, n, 0)
	for _, batch := range []string{"1", "4"} {
		t.Run("batch-"+batch, func(t *testing.T) {
			build := func(dsn string) []string {
				return []string{"build", "--db", dsn, "--progress", "never", "--workers", "2", "--batch", batch, articles}
			}
			if batch == "4" { // a fresh target for the second run
				_, err := admin.Exec("DROP DATABASE target WITH (FORCE)")
				require.NoError(t, err)
				dsn = dbDSN("target")
			}
			if batch == "1" {
				code, out := runCLI(t, build(refDSN)...)
				require.Equal(t, ExitOK, code, out)
			}
			ref, _ := readDump(t, refDSN)

			// stop the server as soon as the build has committed something
			target, err := sql.Open("postgres", dsn)
			require.NoError(t, err)
			defer target.Close()
			cmd, out := cliCommand(build(dsn)...)
			require.NoError(t, cmd.Start())
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			committed := false
			for !committed {
				select {
				case err := <-exited:
					t.Fatalf("the build ended (%v) before the server was stopped:\n%s", err, out)
				case <-time.After(10 * time.Millisecond):
				}
				var quads int
				// the schema exists once the build has opened the store
				if err := target.QueryRow("SELECT count(*) FROM quads").Scan(&quads); err == nil && quads > 0 {
					committed = true
				}
			}
			target.Close()
			time.Sleep(time.Duration(50+mrand.IntN(250)) * time.Millisecond)
			pidText, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
			require.NoError(t, err)
			pid, err := strconv.Atoi(strings.SplitN(string(pidText), "\n", 2)[0])
			require.NoError(t, err)
			require.NoError(t, syscall.Kill(pid, syscall.SIGQUIT)) // immediate shutdown
			stopped := time.Now()
			select {
			case <-exited:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("build still running 30 s after the server stopped:\n%s", out)
			}
			took := time.Since(stopped)
			t.Logf("build exited %v after the server stopped: %s", took.Round(time.Millisecond), strings.TrimSpace(out.String()))
			require.Equal(t, ExitError, cmd.ProcessState.ExitCode(), out.String())
			msg := out.String()
			assert.Contains(t, msg, strings.SplitN(dsn, "?", 2)[0], "the error names the store")
			assert.Regexp(t, `crash-\d+\.txt: loading article "crash-\d+"`, msg, "the error names the article")
			assert.Less(t, took, 20*time.Second)

			// after a restart: each article complete or absent. Wait for the
			// old postmaster to be gone first: while it still shuts down, the
			// start script finds it running and the first connections after
			// "restart" were reset.
			for deadline := time.Now().Add(30 * time.Second); syscall.Kill(pid, 0) == nil; {
				require.True(t, time.Now().Before(deadline), "postmaster %d still running 30 s after SIGQUIT", pid)
				time.Sleep(20 * time.Millisecond)
			}
			restart()
			got, _ := readDump(t, dsn)
			present := checkAtomic(t, "after the server stopped mid-build", got, ref)
			t.Logf("%d of %d articles were stored when the server stopped", present, len(ref))
			require.Less(t, present, len(ref), "the server stopped after the build had loaded everything")
			// every article the build reported loaded was committed
			m := regexp.MustCompile(`(?m)^(\d+) articles \(`).FindStringSubmatch(msg)
			require.NotNil(t, m, msg)
			reported, _ := strconv.Atoi(m[1])
			assert.GreaterOrEqual(t, present, reported, "articles the build reported loaded are missing")
			assert.Positive(t, present, "nothing was stored: the test proves little")
			// and the build completes it
			code, text := runCLI(t, build(dsn)...)
			require.Equal(t, ExitOK, code, text)
			got, _ = readDump(t, dsn)
			requireSameDump(t, "the store after re-running the build", got, ref)
		})
	}
}
