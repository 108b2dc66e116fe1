package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// eventTimeDerived is eventTime, falling back on a date derived from an
// anchored duration in the event's sentence: "they met three weeks after
// she was released" gets the release date plus three weeks when the
// document dates the release. The anchor's own event ("released") does not
// take the derived date.
func eventTimeDerived(d *doc.Document, s doc.Sentence, k int) (int, string) {
	if ti, v := eventTime(d, s, k); v != "" {
		return ti, v
	}
	best := -1
	for ti, t := range d.Timexes {
		if t.Derived == "" || t.Anchor == k || t.Start < s.Start || t.End > s.End {
			continue
		}
		if best < 0 || doc.Abs(t.Start-d.Tokens[k].Start) < doc.Abs(d.Timexes[best].Start-d.Tokens[k].Start) {
			best = ti
		}
	}
	if best < 0 {
		return -1, ""
	}
	return best, d.Timexes[best].Derived
}
