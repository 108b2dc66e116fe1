// Package contract is the JSON output contract of `newsgraph extract
// --format json` (../shared/eval/README.md): From renders a finished
// document as a Result, offsets in code points. One field goes beyond the
// shared contract: an entity's "nested" list holds its mentions inside a
// longer name of another entity ("US" in "the US State Department"), each
// with "in", the id of that entity. They are apart from "mentions" because
// CoNLL, MEANTIME and ECB+ mark only the outer name (GUM marks both), so a
// reader of the shared contract sees the flat names it expects.
package contract
