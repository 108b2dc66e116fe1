package graph

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A query that outlives its caller (Gizmo finishes its current step after
// its time limit) still holds a bbolt read transaction when the command
// closes the store. bbolt's Close takes the lock that transaction needs to
// end, so closing under it used to hang the process for good.
func TestCloseUnderARunningReadDoesNotHang(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "g")
	w, err := Open(ctx, dir)
	require.NoError(t, err)
	_, err = w.Load(ctx, articleA())
	require.NoError(t, err)
	require.NoError(t, w.Close())

	defer func(d time.Duration) { readerDrain = d }(readerDrain)
	readerDrain = 50 * time.Millisecond

	for _, release := range []bool{false, true} {
		r, err := OpenWith(ctx, dir, Options{ReadOnly: true})
		require.NoError(t, err)
		require.NotNil(t, r.file)
		tx, err := r.file.Begin(false) // what a running query's iterator holds
		require.NoError(t, err)

		done := make(chan error, 1)
		go func() {
			if release {
				done <- r.Release()
			} else {
				done <- r.Close()
			}
		}()
		select {
		case err := <-done:
			if release {
				assert.ErrorIs(t, err, errStillReading, "Release keeps the file while a query reads it")
			} else {
				assert.NoError(t, err, "Close leaves the file to the process's exit")
			}
		case <-time.After(time.Minute):
			t.Fatal("Close/Release hung under an open read transaction")
		}
		require.NoError(t, tx.Rollback(), "the query ends its read normally")
		if release {
			require.NoError(t, r.Release(), "once the read ended, Release closes the file")
			require.NoError(t, r.Close())
		}
	}
}
