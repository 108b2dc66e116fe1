package cli

// Crash safety on PostgreSQL: the scenarios of TestCrashSafety (build into
// a new store with default batches and --batch 1, a replace of every
// article, remove) with the client process killed, each on a database of
// its own.

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestCrashSafetyPostgres sends SIGKILL to build and remove while they
// load into (or delete from) PostgreSQL. The server rolls back the open
// transaction of a connection that dies, so every article must be complete
// or absent (or the old version), and a re-run must give the store of an
// uninterrupted run.
func TestCrashSafetyPostgres(t *testing.T) {
	skipCrash(t)
	base := os.Getenv(envTestPostgres)
	if base == "" {
		t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envTestPostgres)
	}
	admin, err := sql.Open("postgres", base)
	require.NoError(t, err)
	t.Cleanup(func() { admin.Close() })
	crashScenarios(t, crashBackend{
		name:  "postgres",
		fresh: func(t *testing.T, _ string) string { return freshPGDatabase(t, base) },
		clone: func(t *testing.T, src, _ string) string { return clonePGDatabase(t, admin, base, src) },
		// a database is written only by a connection to it: the kill
		// delay counts from the command's first connection (its store
		// open), which on a new database also creates the schema
		writing: func(dsn string) func() bool {
			name := pgDatabaseName(dsn)
			return func() bool {
				var n int
				err := admin.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = $1`, name).Scan(&n)
				return err == nil && n > 0
			}
		},
		points: map[string]int{"build": 6, "replace": 4, "remove": 4},
	})
}

func pgDatabaseName(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Path, "/")
}

// clonePGDatabase copies the database of src (CREATE DATABASE … TEMPLATE),
// drops the copy when the test ends, and returns its DSN. A template must
// have no connections: those of a store just closed may take a moment to
// go away, so it retries for a while.
func clonePGDatabase(t *testing.T, admin *sql.DB, base, src string) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "newsgraph_cli_" + hex.EncodeToString(b[:])
	var err error
	for try := 0; try < 100; try++ {
		if _, err = admin.Exec("CREATE DATABASE " + name + " TEMPLATE " + pgDatabaseName(src)); err == nil ||
			!strings.Contains(err.Error(), "being accessed by other users") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	require.NoError(t, err)
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	require.NoError(t, err)
	u.Path = "/" + name
	return u.String()
}
