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
