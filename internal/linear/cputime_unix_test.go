//go:build unix

package linear

import (
	"syscall"
	"time"
)

// processCPU is the user+system CPU time the process has used so far: on
// a machine shared with other work, words per CPU second is the figure
// that does not depend on the load.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
