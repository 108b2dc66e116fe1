package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/article"
)

func corpus(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"id":"a%03d","date":"2020-01-%02d","text":"Person %d met Mayor Ana Lopez in Madrid on Monday. \"Good talks,\" she said."}`+"\n", i, i%28+1, i)
	}
	b.WriteString("{broken line\n")
	p := filepath.Join(t.TempDir(), "c.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(b.String()), 0o644))
	return p
}

func TestOutputOrderAndContentDoNotDependOnWorkers(t *testing.T) {
	p := corpus(t, 40)
	run := func(workers int) ([]string, int) {
		var ids []string
		bad := 0
		err := Run(context.Background(), []string{p}, Options{Workers: workers, Report: func(*article.Error) { bad++ }},
			func(it Item) error {
				ids = append(ids, fmt.Sprintf("%s:%d:%d", it.Doc.ID, len(it.Doc.Entities), len(it.Doc.Timexes)))
				return nil
			})
		require.NoError(t, err)
		return ids, bad
	}
	one, bad1 := run(1)
	four, bad4 := run(4)
	require.Len(t, one, 40)
	assert.Equal(t, one, four)
	assert.Equal(t, "a000", strings.Split(one[0], ":")[0])
	assert.Equal(t, 1, bad1)
	assert.Equal(t, 1, bad4)
}

func TestSinkErrorStopsTheRun(t *testing.T) {
	p := corpus(t, 100)
	stop := errors.New("stop")
	n := 0
	err := Run(context.Background(), []string{p}, Options{Workers: 3}, func(it Item) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	require.ErrorIs(t, err, stop)
	assert.Equal(t, 5, n)
}
