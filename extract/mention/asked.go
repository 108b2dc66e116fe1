package mention

import "github.com/newsgraph/newsgraph/extract/doc"

// Interrogative reports a phrase headed by h that asks which or how many
// ("which offices", "how many nurses"): it heads no mention, yet the
// event it takes part in happens all the same, with a participant left
// unknown (the event stage keeps it).
func Interrogative(d *doc.Document, h int) bool { return interrogative(d, h) }
