// Package web holds the analyst page that `newsgraph serve` shows: plain
// HTML, CSS and JavaScript, plus cytoscape.js copied from npm into dist/ by
// build.mjs (`make web`). Everything is embedded, so the binary serves the
// page with nothing fetched at run time and `go build` needs no npm.
package web

import "embed"

// FS holds the page: index.html, app.js, style.css and dist/ (the vendored
// cytoscape.min.js, its licence, and cytoscape.json, the stamp build.mjs
// writes with the version from package-lock.json and the file's SHA-256).
//
//go:embed index.html app.js style.css dist/cytoscape.min.js dist/cytoscape.json dist/cytoscape.LICENSE
var FS embed.FS

// CayleyUI holds what Cayley's query UI (served at /ui/) would otherwise
// fetch from CDNs, copied from npm by build.mjs at the versions
// package-lock.json pins: monaco/vs, the files of monaco-editor its query
// editor loads, and icons/, the Material Icons font its buttons use, each
// with its licence, plus vendor.json, the stamp with versions and SHA-256s.
// The server serves dist/cayley-ui/NAME at /ui/NAME.
//
//go:embed dist/cayley-ui
var CayleyUI embed.FS
