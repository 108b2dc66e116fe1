//go:build linux

package graph

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// BenchmarkLoadBatchCorpusPostgres loads the articles of
// $NEWSGRAPH_BENCH_STORE (see BenchmarkLoadBatchCorpus) into a fresh
// database of the server of $NEWSGRAPH_TEST_POSTGRES with LoadBatch(256,
// or $NEWSGRAPH_BENCH_BATCH):
//
//	newsgraph build --db /tmp/src ../shared/eval/*/dev.jsonl
//	export NEWSGRAPH_TEST_POSTGRES=$(scripts/pg-test-server.sh start)
//	NEWSGRAPH_BENCH_STORE=/tmp/src go test ./graph -run '^$' -bench LoadBatchCorpusPostgres -benchtime 1x -cpu 1
//
// Besides quads/s it reports the CPU seconds the client process and the
// server backends of the database spent (client-s, server-s), which tell
// on which side the time goes when the two share the machine's cores.
func BenchmarkLoadBatchCorpusPostgres(b *testing.B) {
	dir, base := os.Getenv(envBenchStore), os.Getenv(envPostgres)
	if dir == "" || base == "" {
		b.Skipf("set %s to a bbolt store built by newsgraph build and %s to a PostgreSQL DSN", envBenchStore, envPostgres)
	}
	ctx := context.Background()
	arts := readArticles(b, dir)
	batch := 256
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		dsn := freshPostgres(b, base)
		s, err := Open(ctx, dsn)
		require.NoError(b, err)
		cpu0 := cpuTime(b)
		b.StartTimer()
		start := time.Now()
		quads := 0
		for i := 0; i < len(arts); i += batch {
			res, err := s.LoadBatch(ctx, arts[i:min(i+batch, len(arts))])
			require.NoError(b, err)
			for _, r := range res {
				quads += r.Added
			}
		}
		wall := time.Since(start)
		b.StopTimer()
		server := backendCPU(b, base, dsn)
		client := cpuTime(b) - cpu0
		require.NoError(b, s.Close())
		b.ReportMetric(float64(quads)/wall.Seconds(), "quads/s")
		b.ReportMetric(client.Seconds(), "client-s")
		b.ReportMetric(server.Seconds(), "server-s")
		b.StartTimer()
	}
}

// backendCPU sums the user+sys CPU time of the server processes connected
// to the database of dsn (read from /proc: the server runs on this
// machine).
func backendCPU(b *testing.B, base, dsn string) time.Duration {
	u, err := url.Parse(dsn)
	require.NoError(b, err)
	db, err := sql.Open("postgres", base)
	require.NoError(b, err)
	defer db.Close()
	rows, err := db.Query(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, strings.TrimPrefix(u.Path, "/"))
	require.NoError(b, err)
	defer rows.Close()
	var total time.Duration
	for rows.Next() {
		var pid int
		require.NoError(b, rows.Scan(&pid))
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		// fields after the parenthesised command: utime, stime are 14, 15
		f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+2:]))
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		total += time.Duration(ut+st) * time.Second / 100 // USER_HZ
	}
	require.NoError(b, rows.Err())
	return total
}
