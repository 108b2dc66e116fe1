package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// An adverb right after a verb that makes with it a verb WordNet lists
// (walk_away, go_back, come_out) is its particle, as the parser's
// compound:prt is: the event is typed by both words, not as the bare
// verb's motion. A verb the lexicon frames keeps its frame ("paid back
// the loan" is a payment), and an adverb that makes no listed verb
// ("walked home") leaves the verb alone. A pair the lexicon's phrasal
// table lists takes its type ("passed away" dies).
func TestWordNetParticleTypesThePhrasalVerb(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Norrbank": doc.Organization, "Falkvik": doc.Place}
	for _, c := range []struct{ text, trigger, want string }{
		{"Kim Lund walked away from the merger with Norrbank.", "walked", "WALK_AWAY"},
		{"Norrbank came out against the new tax on Friday.", "came", "COME_OUT"},
		{"The board of Norrbank went back to its old plan.", "went", "GO_BACK"},
		{"Norrbank and Falkvik came together on a budget for the port.", "came", "COME_TOGETHER"},
		{"Norrbank paid back the loan in March.", "paid", "PAY"},
		{"The founder of Norrbank passed away in Falkvik on Sunday.", "passed", "DIE"},
		{"Kim Lund walked home from the meeting in Falkvik.", "walked", "WALK"},
	} {
		d := parsed(t, c.text, names)
		if got := event(t, d, c.trigger).Type; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// "is set to" with an infinitive says the infinitive's event is near: no
// one sets anything. Setting a date, active or passive with its agent,
// is an event.
func TestSetToIsNoSetting(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Norrbank": doc.Organization, "Falkvik": doc.Place}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The Falkvik council is set to choose a builder for the new port.", false},
		{"Norrbank is set to publish its report on Falkvik in May.", false},
		{"Kim Lund set the date of the vote in Falkvik.", true},
		{"The date of the vote was set by Norrbank.", true},
	} {
		d := parsed(t, c.text, names)
		if got := hasEvent(d, "set"); got != c.want {
			t.Errorf("%q: a setting = %v, want %v: %v", c.text, got, c.want, d.Events)
		}
	}
}
