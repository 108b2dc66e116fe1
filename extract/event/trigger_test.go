package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// An author's note that asks the reader to follow or reach someone at a
// handle, an address or a link reports no event; the same verb opening a
// sentence with no address, or inside a clause with a subject, does.
func TestContactImperativeIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person}
	d := parsed(t, "Follow Kim Lund on Twitter at @kimlund. Reach Ola Berg at oberg@example.org. "+
		"Watch the hearing at https://example.org/live.", people)
	for _, w := range []string{"Follow", "Reach", "Watch"} {
		if hasEvent(d, w) {
			t.Errorf("%q of an author's note made an event: %v", w, d.Events)
		}
	}
	d = parsed(t, "Kim Lund will follow Ola Berg to the summit. Call Ola Berg before the vote, Kim Lund said.", people)
	for _, w := range []string{"follow", "Call"} {
		if !hasEvent(d, w) {
			t.Errorf("no event %q: %v", w, d.Events)
		}
	}
}

// The note may open with where to follow: the oblique before the verb
// keeps it imperative.
func TestContactImperativeAfterOpeningPlace(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person}
	d := parsed(t, "On Twitter follow Kim Lund https://twitter.example/kimlund and Ola Berg https://twitter.example/oberg.", people)
	if hasEvent(d, "follow") {
		t.Errorf("an author's note made an event: %v", d.Events)
	}
	d = parsed(t, "In Ohio, Kim Lund will follow Ola Berg at https://example.org/tour.", people)
	if !hasEvent(d, "follow") {
		t.Errorf("a verb with its subject lost its event: %v", d.Events)
	}
}
