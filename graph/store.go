package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
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
