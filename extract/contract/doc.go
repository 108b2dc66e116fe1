// Package contract is the JSON output contract of `newsgraph extract
// --format json` (../shared/eval/README.md): From renders a finished
// document as a Result, offsets in code points.
package contract
