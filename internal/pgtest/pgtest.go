// Package pgtest gives tests a PostgreSQL database of their own on the
// throwaway server scripts/pg-test-server.sh starts.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"

	_ "github.com/lib/pq" // the "postgres" driver (Cayley's backend registers the same one)
	"github.com/stretchr/testify/require"
)

// Env names the variable holding the server's DSN (scripts/pg-test-server.sh
// start prints one); the PostgreSQL variants of tests skip without it.
const Env = "NEWSGRAPH_TEST_POSTGRES"

// FreshDatabase creates a uniquely named database (prefix plus random hex)
// on the server of base, drops it when the test ends, and returns its DSN.
func FreshDatabase(t testing.TB, base, prefix string) string {
	t.Helper()
	u, err := url.Parse(base)
	require.NoError(t, err, "parse %s", Env)
	admin, err := sql.Open("postgres", base)
	require.NoError(t, err)
	t.Cleanup(func() { admin.Close() })
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := prefix + hex.EncodeToString(b[:])
	_, err = admin.Exec("CREATE DATABASE " + name)
	require.NoError(t, err, "create test database %s", name)
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
