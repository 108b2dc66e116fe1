package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"time"
)

// rssPeaks are the peaks of a child's resident memory by kind, sampled
// from /proc/PID/status (Linux). getrusage's maxrss counts every resident
// page, including the pages of files the child maps (bbolt maps its
// file): those are page cache the kernel can drop at any time, not memory
// the process owns. Anonymous memory (Go heap, stacks, buffers) cannot be
// dropped without swap.
type rssPeaks struct {
	anonKB, fileKB, shmemKB, totalKB int64
	samples                          int
}

// rssSampleEvery is how often the sampler reads /proc: short enough to
// catch the peak of a write transaction (a LoadBatch of 256 articles into
// a large store takes over a second).
const rssSampleEvery = 50 * time.Millisecond

// sampleRSS reads /proc/pid/status every rssSampleEvery until stop is
// closed, then sends the peaks on the returned channel. The peaks are 0 on
// systems without /proc.
func sampleRSS(pid int, stop <-chan struct{}) <-chan rssPeaks {
	out := make(chan rssPeaks, 1)
	go func() {
		var p rssPeaks
		path := fmt.Sprintf("/proc/%d/status", pid)
		t := time.NewTicker(rssSampleEvery)
		defer t.Stop()
		for {
			if b, err := os.ReadFile(path); err == nil {
				p.add(parseStatus(b))
			}
			select {
			case <-stop:
				out <- p
				return
			case <-t.C:
			}
		}
	}()
	return out
}

func (p *rssPeaks) add(s map[string]int64) {
	if len(s) == 0 {
		return
	}
	p.samples++
	p.anonKB = max(p.anonKB, s["RssAnon"])
	p.fileKB = max(p.fileKB, s["RssFile"])
	p.shmemKB = max(p.shmemKB, s["RssShmem"])
	p.totalKB = max(p.totalKB, s["VmRSS"])
}

// parseStatus returns the kB fields of /proc/PID/status by name.
func parseStatus(b []byte) map[string]int64 {
	m := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		name, rest, ok := bytes.Cut(sc.Bytes(), []byte(":"))
		if !ok {
			continue
		}
		f := bytes.Fields(rest)
		if len(f) != 2 || string(f[1]) != "kB" {
			continue
		}
		if v, err := strconv.ParseInt(string(f[0]), 10, 64); err == nil {
			m[string(name)] = v
		}
	}
	return m
}
