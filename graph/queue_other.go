//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package graph

import (
	"context"
	"time"
)

// Without flock there is no wait queue (see queue_flock.go): a build
// releasing a bbolt store between transactions may keep readers waiting.

func joinQueue(dir string) (leave func()) { return func() {} }

func yieldToQueue(ctx context.Context, dir string, timeout time.Duration) {}

func markWriter(dir string) (unmark func()) { return func() {} }

func yieldToWriters(ctx context.Context, dir string, timeout time.Duration) {}

func writerWaiting(dir string) bool { return false }
