//go:build !unix

package postag

import "time"

func processCPU() time.Duration { return 0 }
