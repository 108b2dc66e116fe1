//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package graph

import (
	"context"
	"errors"
	"os"
	"syscall"
	"time"
)

// The wait queue of a bbolt store: bbolt's own file lock has no fairness
// (a waiting process polls with LOCK_NB every 50 ms), so a build that
// releases the store between transactions and takes it again at once could
// keep readers out for ever. Every process waiting for the file therefore
// holds a shared flock on the store's directory while it waits, and a Store
// that takes the file again after Release first waits until nobody holds
// that lock, that is until every process that was waiting got its turn.

// joinQueue marks this process as waiting for the bbolt file in dir until
// the returned function is called.
func joinQueue(dir string) (leave func()) {
	f, err := os.Open(dir)
	if err != nil {
		return func() {}
	}
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

// yieldToQueue waits until no process waits for the bbolt file in dir (or
// timeout passes, or ctx ends).
func yieldToQueue(ctx context.Context, dir string, timeout time.Duration) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	defer f.Close()
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil || !(errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR)) {
			return // got it (dropped by Close), or flock does not work here
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}
