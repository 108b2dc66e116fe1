package server

// For the browser tests of package server_test (seeds_browser_test.go),
// which build the seeds through internal/cli and so cannot live in
// package server: cli imports server.
var (
	NewBrowser   = newBrowser
	WatchErrors  = watchErrors
	ChromiumPath = chromiumPath
)
