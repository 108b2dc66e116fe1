package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers the "cockroach" backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers the "postgres" backend
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Opening each backend: the embedded bbolt file (created on first use,
// read-only for readers) and the SQL stores (PostgreSQL, CockroachDB).

// openBolt opens DIR/indexes.bolt itself (instead of through Cayley's
// registry) so that it can pass bbolt a lock timeout: Cayley's bbolt backend
// opens with nil options, which waits for the file lock forever. With
// readOnly the file is opened read-only under a shared lock.
func openBolt(ctx context.Context, dir string, timeout time.Duration, readOnly bool) (cgraph.QuadStore, error) {
	qs, _, err := openBoltDB(ctx, dir, timeout, readOnly)
	return qs, err
}

// openBoltDB is openBolt, also returning the bbolt file under the store.
func openBoltDB(ctx context.Context, dir string, timeout time.Duration, readOnly bool) (cgraph.QuadStore, *bolt.DB, error) {
	if dl, ok := ctx.Deadline(); ok {
		if d := time.Until(dl); d < timeout {
			timeout = max(d, time.Millisecond)
		}
	}
	file := filepath.Join(dir, boltFile)
	if readOnly {
		if err := boltExists(dir); err != nil {
			return nil, nil, err
		}
	} else if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, err
		}
		if err := createBolt(file, timeout); err != nil {
			return nil, nil, fmt.Errorf("creating %s: %w", file, err)
		}
	}
	// the wait queue and the writers' mark (queue_flock.go): a reader lets
	// a writer that waits for the file go first, a writer marks that it
	// waits
	var leave func()
	if readOnly {
		yieldToWriters(ctx, dir, timeout)
		leave = joinQueue(dir)
	} else {
		unmark := markWriter(dir)
		leaveQueue := joinQueue(dir)
		leave = func() { leaveQueue(); unmark() }
	}
	opts := &bolt.Options{Timeout: timeout, ReadOnly: readOnly}
	if !readOnly {
		opts.InitialMmapSize = boltMmapSize
	}
	db, err := hbolt.Open(file, opts)
	leave()
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("%s is %w (another newsgraph build, remove or serve, or cayley): gave up after waiting %v; "+
			"wait for it to finish or stop it, then try again", file, ErrLocked, timeout.Round(time.Millisecond))
	} else if err != nil {
		return nil, nil, err
	}
	// kv.Init only reads when the store exists (ErrDatabaseExists), so it
	// is safe on a read-only file
	if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, nil, fmt.Errorf("initialising %s: %w", file, err)
	}
	// no_bloom: by default Cayley's kv store allocates two 100M-entry bloom
	// filters (~80 MB each) and scans the whole quad log on every open to
	// fill one; lookups then go to the index instead, which is plenty fast
	// for per-article loads.
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("opening %s: %w", file, err)
	}
	return qs, db.DB(), nil
}

// openBoltReader opens DIR/indexes.bolt read-only (shared lock). Should it
// hold the intent record of a replace a crash interrupted, it opens the
// file for writing once to finish it (a reader must not see the old and
// the new version of an article at once), then read-only again.
func openBoltReader(ctx context.Context, dir string, timeout time.Duration) (cgraph.QuadStore, *bolt.DB, error) {
	qs, db, err := openBoltDB(ctx, dir, timeout, true)
	if err != nil {
		return nil, nil, err
	}
	n, err := countPending(ctx, qs)
	if err != nil {
		qs.Close()
		return nil, nil, err
	}
	if n == 0 {
		return qs, db, nil
	}
	qs.Close()
	w := &Store{backend: BackendBBolt, dsn: dir}
	if w.qs, err = openBolt(ctx, dir, timeout, false); err != nil {
		return nil, nil, err
	}
	err = w.finishPending(ctx, "")
	if cerr := w.qs.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, nil, fmt.Errorf("finishing an interrupted replace: %w", err)
	}
	return openBoltDB(ctx, dir, timeout, true)
}

// countPending counts the intent records of interrupted replaces.
func countPending(ctx context.Context, qs cgraph.QuadStore) (int, error) {
	s := &Store{qs: qs, backend: BackendBBolt}
	n := 0
	err := s.eachQuad(ctx, quad.Subject, quad.IRI(Pending), func(q quad.Quad) error {
		if q.Predicate == quad.IRI(PredPending) {
			n++
		}
		return nil
	})
	return n, err
}

// boltExists returns an error wrapping ErrNoStore unless DIR/indexes.bolt
// exists: a read-only open must not create the store (nor its directory).
func boltExists(dir string) error {
	file := filepath.Join(dir, boltFile)
	_, err := os.Stat(file)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%w: %s does not exist (create the store with newsgraph build, or check --db)", ErrNoStore, file)
	case err != nil:
		return err
	}
	return nil
}

// createBolt creates and initialises a bbolt store under a temporary name
// and links it into place: Cayley's kv.Init writes in three transactions,
// and a crash between the last two would leave a file that opens with the
// legacy index layout, whose buckets were never created.
func createBolt(file string, timeout time.Duration) error {
	tmp := fmt.Sprintf("%s.new-%d", file, os.Getpid())
	os.Remove(tmp) // left by an earlier crash of a process with our pid
	db, err := hbolt.Open(tmp, &bolt.Options{Timeout: timeout})
	if err != nil {
		return err
	}
	err = kv.Init(db, nil)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		if err = os.Link(tmp, file); errors.Is(err, os.ErrExist) {
			err = nil // another process created it first: use theirs
		} else if err != nil {
			err = os.Rename(tmp, file) // a file system without hard links
		}
	}
	os.Remove(tmp)
	return err
}

func openSQL(ctx context.Context, backend, addr string) (cgraph.QuadStore, error) {
	// Cayley's SQL Init/New take no context; they Ping and fail fast when the
	// server is unreachable.
	err := cgraph.InitQuadStore(backend, addr, nil)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) && !errors.Is(err, cgraph.ErrOperationNotSupported) {
		return nil, fmt.Errorf("creating schema: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	qs, err := cgraph.NewQuadStore(backend, addr, nil)
	if err != nil {
		return nil, err
	}
	return qs, nil
}

// openSQLReader opens an existing SQL store without creating its schema:
// a database without newsgraph's tables is ErrNoStore.
func openSQLReader(ctx context.Context, backend, addr string) (cgraph.QuadStore, error) {
	if err := sqlExists(ctx, backend, addr); err != nil {
		return nil, err
	}
	return cgraph.NewQuadStore(backend, addr, nil)
}

// sqlExists returns an error wrapping ErrNoStore unless the database holds
// Cayley's quads table.
func sqlExists(ctx context.Context, backend, addr string) error {
	driver := "postgres" // lib/pq, as Cayley's postgres backend uses
	if backend == BackendCockroach {
		driver = "pgx"
	}
	db, err := sql.Open(driver, addr)
	if err != nil {
		return err
	}
	defer db.Close()
	var one int
	err = db.QueryRowContext(ctx, "SELECT 1 FROM quads LIMIT 1").Scan(&one)
	switch {
	case err == nil || errors.Is(err, sql.ErrNoRows):
		return nil
	case strings.Contains(err.Error(), "42P01") || strings.Contains(err.Error(), `"quads" does not exist`):
		// undefined_table
		return fmt.Errorf("%w: the database has no quads table (create the store with newsgraph build, or check --db)", ErrNoStore)
	}
	return err
}
