package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers the "cockroach" backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers the "postgres" backend
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Backend names reported by (*Store).Backend.
const (
	BackendBBolt     = "bbolt"
	BackendMemory    = "memory"
	BackendPostgres  = "postgres"
	BackendCockroach = "cockroach"
)

// DefaultLockTimeout is how long Open waits for the lock on a bbolt file
// held by another process (or another Store in this process) before giving
// up, unless Options.LockTimeout says otherwise. A context deadline that
// expires sooner wins.
var DefaultLockTimeout = 3 * time.Second

// ErrLocked is wrapped by the error of an Open (or of a method reopening a
// released store) that gave up waiting for a bbolt file another process
// holds.
var ErrLocked = errors.New("locked by another process")

// ErrReadOnly is wrapped by the errors of writes to a store opened with
// Options.ReadOnly.
var ErrReadOnly = errors.New("store opened read-only")

// ErrNoStore is wrapped by the error of a read-only (or NoCreate) open of a
// store that does not exist (no bbolt file, no tables in the SQL
// database): a reader never creates one.
var ErrNoStore = errors.New("no newsgraph store")

// Options tune OpenWith.
type Options struct {
	// ReadOnly opens the store for reading only; Load, LoadBatch and
	// Remove fail with ErrReadOnly, and a store that does not exist is not
	// created (ErrNoStore). On bbolt the file is opened read-only with a
	// shared lock, so any number of readers use it at once (but none while
	// a writer holds it, and no writer while one reads). A replace a crash
	// interrupted is still finished first, which briefly takes the file
	// for writing: the only write a reader ever makes, and the one the next
	// writer would make anyway. On PostgreSQL and CockroachDB the schema is
	// not created. (A session setting such as default_transaction_read_only
	// would not help: lib/pq opens every transaction with BEGIN READ WRITE.)
	ReadOnly bool
	// LockTimeout is how long to wait for the lock on a bbolt file another
	// process holds, at Open and whenever a released store (see Release)
	// is taken again; 0 means DefaultLockTimeout. A context deadline that
	// expires sooner wins.
	LockTimeout time.Duration
	// NoCreate makes opening a store that does not exist an error
	// (ErrNoStore) for a writer too, as it always is with ReadOnly:
	// `newsgraph remove` has nothing to remove from a store that is not
	// there.
	NoCreate bool
}

// boltFile is the file Cayley's own bbolt backend keeps inside its directory;
// we use the same layout so `cayley --db bbolt --dbpath DIR` reads our stores.
const boltFile = "indexes.bolt"

// writersFile is the lock file through which a writer waiting for the
// bbolt file tells readers to let it go first (queue_flock.go). Writers
// create it; Cayley ignores it.
const writersFile = "writers.lock"

// Store is a Cayley quad store plus the bookkeeping that makes per-article
// loads atomic and idempotent. Its methods are safe for concurrent use;
// writes (Load, Remove) are serialised per Store and, on PostgreSQL, per
// article across processes.
type Store struct {
	qs       cgraph.QuadStore
	backend  string
	dsn      string // redacted, for messages
	readOnly bool
	// reopen, if set, opens the file again: after a failed write (bbolt:
	// Cayley's kv store keeps in-memory caches of a rolled-back
	// transaction) and after Release.
	reopen func(ctx context.Context) (cgraph.QuadStore, error)
	// released: qs is closed by Release and is reopened by the next
	// method that needs it.
	released bool
	// boltDir and wait: the bbolt store's directory and how long to wait
	// for its lock.
	boltDir string
	wait    time.Duration
	// bolt is the bbolt file under qs when it is open for writing (nil
	// otherwise): LoadBatch writes new articles into it directly in
	// Cayley's kv layout (see bulk_kv.go).
	bolt *bolt.DB
	// file is the bbolt file under qs, open for reading or writing (nil
	// on the other backends): Close and Release wait on its open read
	// transactions (see closeQS).
	file *bolt.DB
	// cayleyWriter makes LoadBatch write through Cayley's kv writer on
	// bbolt too (tests compare the two).
	cayleyWriter bool
	// txQuads bounds the quads of one bbolt bulk transaction of
	// LoadBatch; 0 means maxTxQuads (tests lower it).
	txQuads int
	// lockDB, if set, holds the connections for the per-article advisory
	// locks that keep processes sharing a PostgreSQL database from
	// interleaving their loads of one article.
	lockDB *sql.DB
	// pgKeepFKChecks: the role may not turn off the foreign-key checks of
	// LoadBatch's COPY (see skipForeignKeyChecks). Guarded by mu.
	pgKeepFKChecks bool

	// mu serialises writers and, because memstore is not safe for
	// concurrent use, keeps readers out while a write runs.
	mu     sync.RWMutex
	closed bool
}

// Open opens (creating it on first use) the quad store named by dsn:
//
//	path/to/dir, bbolt:path/to/dir   bbolt file DIR/indexes.bolt (default backend; parents are created)
//	memory:                          in-memory memstore (lost on Close)
//	postgres://…, postgresql://…     Cayley's SQL backend on PostgreSQL
//	cockroach://…                    Cayley's SQL backend on CockroachDB
//
// Errors name the DSN with any password redacted. A bbolt file locked by
// another process fails after DefaultLockTimeout instead of hanging.
func Open(ctx context.Context, dsn string) (*Store, error) {
	return OpenWith(ctx, dsn, Options{})
}

// OpenWith is Open with options: read-only use and how long to wait for a
// bbolt file another process holds.
func OpenWith(ctx context.Context, dsn string, opts Options) (*Store, error) {
	backend, addr, err := parseDSN(dsn)
	if err != nil {
		return nil, err
	}
	red := redactDSN(dsn)
	fail := func(format string, args ...any) error {
		return fmt.Errorf("graph: open %s store %q: %w", backend, red, fmt.Errorf(format, args...))
	}
	if err := ctx.Err(); err != nil {
		return nil, fail("%w", err)
	}
	s := &Store{backend: backend, dsn: red, readOnly: opts.ReadOnly}
	switch backend {
	case BackendMemory:
		s.qs = memstore.New()
	case BackendBBolt:
		wait := opts.LockTimeout
		if wait <= 0 {
			wait = DefaultLockTimeout
		}
		s.boltDir, s.wait = addr, wait
		if opts.ReadOnly {
			s.reopen = func(ctx context.Context) (cgraph.QuadStore, error) {
				qs, db, err := openBoltReader(ctx, addr, wait)
				s.file = db
				return qs, err
			}
			if s.qs, err = s.reopen(ctx); err != nil {
				return nil, fail("%w", err)
			}
			break
		}
		if opts.NoCreate {
			if err := boltExists(addr); err != nil {
				return nil, fail("%w", err)
			}
		}
		s.reopen = func(ctx context.Context) (cgraph.QuadStore, error) {
			qs, db, err := openBoltDB(ctx, addr, wait, false)
			s.bolt, s.file = db, db
			return qs, err
		}
		if s.qs, err = s.reopen(ctx); err != nil {
			return nil, fail("%w", err)
		}
		// finish replaces a crash interrupted (see (*Store).write)
		if err := s.finishPending(ctx, ""); err != nil {
			s.qs.Close()
			return nil, fail("%w", err)
		}
	case BackendPostgres, BackendCockroach:
		addr = withConnectTimeout(addr)
		if opts.ReadOnly {
			if s.qs, err = openSQLReader(ctx, backend, addr); err != nil {
				return nil, fail("%w", err)
			}
			break // no advisory locks: nothing is written
		}
		if opts.NoCreate {
			if err := sqlExists(ctx, backend, addr); err != nil {
				return nil, fail("%w", err)
			}
		}
		s.qs, err = openSQL(ctx, backend, addr)
		if err != nil {
			return nil, fail("%w", err)
		}
		if backend == BackendPostgres {
			// lib/pq, registered as "postgres" by Cayley's backend
			s.lockDB, err = sql.Open("postgres", addr)
			if err != nil {
				s.qs.Close()
				return nil, fail("%w", err)
			}
			s.lockDB.SetMaxIdleConns(1)
		}
	}
	return s, nil
}

var schemeRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*):`)

// parseDSN splits dsn into a backend name and the address Cayley wants.
func parseDSN(dsn string) (backend, addr string, err error) {
	if strings.TrimSpace(dsn) == "" {
		return "", "", errors.New("graph: open: empty store DSN (want a directory, bbolt:DIR, memory:, postgres://… or cockroach://…)")
	}
	m := schemeRE.FindStringSubmatch(dsn)
	if m == nil {
		return BackendBBolt, dsn, nil
	}
	rest := dsn[len(m[0]):]
	switch strings.ToLower(m[1]) {
	case "bbolt":
		if rest == "" {
			return "", "", fmt.Errorf("graph: open %q: bbolt: needs a directory path, e.g. bbolt:./data/graph", dsn)
		}
		return BackendBBolt, rest, nil
	case "memory", "mem", "memstore":
		if rest != "" && rest != "//" {
			return "", "", fmt.Errorf("graph: open %q: memory: takes no address", dsn)
		}
		return BackendMemory, "", nil
	case "postgres", "postgresql":
		if _, err := url.Parse(dsn); err != nil {
			return "", "", fmt.Errorf("graph: open %q: malformed PostgreSQL URL", redactDSN(dsn))
		}
		return BackendPostgres, dsn, nil
	case "cockroach", "cockroachdb":
		if _, err := url.Parse(dsn); err != nil {
			return "", "", fmt.Errorf("graph: open %q: malformed CockroachDB URL", redactDSN(dsn))
		}
		// The pgx driver only understands postgres:// URLs.
		return BackendCockroach, "postgresql:" + rest, nil
	}
	return "", "", fmt.Errorf("graph: open %q: unknown store scheme %q (want a directory, bbolt:DIR, memory:, postgres://… or cockroach://…; prefix a directory containing ':' with bbolt:)", redactDSN(dsn), m[1]+":")
}

// DefaultConnectTimeout bounds each connection attempt to a PostgreSQL or
// CockroachDB server whose DSN sets no connect_timeout: without it, a
// server that vanished from the network (no reset, no refusal) would hang a
// command until the operating system gives up on the TCP handshake.
const DefaultConnectTimeout = 10 * time.Second

// withConnectTimeout adds connect_timeout to a URL DSN that has none.
func withConnectTimeout(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	q := u.Query()
	if q.Get("connect_timeout") != "" {
		return dsn
	}
	q.Set("connect_timeout", strconv.Itoa(int(DefaultConnectTimeout/time.Second)))
	u.RawQuery = q.Encode()
	return u.String()
}

// redactDSN hides the password of URL-style DSNs.
func redactDSN(dsn string) string {
	if !strings.Contains(dsn, "://") {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		// do not echo something we could not parse: it may hold a password
		if i := strings.LastIndex(dsn, "@"); i >= 0 {
			if j := strings.Index(dsn, "://"); j >= 0 && j < i {
				return dsn[:j+3] + "xxxxx" + dsn[i:]
			}
		}
		return dsn
	}
	return u.Redacted()
}

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

// Close releases the store (closes the file or connection pool). It is safe
// to call more than once.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var err error
	if !s.released {
		if err = s.closeQS(); errors.Is(err, errStillReading) {
			err = nil // the process's exit releases the file
		}
	}
	if s.lockDB != nil {
		err = errors.Join(err, s.lockDB.Close())
	}
	if err != nil {
		return fmt.Errorf("graph: close %q: %w", s.dsn, err)
	}
	return nil
}

// Release lets other processes use a bbolt store until this Store needs it
// again: it closes the file (and its lock), and the next method that reads
// or writes opens it again, waiting up to Options.LockTimeout for the lock.
// newsgraph build releases the store between transactions, so that
// readers (ask, query, stats) run while it extracts the next articles.
// It is a no-op on the other backends, and on a closed store. A QuadStore
// obtained before Release is closed by it: call QuadStore again.
func (s *Store) Release() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.released || s.reopen == nil {
		return nil
	}
	if err := s.closeQS(); err != nil {
		return fmt.Errorf("graph: release %q: %w", s.dsn, err)
	}
	s.released = true
	return nil
}

// readerDrain is how long Close and Release wait for the read transactions
// of queries that outlived their caller (a Gizmo query past its time limit
// finishes its current step before it stops).
var readerDrain = 10 * time.Second

// errStillReading: a query still reads the bbolt file after readerDrain.
var errStillReading = errors.New("a query past its time limit still reads the store")

// closeQS closes qs. On bbolt it first waits up to readerDrain for open
// read transactions to end, and leaves the file open if one does not:
// bbolt's Close takes the lock a read transaction needs to end, so closing
// under a running query deadlocks both.
func (s *Store) closeQS() error {
	if s.file != nil {
		for end := time.Now().Add(readerDrain); s.file.Stats().OpenTxN > 0; {
			if time.Now().After(end) {
				return errStillReading
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	return s.qs.Close()
}

// Contended reports whether another process waits to write to this bbolt
// store (a build, while this process reads): a process that keeps
// the store open across many reads should then Release it when its running
// reads end. Always false on the other backends and after Release.
func (s *Store) Contended() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.boltDir == "" || s.released || s.closed {
		return false
	}
	return writerWaiting(s.boltDir)
}

// acquire opens a released store again. The caller holds s.mu for writing.
func (s *Store) acquire(ctx context.Context) error {
	if s.closed {
		return errClosed
	}
	if !s.released {
		return nil
	}
	// let processes that waited while we held the file go first
	yieldToQueue(ctx, s.boltDir, s.wait)
	qs, err := s.reopen(ctx)
	if err != nil {
		return fmt.Errorf("opening %s again: %w", s.dsn, err)
	}
	s.qs, s.released = qs, false
	return nil
}

// writable takes s.mu for writing, checks that the store may be written and
// opens it again if it was released. On success the caller must unlock.
func (s *Store) writable(ctx context.Context) error {
	s.mu.Lock()
	err := s.acquire(ctx)
	if err == nil && s.readOnly {
		err = ErrReadOnly
	}
	if err != nil {
		s.mu.Unlock()
	}
	return err
}

// readable takes s.mu for reading, opening the store again first if it
// was released. On success the caller must call the returned unlock.
func (s *Store) readable(ctx context.Context) (unlock func(), err error) {
	for {
		s.mu.RLock()
		if s.closed {
			s.mu.RUnlock()
			return nil, errClosed
		}
		if !s.released {
			return s.mu.RUnlock, nil
		}
		s.mu.RUnlock()
		s.mu.Lock()
		err := s.acquire(ctx)
		s.mu.Unlock()
		if err != nil {
			return nil, err
		}
	}
}

// lockArticle takes a lock on one article that every process using the
// same PostgreSQL database respects (a session-level advisory lock, freed
// also when the connection dies). Elsewhere it is a no-op: bbolt admits one
// process, memstore lives in one, and CockroachDB has no advisory locks, so
// there concurrent writers of one article must be avoided by the caller.
// The caller holds s.mu for writing.
func (s *Store) lockArticle(ctx context.Context, iri string) (unlock func(), err error) {
	if s.lockDB == nil {
		return func() {}, nil
	}
	h := fnv.New64a()
	h.Write([]byte("newsgraph article " + iri))
	key := int64(h.Sum64())
	conn, err := s.lockDB.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("locking article %s: %w", iri, err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
		conn.Close()
		return nil, fmt.Errorf("locking article %s: %w", iri, err)
	}
	return func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", key); err != nil {
			// drop the connection, which frees the lock
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

// QuadStore returns the underlying Cayley quad store for query layers
// (gizmo, graphql, path). Do not write through it: writes that bypass Load
// and Remove are invisible to the per-article manifests. On the memory
// backend, do not read through it while a Load or Remove runs either
// (memstore is not safe for concurrent use).
//
// On bbolt, a write that the backend rejects makes the Store reopen its file
// (Cayley's kv store would otherwise keep caches of the rolled-back
// transaction); a QuadStore obtained before that is then closed, so
// long-lived query layers should call QuadStore again after a failed Load
// or Remove.
//
// After Release, QuadStore opens the store again (waiting up to
// Options.LockTimeout); should that fail, the QuadStore it returns is
// closed and every read through it fails.
func (s *Store) QuadStore() cgraph.QuadStore {
	s.mu.Lock()
	defer s.mu.Unlock()
	_ = s.acquire(context.Background())
	return s.qs
}

// Acquire returns the underlying quad store like QuadStore, but after
// Release it reports why the store could not be opened again (for instance
// ErrLocked after Options.LockTimeout) instead of returning a closed one.
// The same warnings apply: the quad store stays valid until the next
// Release or Close.
func (s *Store) Acquire(ctx context.Context) (cgraph.QuadStore, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.acquire(ctx); err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	return s.qs, nil
}

// Backend names the backend: "bbolt", "memory", "postgres" or "cockroach".
func (s *Store) Backend() string { return s.backend }

// String returns the DSN with any password redacted.
func (s *Store) String() string { return s.dsn }

var errClosed = errors.New("store is closed")
