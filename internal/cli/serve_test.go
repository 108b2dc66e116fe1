package cli

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/server"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{mu: make(chan struct{}, 1)} }

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.String()
}

// startServe runs runServe in the background on a free loopback port.
func startServe(t *testing.T, ctx context.Context, opts *ServeOptions) (base string, out *syncBuffer, done chan error) {
	t.Helper()
	out = newSyncBuffer()
	ready := make(chan net.Addr, 1)
	opts.Ready = func(a net.Addr) { ready <- a }
	done = make(chan error, 1)
	go func() { done <- runServe(ctx, opts, IO{In: strings.NewReader(""), Out: out, Err: out}) }()
	select {
	case a := <-ready:
		return "http://" + a.String(), out, done
	case err := <-done:
		t.Fatalf("serve stopped before listening: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("serve never listened")
	}
	return "", nil, nil
}

func serveOpts() *ServeOptions {
	return &ServeOptions{DB: "memory:", Addr: "127.0.0.1:0", Timeout: 5 * time.Second,
		MaxResults: 100, MaxBody: 1 << 16}
}

func TestServeAnswersAndStopsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	base, out, done := startServe(t, ctx, serveOpts())
	for _, p := range []string{"/", "/api/health", "/api/search?q=anyone", "/ui/"} {
		resp, err := http.Get(base + p)
		require.NoError(t, err)
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		assert.Equal(t, 200, resp.StatusCode, p)
	}
	resp, err := http.Post(base+"/api/v2/write", "application/n-quads", strings.NewReader(`<a> <b> "c" .`+"\n"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "read-only without --writable")
	cancel()
	require.NoError(t, <-done)
	assert.Contains(t, out.String(), "(read-only) at http://127.0.0.1:")
	assert.Contains(t, out.String(), "stopped")
}

func TestServeShutsDownOnSIGTERM(t *testing.T) {
	base, out, done := startServe(t, context.Background(), serveOpts())
	resp, err := http.Get(base + "/api/health")
	require.NoError(t, err)
	resp.Body.Close()
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGTERM))
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(20 * time.Second):
		t.Fatal("SIGTERM did not stop the server")
	}
	assert.Contains(t, out.String(), "stopped")
	_, err = http.Get(base + "/api/health")
	assert.Error(t, err)
}

func TestServeDefaultsAndUsage(t *testing.T) {
	c := newServeCmd(IO{})
	assert.Equal(t, server.DefaultAddr, c.Flags().Lookup("addr").DefValue)
	assert.True(t, server.IsLoopback(c.Flags().Lookup("addr").DefValue), "loopback by default")
	assert.Equal(t, "false", c.Flags().Lookup("writable").DefValue)
	for _, args := range [][]string{
		{"serve", "--db", "memory:", "--timeout", "0s"},
		{"serve", "--db", "memory:", "--max-results", "0"},
		{"serve", "--db", "memory:", "--max-body", "-1"},
		{"serve", "--db", "memory:", "--addr", "nonsense"},
		{"serve", "extra-arg"},
	} {
		var o, e bytes.Buffer
		assert.Equal(t, ExitUsage, Main(args, nil, &o, &e), "%v: %s", args, e.String())
	}
}

func TestServeWarnsWhenNotLoopback(t *testing.T) {
	assert.Empty(t, exposureWarning("127.0.0.1:8080", true))
	assert.Empty(t, exposureWarning("[::1]:8080", true))
	assert.Contains(t, exposureWarning(":8080", false), "is not a loopback address")
	assert.NotContains(t, exposureWarning("0.0.0.0:8080", false), "change the store")
	assert.Contains(t, exposureWarning("0.0.0.0:8080", true), "change the store")
}
