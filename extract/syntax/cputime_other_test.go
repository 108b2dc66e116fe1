//go:build !unix

package syntax

import "time"

// processCPU is not measured here; BenchmarkProcess then reports wall time only.
func processCPU() time.Duration { return 0 }
