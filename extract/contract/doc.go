// Package contract is the JSON output contract of `newsgraph extract
// --format json` (../shared/eval/README.md): From renders a finished
// document as a Result, offsets in code points. A few fields go beyond the
// shared contract, each left out when empty so that a reader of the shared
// contract sees what it expects: an entity's "nested" list holds its
// mentions inside a longer name of another entity ("US" in "the US State
// Department"), each with "in", the id of that entity, apart from
// "mentions" because CoNLL, MEANTIME and ECB+ mark only the outer name
// (GUM marks both); a quote's "co_speakers" are the others who make the
// claim with its speaker ("Lund and Hale said"), and "continued" marks a
// quotation that takes the speaker of the one it continues; an event's
// factuality "source" is who asserts it.
package contract
