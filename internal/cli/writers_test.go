package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTwoBuildsOnOneBBoltStore runs two builds at once on one bbolt store,
// each loading half of a corpus one article per transaction, so that they
// take turns on the file: both must finish, and the store must then hold
// exactly what the two halves loaded one after the other hold, bookkeeping
// included: whichever build resolves entities last reads the whole store
// (internal/resolve.Settle), and neither undoes the other's rebinding.
func TestTwoBuildsOnOneBBoltStore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes; skipped with -short")
	}
	if os.Getenv(helperEnv) == "1" {
		return
	}
	if raceEnabled() {
		t.Skip("runs without -race: the builds are separate processes")
	}
	tmp := t.TempDir()
	all := filepath.Join(tmp, "all")
	const n = 160 // enough that each build writes for longer than build's release period
	crashCorpus(t, all, n, 0)
	halves := []string{filepath.Join(tmp, "even"), filepath.Join(tmp, "odd")}
	for i := range n {
		name := fmt.Sprintf("crash-%02d.txt", i)
		b, err := os.ReadFile(filepath.Join(all, name))
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(halves[i%2], 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(halves[i%2], name), b, 0o644))
	}
	build := func(dsn, dir string) []string {
		return []string{"build", "--db", dsn, "--progress", "never", "--workers", "1", "--batch", "1", dir}
	}
	ref := "bbolt:" + filepath.Join(tmp, "ref")
	for _, h := range halves {
		code, out := runCLI(t, build(ref, h)...)
		require.Equal(t, ExitOK, code, out)
	}
	want, _ := readDump(t, ref)

	dsn := "bbolt:" + filepath.Join(tmp, "graph")
	var wg sync.WaitGroup
	codes, outs := make([]int, 2), make([]string, 2)
	spans := make([][2]time.Time, 2)
	for i, h := range halves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			spans[i][0] = time.Now()
			codes[i], outs[i] = runCLI(t, build(dsn, h)...)
			spans[i][1] = time.Now()
		}()
	}
	wg.Wait()
	end, start := spans[0][1], spans[0][0]
	if spans[1][1].Before(end) {
		end = spans[1][1]
	}
	if spans[1][0].After(start) {
		start = spans[1][0]
	}
	t.Logf("the builds ran %v and %v, side by side for %v",
		spans[0][1].Sub(spans[0][0]).Round(time.Millisecond), spans[1][1].Sub(spans[1][0]).Round(time.Millisecond),
		end.Sub(start).Round(time.Millisecond))
	for i := range halves {
		require.Equal(t, ExitOK, codes[i], outs[i])
		assert.Contains(t, outs[i], fmt.Sprintf("%d articles (%d new", n/2, n/2))
	}
	got, stats := readDump(t, dsn) // checks every article's manifest against what is stored
	assert.Equal(t, n, stats.Articles)
	requireSameDump(t, "two builds at once", got, want)
}
