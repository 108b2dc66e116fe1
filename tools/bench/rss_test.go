package main

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseStatusAndPeaks(t *testing.T) {
	status := "Name:\tnewsgraph\nVmPeak:\t 2802132 kB\nVmRSS:\t 1179260 kB\nRssAnon:\t 1158412 kB\nRssFile:\t   20848 kB\nRssShmem:\t       0 kB\nThreads:\t9\n"
	m := parseStatus([]byte(status))
	assert.Equal(t, int64(1158412), m["RssAnon"])
	assert.Equal(t, int64(20848), m["RssFile"])
	assert.NotContains(t, m, "Threads") // not a kB field
	var p rssPeaks
	p.add(m)
	p.add(map[string]int64{"RssAnon": 5, "RssFile": 900000, "VmRSS": 900005})
	assert.Equal(t, rssPeaks{anonKB: 1158412, fileKB: 900000, totalKB: 1179260, samples: 2}, p)
}

func TestSampleRSSOfThisProcess(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	stop := make(chan struct{})
	peaks := sampleRSS(os.Getpid(), stop)
	time.Sleep(2 * rssSampleEvery)
	close(stop)
	p := <-peaks
	assert.Positive(t, p.samples)
	assert.Positive(t, p.anonKB)
}
