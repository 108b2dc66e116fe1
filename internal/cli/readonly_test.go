package cli

// The commands that only read (ask, entity, query, stats, conflicts,
// export, and serve without --writable) never create or change a store.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
)

// readCommands are the read-only commands, each with arguments that need
// a store (the name is one the seeds mention).
func readCommands(db, outDir string) [][]string {
	return [][]string{
		{"stats", "--articles", "--db", db},
		{"ask", "met", "Kim Kardashian", "--db", db},
		{"entity", "Kardashian", "--db", db},
		{"query", "--db", db, `g.V().Limit(3).All()`},
		{"conflicts", "--db", db},
		{"export", "--db", db, "--format", "nquads", "-o", filepath.Join(outDir, "all.nq")},
		{"export", "--db", db, "--format", "gexf", "--entity", "Kardashian", "-o", filepath.Join(outDir, "k.gexf")},
	}
}

// newEmptyStore creates a bbolt store that holds nothing yet, as a writer
// would, and returns its DSN.
func newEmptyStore(t *testing.T) string {
	t.Helper()
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	st, err := graph.Open(context.Background(), db)
	require.NoError(t, err)
	require.NoError(t, st.Close())
	return db
}

// TestReadOnlyCommandsOnMissingStore: a read-only command (or remove) given
// a store that does not exist says so, naming the file, and creates
// nothing (a typo in --db used to leave an empty store behind, and serve
// answered "no entity" for ever).
func TestReadOnlyCommandsOnMissingStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "no-such-store")
	db := "bbolt:" + dir
	cmds := append(readCommands(db, t.TempDir()), []string{"serve", "--db", db, "--addr", "127.0.0.1:0"},
		[]string{"remove", "--db", db, "some-article"}) // a writer, but with nothing to remove
	for _, args := range cmds {
		var out, errw bytes.Buffer
		code := Main(args, strings.NewReader(""), &out, &errw)
		assert.Equal(t, ExitError, code, "%v: %s", args[:2], errw.String())
		assert.Contains(t, errw.String(), "no newsgraph store", args[:2])
		assert.Contains(t, errw.String(), filepath.Join(dir, "indexes.bolt"), args[:2])
		assert.Contains(t, errw.String(), "newsgraph build", args[:2])
		_, err := os.Stat(dir)
		require.ErrorIs(t, err, os.ErrNotExist, "%v created the store directory", args[:2])
	}
}

// fileState is what a read must not change: the bytes and the
// modification time of every file in the store directory.
func fileState(t *testing.T, dir string) map[string]string {
	t.Helper()
	st := map[string]string{}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		fi, err := os.Stat(p)
		require.NoError(t, err)
		st[e.Name()] = fmt.Sprintf("%x %d %s", sha256.Sum256(b), fi.Size(), fi.ModTime().Format(time.RFC3339Nano))
	}
	return st
}

// TestReadOnlyCommandsLeaveTheStoreUntouched runs every read-only command,
// and a server (reads through the page's API and Cayley's, and a refused
// write), on the seeds' store: the store's files keep their bytes and
// modification times, and nothing is added next to them.
func TestReadOnlyCommandsLeaveTheStoreUntouched(t *testing.T) {
	db := buildSeeds(t)
	dir := strings.TrimPrefix(db, "bbolt:")
	before := fileState(t, dir)
	time.Sleep(20 * time.Millisecond) // a write now would show in the modification time
	outDir := t.TempDir()
	for _, args := range readCommands(db, outDir) {
		var out, errw bytes.Buffer
		code := Main(args, strings.NewReader(""), &out, &errw)
		require.Equal(t, ExitOK, code, "%v: %s", args[:2], errw.String())
	}
	b, err := os.ReadFile(filepath.Join(outDir, "all.nq"))
	require.NoError(t, err)
	assert.Contains(t, string(b), "Kardashian", "the export read the store")

	ctx, cancel := context.WithCancel(context.Background())
	opts := serveOpts()
	opts.DB = db
	base, _, done := startServe(t, ctx, opts)
	get := func(p string) (int, string) {
		resp, err := http.Get(base + p)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/api/search?q=Kardashian")
	assert.Equal(t, http.StatusOK, code, body)
	assert.Contains(t, body, "Kim Kardashian")
	code, body = get("/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V().Limit(2).All()`))
	assert.Equal(t, http.StatusOK, code, body)
	resp, err := http.Post(base+"/api/v2/write", "application/n-quads", strings.NewReader(`<a> <b> "c" .`+"\n"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	// while the server runs (idle), a writer gets the store at once
	st, err := graph.OpenWith(context.Background(), db, graph.Options{LockTimeout: 2 * time.Second})
	require.NoError(t, err, "an idle serve keeps a writer out")
	require.NoError(t, st.Close())
	after := fileState(t, dir) // the writer opened and closed without writing
	cancel()
	require.NoError(t, <-done)
	assert.Equal(t, before, after)
	assert.Equal(t, before, fileState(t, dir))
}

// TestReadOnlyOnPostgres: on PostgreSQL a read-only command does not create
// the schema in an empty database (it says there is no store), and a
// read-only Store refuses to write.
func TestReadOnlyOnPostgres(t *testing.T) {
	base := os.Getenv(envTestPostgres)
	if base == "" {
		t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envTestPostgres)
	}
	dsn := freshPGDatabase(t, base)
	for _, args := range readCommands(dsn, t.TempDir()) {
		var out, errw bytes.Buffer
		code := Main(args, strings.NewReader(""), &out, &errw)
		assert.Equal(t, ExitError, code, "%v: %s", args[:2], errw.String())
		assert.Contains(t, errw.String(), "no newsgraph store", args[:2])
		assert.Contains(t, errw.String(), "no quads table", args[:2])
	}
	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	var tables int
	require.NoError(t, db.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'`).Scan(&tables))
	assert.Zero(t, tables, "a read-only command created tables")

	var b buffers
	_, err = runBuild(context.Background(), &BuildOptions{DB: dsn, Paths: []string{seeds}, Progress: "never"}, b.io())
	require.NoError(t, err, b.err.String())
	ro, err := graph.OpenWith(context.Background(), dsn, graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer ro.Close()
	st, err := ro.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 2, st.Articles)
	arts, err := ro.Articles(context.Background())
	require.NoError(t, err)
	_, err = ro.Remove(context.Background(), arts[0].ID)
	require.ErrorIs(t, err, graph.ErrReadOnly)
	st, err = ro.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 2, st.Articles)
}
