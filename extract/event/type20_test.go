package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// "based on" and "surrounding" with no subject are prepositions ("paid
// based on sales": according to; "the dispute surrounding the merger":
// about it); with a subject, or after a noun for people ("soldiers
// surrounding the town"), they tell an event.
func TestPrepositionalBasedAndSurrounding(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Falkvik": doc.Place, "Norrbank": doc.Organization}
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Norrbank pays Kim Lund based on the sales of Falkvik.", "based", false},
		{"The quarrel surrounding Norrbank has split Falkvik.", "surrounding", false},
		{"Kim Lund based her estimate on the sales of Norrbank.", "based", true},
		{"Soldiers surrounding Falkvik stopped Kim Lund.", "surrounding", true},
	} {
		d := parsed(t, c.text, names)
		if got := hasEvent(d, c.trigger); got != c.want {
			t.Errorf("%q: event %q = %v, want %v: %v", c.text, c.trigger, got, c.want, d.Events)
		}
	}
}

// "take to" a venue with no object is an idiom (went out on, began to
// use), no taking; taking someone to a place is one, active or passive.
func TestTakeToIsNoTaking(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Falkvik": doc.Place, "Twitter": doc.Organization}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kim Lund took to the streets of Falkvik on Sunday.", false},
		{"Kim Lund took to Twitter to thank her volunteers.", false},
		{"Kim Lund took her son to Falkvik on Sunday.", true},
		{"Kim Lund was taken to Falkvik.", true},
	} {
		d := parsed(t, c.text, names)
		trig := "took"
		if !hasEvent(d, "took") && hasEvent(d, "taken") {
			trig = "taken"
		}
		if got := hasEvent(d, trig); got != c.want {
			t.Errorf("%q: a taking = %v, want %v: %v", c.text, got, c.want, d.Events)
		}
	}
}

// A verb done to people takes another sense when what undergoes it is a
// thing: "hired a plane" rents it, "dismissed the report" rejects it;
// done to a person or a body each keeps its frame.
func TestThingThemeSenses(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Norrbank": doc.Organization}
	for _, c := range []struct{ text, trigger, want string }{
		{"Kim Lund hired a small plane for the tour.", "hired", "RENT"},
		{"Kim Lund dismissed the report as a smear.", "dismissed", "REFUSE"},
		{"Kim Lund hired Ola Berg as her spokesman.", "hired", "APPOINT"},
		{"Norrbank hired bright graduates for the branch.", "hired", "APPOINT"},
		{"Norrbank dismissed Kim Lund on Friday.", "dismissed", "DISMISS"},
	} {
		d := parsed(t, c.text, names)
		if got := event(t, d, c.trigger).Type; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// A rise or fall of a person is no increase or decrease of an amount,
// as "she rose" is none: the noun is typed by its own lemma. A rise of
// her numbers "in the polls", or a surge of many people, is one.
func TestPersonsRiseIsNoIncrease(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Norrbank": doc.Organization}
	for _, c := range []struct{ text, trigger, want string }{
		{"Kim Lund's rise to power alarmed the old guard of Norrbank.", "rise", "RISE"},
		{"The sudden fall of Kim Lund surprised Norrbank.", "fall", "FALL"},
		{"The rise in the price of oil hurt Norrbank.", "rise", "INCREASE"},
		{"Kim Lund's rise in the polls alarmed Norrbank.", "rise", "INCREASE"},
		{"A surge of voters helped Kim Lund.", "surge", "INCREASE"},
	} {
		d := parsed(t, c.text, names)
		if got := event(t, d, c.trigger).Type; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// A ballot is what one votes on, no event; the vote is one.
func TestBallotIsNoEvent(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Falkvik": doc.Place}
	d := parsed(t, "Kim Lund cast her ballot in Falkvik, where her name was on the ballot.", names)
	if hasEvent(d, "ballot") {
		t.Errorf("a ballot made an event: %v", d.Events)
	}
	d = parsed(t, "Kim Lund's vote in Falkvik surprised her party.", names)
	if !hasEvent(d, "vote") {
		t.Errorf("the vote lost its event: %v", d.Events)
	}
}
