package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A verb whose object makes an idiom with it (common.txt IdiomObjects:
// "took aim", "played a role", "took part") is typed by both words, not as
// the bare verb's act; a verb with an ordinary object keeps its frame.
// "count on" is reliance (the phrasal table), not counting.
func TestIdiomObjectTypesTheEvent(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Norrbank": doc.Organization, "Falkvik": doc.Place}
	for _, c := range []struct{ text, trigger, want string }{
		{"Kim Lund and Ola Berg have taken aim at the new port tax.", "taken", "TAKE_AIM"},
		{"Norrbank played a large role in the Falkvik port deal.", "played", "PLAY_ROLE"},
		{"Kim Lund took part in the talks with Norrbank.", "took", "TAKE_PART"},
		{"Kim Lund took the keys of the Falkvik office.", "took", "TAKE"},
		{"None of the rivals hit Kim Lund for it.", "hit", "HIT"},
		{"The farmers of Falkvik could always count on Norrbank.", "count", "RELY"},
	} {
		d := parsed(t, c.text, names)
		if got := event(t, d, c.trigger).Type; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// "shot back" that says something is a retort in words: it takes a clause
// or its sentence quotes the words; "shot back at the gunmen near the
// bridge" stays an attack.
func TestRetortThatSaysSomething(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Falkvik": doc.Place}
	for _, c := range []struct{ text, want string }{
		{"Kim Lund shot back that the port plan was foolish.", "CRITICIZE"},
		{"\u201cThat is simply not so,\u201d Kim Lund shot back angrily.", "CRITICIZE"},
		{"The soldiers shot back at the gunmen near the bridge.", "ATTACK"},
	} {
		d := parsed(t, c.text, names)
		if got := event(t, d, "shot").Type; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}
