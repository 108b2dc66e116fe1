package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The plural of a noun for people that the tagger made a verb names the
// people ("aides", "hosts"), no event; a verb with its own subject stays
// one.
func TestPersonPluralIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person}
	for _, items := range []string{
		"Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat met/VERB/VBD/0/root with/ADP/IN/7/case Ola/PROPN/NNP/7/nsubj " +
			"Berg/PROPN/NNP/5/flat aides/VERB/VBZ/3/obl ./PUNCT/./3/punct",
		"Radio/NOUN/NN/2/compound hosts/VERB/VBZ/0/root Kim/PROPN/NNP/2/obj Lund/PROPN/NNP/3/flat ./PUNCT/./2/punct",
	} {
		d := tree(t, items, "aides=aid hosts=host", people)
		if hasEvent(d, "aides") || hasEvent(d, "hosts") {
			t.Errorf("a plural noun for people made an event: %v", d.Events)
		}
	}
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat hosts/VERB/VBZ/0/root a/DET/DT/6/det "+
		"radio/NOUN/NN/6/compound show/NOUN/NN/3/obj ./PUNCT/./3/punct", "hosts=host", people)
	if !hasEvent(d, "hosts") {
		t.Errorf("a verb with its subject lost its event: %v", d.Events)
	}
}

// "came" that only brings on the event its subject names is none; a
// coming to a place is one.
func TestPresentationalComeIsNoEvent(t *testing.T) {
	names := map[string]doc.EntityType{"Paris": doc.Place}
	d := parsed(t, "Then came the council's decision to close the plant.", names)
	if hasEvent(d, "came") || !hasEvent(d, "decision") {
		t.Errorf("want the decision, not the coming: %v", d.Events)
	}
	d = parsed(t, "The envoy came to Paris on Monday.", names)
	if !hasEvent(d, "came") {
		t.Errorf("a movement lost its event: %v", d.Events)
	}
}

// A campaign conjoined with the person it works for is the body that acts
// with them, no event.
func TestCampaignBesideItsCandidateIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person}
	d := parsed(t, "Kim Lund and her campaign denied the report.", people)
	if hasEvent(d, "campaign") {
		t.Errorf("the campaign as a body made an event: %v", d.Events)
	}
	d = parsed(t, "Kim Lund raised money during her campaign for mayor.", people)
	if !hasEvent(d, "campaign") {
		t.Errorf("the campaign as a race lost its event: %v", d.Events)
	}
}

// Bare "marriage" is the institution; a couple's marriage is an event.
func TestBareMarriageIsAnInstitution(t *testing.T) {
	d := parsed(t, "The court legalized same-sex marriage in 2015.", nil)
	if hasEvent(d, "marriage") {
		t.Errorf("the institution made an event: %v", d.Events)
	}
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person}
	d = parsed(t, "Kim Lund announced the marriage of her son to Ola Berg.", people)
	if !hasEvent(d, "marriage") {
		t.Errorf("a wedding lost its event: %v", d.Events)
	}
}

// Idioms tell no event of their verb: "bent on" is determined, the stars
// that align are a figure of speech.
func TestBentOnAndStarsAlignAreIdioms(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person}
	d := parsed(t, "Kim Lund is bent on winning the vote.", people)
	if hasEvent(d, "bent") || !hasEvent(d, "winning") {
		t.Errorf("want winning, not bending: %v", d.Events)
	}
	d = parsed(t, "We cannot wait for all the stars to align, Kim Lund said.", people)
	if hasEvent(d, "align") {
		t.Errorf("an idiom made an event: %v", d.Events)
	}
}

// The arguments pick the sense of a verb of several.
func TestSenseByTheArguments(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ohio": doc.Place}
	for _, c := range []struct{ text, trigger, typ string }{
		{"Hackers gained access to the network.", "gained", "OBTAIN"},
		{"The shares gained 5 percent.", "gained", "INCREASE"},
		{"Kim Lund executed the plan flawlessly.", "executed", "CARRY_OUT"},
		{"The state executed two prisoners.", "executed", "DIE"},
		{"Kim Lund visited Ohio.", "visited", "VISIT"},
		{"The issue had fallen into that category.", "fallen", "FALL_INTO"},
		{"Sales fell 5 percent.", "fell", "DECREASE"},
		{"Members regret the loss of their club.", "loss", "LOSE"},
		{"The firm reported a loss of 5 percent.", "loss", "DECREASE"},
		{"The Senate will not confirm the nominee.", "confirm", "APPOINT"},
		{"The police confirmed the arrest.", "confirmed", "STATEMENT"},
		{"Kim Lund could not tell whether the mayor was joking.", "tell", "DISCERN"},
		{"Kim Lund told reporters that he was joking.", "told", "STATEMENT"},
		{"The coach will deliver results.", "deliver", "DELIVER"},
	} {
		d := parsed(t, c.text, people)
		if ev := event(t, d, c.trigger); ev.Type != c.typ {
			t.Errorf("%q: %s typed %s, want %s", c.text, c.trigger, ev.Type, c.typ)
		}
	}
}

// An agreement named for the city it was made in is the accord, a text
// one honours, no event; one named for a country is still a deal with it.
func TestAgreementNamedForItsVenueIsTheAccord(t *testing.T) {
	names := map[string]doc.EntityType{"Geneva": doc.Place, "Iran": doc.Place, "Kim Lund": doc.Person}
	d := parsed(t, "Kim Lund vowed to honor the Geneva agreement.", names)
	if hasEvent(d, "agreement") {
		t.Errorf("the accord made an event: %v", d.Events)
	}
	if r := roles(d, event(t, d, "honor")); len(r) < 2 {
		t.Errorf("the accord is no participant of honoring: %v", r)
	}
	for _, text := range []string{"Kim Lund criticized the Iran agreement.", "Kim Lund wants a Geneva agreement."} {
		d = parsed(t, text, names)
		if !hasEvent(d, "agreement") {
			t.Errorf("%q: the agreement lost its event: %v", text, d.Events)
		}
	}
}

// An event noun before a noun for people by trade only classifies them
// ("an investment banker"); before a person's part in one event ("the
// shooting suspect") it is that event.
func TestTradeCompoundIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ohio": doc.Place}
	d := parsed(t, "Kim Lund, an Ohio investment banker, met the campaign manager.", people)
	if hasEvent(d, "investment") || hasEvent(d, "campaign") {
		t.Errorf("a trade made an event: %v", d.Events)
	}
	d = parsed(t, "Police questioned the shooting suspect in Ohio.", people)
	if !hasEvent(d, "shooting") {
		t.Errorf("the event of a suspect was lost: %v", d.Events)
	}
}
