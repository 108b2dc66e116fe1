package event

import "github.com/newsgraph/newsgraph/extract/mention"

// askedParticipant reports a predicate w whose subject, object or
// oblique is the unknown of a question ("how many nurses will join in",
// "which firm ran the poll"): the phrase heads no mention, but the event
// is told with a participant the question leaves open, so it is kept
// like one that names its participant.
func (x *ctx) askedParticipant(w int) bool {
	for _, c := range x.d.Dependents(w, "nsubj", "nsubj:pass", "obj", "obl") {
		if mention.Interrogative(x.d, c) {
			return true
		}
	}
	return false
}
