// Package web holds the analyst page that `newsgraph serve` shows: plain
// HTML, CSS and JavaScript, plus cytoscape.js copied from npm into dist/ by
// build.mjs (`make web`). Everything is embedded, so the binary serves the
// page with nothing fetched at run time and `go build` needs no npm.
package web

import "embed"

// FS holds the page: index.html, style.css, js/ (a script per view, app.js
// the router) and dist/ (the vendored cytoscape.min.js and vis-timeline
// files, their licences, and the stamps build.mjs writes with the version
// from package-lock.json and the files' SHA-256).
//
//go:embed index.html style.css js/*.js dist/cytoscape.min.js dist/cytoscape.json dist/cytoscape.LICENSE
//go:embed dist/vis-timeline-graph2d.min.js dist/vis-timeline-graph2d.min.css dist/vis-timeline.json dist/vis-timeline.LICENSE
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
