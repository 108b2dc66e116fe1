//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// The wait queue of a bbolt store: bbolt's own file lock has no fairness
// (a waiting process polls with LOCK_NB every 50 ms), so a build that
// releases the store between transactions and takes it again at once could
// keep readers out for ever, and readers whose reads overlap could keep a
// build out for ever. Two flocks make the turns fair:
//
//   - Every process waiting for the file holds a shared flock on the store's
//     directory while it waits (joinQueue), and a Store that takes the file
//     again after Release first waits until nobody holds it (yieldToQueue),
//     that is until every process that was waiting got its turn.
//   - A writer waiting for the file also holds a shared flock on
//     DIR/writers.lock (markWriter), and a reader about to open the file
//     first waits until no writer holds that (yieldToWriters): readers that
//     come while a build waits queue behind it instead of overlapping with
//     the readers already in. A process that keeps the file open across
//     many reads (newsgraph serve) asks Store.Contended whether a writer
//     waits, and lets the file go.
//
// Readers do not wait for each other, so they still share the file.

// joinQueue marks this process as waiting for the bbolt file in dir until
// the returned function is called.
func joinQueue(dir string) (leave func()) {
	f, err := os.Open(dir)
	if err != nil {
		return func() {}
	}
	return lockShared(f)
}

// yieldToQueue waits until no process waits for the bbolt file in dir (or
// timeout passes, or ctx ends).
func yieldToQueue(ctx context.Context, dir string, timeout time.Duration) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	defer f.Close()
	waitUnlocked(ctx, f, timeout)
}

// markWriter marks this process as a writer waiting for the bbolt file in
// dir until the returned function is called.
func markWriter(dir string) (unmark func()) {
	f, err := os.OpenFile(filepath.Join(dir, writersFile), os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return func() {}
	}
	return lockShared(f)
}

// lockShared takes a shared flock on f, and returns the function that
// drops it (closing f); on failure it closes f and returns a no-op.
func lockShared(f *os.File) func() {
	var err error
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_SH)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		return func() {}
	}
	return func() { f.Close() } // closing the descriptor drops the lock
}

// yieldToWriters waits until no writer waits for the bbolt file in dir (or
// timeout passes, or ctx ends).
func yieldToWriters(ctx context.Context, dir string, timeout time.Duration) {
	f, err := os.Open(filepath.Join(dir, writersFile))
	if err != nil {
		return // no writer ever waited here
	}
	defer f.Close()
	waitUnlocked(ctx, f, timeout)
}

// waitUnlocked waits until nobody holds a flock on f (or timeout passes,
// or ctx ends).
func waitUnlocked(ctx context.Context, f *os.File, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
			return
		}
		if !(errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR)) {
			return // flock does not work here
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// writerWaiting reports whether a writer waits for the bbolt file in dir.
func writerWaiting(dir string) bool {
	f, err := os.Open(filepath.Join(dir, writersFile))
	if err != nil {
		return false
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	return errors.Is(err, syscall.EWOULDBLOCK)
}
