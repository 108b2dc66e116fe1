//go:build linux || darwin

package graph

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// envBenchStore names a bbolt store built by `newsgraph build` whose
// articles BenchmarkLoadBatchCorpus reloads: real extractor output (~390
// quads per article on the eval dev sets, one in eight an ng:mention)
// instead of synthetic's small, heavily shared graph.
const envBenchStore = "NEWSGRAPH_BENCH_STORE"

// BenchmarkLoadBatchCorpus loads the articles of $NEWSGRAPH_BENCH_STORE
// into a fresh bbolt store with LoadBatch(256, or $NEWSGRAPH_BENCH_BATCH;
// $NEWSGRAPH_BENCH_TXQUADS quads per bbolt transaction, default maxTxQuads):
//
//	newsgraph build --db /tmp/src ../shared/eval/*/dev.jsonl
//	NEWSGRAPH_BENCH_STORE=/tmp/src go test ./graph -run '^$' -bench LoadBatchCorpus -benchtime 1x -cpu 1
//
// It also reports quads per CPU second of the whole process (including
// the parallel preparation and the garbage collector), steadier than
// quads/s when other jobs share the machine.
func BenchmarkLoadBatchCorpus(b *testing.B) {
	dir := os.Getenv(envBenchStore)
	if dir == "" {
		b.Skipf("set %s to a bbolt store built by newsgraph build", envBenchStore)
	}
	ctx := context.Background()
	arts := readArticles(b, dir)
	batch := 256
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	// NEWSGRAPH_BENCH_TXQUADS: quads per bbolt bulk transaction (maxTxQuads)
	txQuads, _ := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_TXQUADS"))
	cpu0 := cpuTime(b)
	b.ResetTimer()
	for range b.N {
		s, err := Open(ctx, filepath.Join(b.TempDir(), "g"))
		require.NoError(b, err)
		s.txQuads = txQuads
		quads := 0
		for i := 0; i < len(arts); i += batch {
			res, err := s.LoadBatch(ctx, arts[i:min(i+batch, len(arts))])
			require.NoError(b, err)
			for _, r := range res {
				quads += r.Added
			}
		}
		require.NoError(b, s.Close())
		b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		// on a shared machine wall time swings 2x between runs; the
		// process's CPU time (user+sys, every goroutine) is steadier
		b.ReportMetric(float64(quads)*float64(b.N)/(cpuTime(b)-cpu0).Seconds(), "quads/cpu-s")
	}
}

// cpuTime is the user+sys CPU time of this process so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	require.NoError(b, syscall.Getrusage(syscall.RUSAGE_SELF, &ru))
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// readArticles reads every article of a bbolt store back as triples.
func readArticles(b *testing.B, dir string) []triples.Article {
	ctx := context.Background()
	s, err := OpenWith(ctx, "bbolt:"+dir, Options{ReadOnly: true})
	require.NoError(b, err)
	defer s.Close()
	infos, err := s.Articles(ctx)
	require.NoError(b, err)
	var out []triples.Article
	for _, in := range infos {
		qs, err := s.ArticleQuads(ctx, in.IRI)
		require.NoError(b, err)
		a := triples.Article{ID: in.ID, IRI: in.IRI, Hash: in.Hash}
		for _, q := range qs {
			tr, err := TripleOf(q)
			require.NoError(b, err)
			a.Triples = append(a.Triples, tr)
		}
		out = append(out, a)
	}
	return out
}
