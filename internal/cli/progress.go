package cli

import (
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress is a bar on stderr with a total, a rate and an ETA (or, when the
// total is unknown, a spinner with a count). A nil *progress does nothing,
// so that callers need no checks when the bar is off.
type progress struct {
	bar     *progressbar.ProgressBar
	start   time.Time
	pending int64 // counted in the first second, not shown yet
}

// settle is how long the bar keeps its count to itself: the first reads
// come from buffers in no time, and a rate over them was absurd (15 GB/s).
const settle = time.Second

// newProgress returns nil unless mode (auto, always, never) and the
// terminal say to show one. total < 0 means unknown; bytes counts bytes.
// Nothing shows in the first second (see settle), and the bar redraws at
// most once a second.
func newProgress(mode string, io IO, what string, total int64, bytes bool) *progress {
	return newProgressOf(mode, io, what, total, bytes, "quads")
}

// newProgressOf is newProgress counting other things than bytes or quads.
func newProgressOf(mode string, io IO, what string, total int64, bytes bool, things string) *progress {
	if !wantProgress(mode, io) {
		return nil
	}
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(io.Err), progressbar.OptionSetDescription(what),
		progressbar.OptionThrottle(time.Second), progressbar.OptionClearOnFinish(),
		progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSetElapsedTime(true), progressbar.OptionSetWidth(20),
	}
	if bytes {
		opts = append(opts, progressbar.OptionShowBytes(true))
	} else {
		opts = append(opts, progressbar.OptionShowIts(), progressbar.OptionSetItsString(things))
	}
	if total == 0 {
		total = -1
	}
	p := &progress{bar: progressbar.NewOptions64(total, opts...), start: time.Now()}
	p.bar.RenderBlank() // starts the bar's clock now, not at the first count
	return p
}

// add counts n more; it is called by one goroutine (the reader).
func (p *progress) add(n int64) {
	if p == nil {
		return
	}
	if p.pending += n; time.Since(p.start) >= settle {
		p.bar.Add64(p.pending)
		p.pending = 0
	}
}

// describe sets the text before the bar (e.g. how many articles so far).
func (p *progress) describe(format string, args ...any) {
	if p != nil {
		p.bar.Describe(fmt.Sprintf(format, args...))
	}
}

// clear removes the bar so that a message can be printed on its line.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p != nil {
		p.bar.Add64(p.pending)
		p.pending = 0
		p.bar.Finish()
	}
}

func checkProgress(mode string) error {
	if mode != "auto" && mode != "always" && mode != "never" {
		return usageError{fmt.Errorf("--progress must be auto, always or never")}
	}
	return nil
}
