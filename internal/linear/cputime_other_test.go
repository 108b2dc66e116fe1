//go:build !unix

package linear

import "time"

func processCPU() time.Duration { return 0 }
