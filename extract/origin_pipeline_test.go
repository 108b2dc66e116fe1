package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A place after "from" or "out of" is where someone or something came from,
// a source (Arg2), not where the event happened (issue #16, branch events7);
// a departure and a message happen where their actor is ("reported from
// Cairo"), and a route keeps both its ends as places.

func TestAPlaceAfterFromIsASource(t *testing.T) {
	d := processed("The ministers took money from Norway. Dozens of villagers were evicted from their homes in Kenya.")
	for _, trigger := range []string{"took", "evicted"} {
		ev := eventAt(t, d, trigger)
		assert.Less(t, ev.Place, 0, "%s: a source is not where it happened", trigger)
	}
	assert.Equal(t, "Arg2", argTexts(d, eventAt(t, d, "took"))["Norway"])
	assert.Equal(t, "Arg2", argTexts(d, eventAt(t, d, "evicted"))["their homes in Kenya"])
}

func TestAPlaceAfterOutOfIsASource(t *testing.T) {
	d := processed("Hundreds of refugees came out of Syria in 2014.")
	ev := eventAt(t, d, "came")
	assert.Equal(t, "Arg2", argTexts(d, ev)["Syria"])
	assert.Less(t, ev.Place, 0)
}

func TestAMessageAndADepartureHappenWhereTheyLeaveFrom(t *testing.T) {
	d := processed("Anna Holm reported from Cairo. The convoy departed from Kabul on Monday.")
	for trigger, place := range map[string]string{"reported": "Cairo", "departed": "Kabul"} {
		ev := eventAt(t, d, trigger)
		if assert.GreaterOrEqual(t, ev.Place, 0, trigger) {
			assert.Equal(t, place, d.Mentions[ev.Place].Text)
		}
	}
}

func TestTheOwnerOfAPlaceAfterAPrepositionTakesNoPart(t *testing.T) {
	// (Not "... store in Paris": the beam parser hangs "in Paris" on the
	// store, so the mention of the store takes it in.)
	d := processed("In Paris, two robbers stole jewels from the Vega Gems store. Officials met Halvard Steel executives on Monday.")
	args := argTexts(d, eventAt(t, d, "stole"))
	assert.Equal(t, "Arg2", args["the Vega Gems store"], "%v", args)
	assert.NotContains(t, args, "Vega Gems", "the store is robbed, not its owner: %v", args)
	args = argTexts(d, eventAt(t, d, "met"))
	assert.Equal(t, "Arg1", args["Halvard Steel executives"], "%v", args)
	assert.NotContains(t, args, "Halvard Steel", "the executives are met, not their firm: %v", args)
}

// A participle between a determiner or number and its noun describes the
// noun; the parser sometimes makes it a verb taking the noun as object.
func TestAnAttributiveParticipleIsNoEvent(t *testing.T) {
	d := processed("Sanders has won 1,500 pledged delegates so far. Rescuers reached the flooded villages on Friday.")
	for _, ev := range d.Events {
		switch d.Slice(ev.Trigger) {
		case "pledged", "flooded":
			t.Errorf("%q describes the noun, no event", d.Slice(ev.Trigger))
		}
	}
	eventAt(t, d, "reached")
}

// Names right after a plural title are the participants, not the group
// the title names.
func TestNamesAfterAPluralTitleTakePart(t *testing.T) {
	d := processed("Senators David Vitter and Bob Goodlatte introduced a bill on Monday.")
	args := argTexts(d, eventAt(t, d, "introduced"))
	assert.Equal(t, "Arg0", args["David Vitter"], "%v", args)
	assert.Equal(t, "Arg0", args["Bob Goodlatte"], "%v", args)
}

// A present-tense verb the parser made an open complement is a clause
// whose subject is the object before it: the study finds what workers do.
func TestAFiniteComplementTakesTheObjectAsSubject(t *testing.T) {
	d := processed("The study finds workers distrust their bosses.")
	args := argTexts(d, eventAt(t, d, "distrust"))
	assert.Equal(t, "Arg0", args["workers"], "%v", args)
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "finds" {
			assert.NotContains(t, argTexts(d, ev), "workers", "the workers are not found")
		}
	}
}

// A person described through another person acts alone, and so do a
// firm's people: a name inside the phrase takes no part beside its head.
func TestAPersonsKinTakesPartWithoutThePerson(t *testing.T) {
	d := processed("Police questioned Omar Mateen's wife on Monday. Investigators met Apple executives in May.")
	args := argTexts(d, eventAt(t, d, "questioned"))
	assert.NotContains(t, args, "Omar Mateen", "his wife is questioned, not he: %v", args)
	args = argTexts(d, eventAt(t, d, "met"))
	assert.Equal(t, "Arg1", args["Apple executives"], "%v", args)
	assert.NotContains(t, args, "Apple", "%v", args)
}

// A name conjoined with a description after "from" is the attack's
// source ("Jeb Bush" compounded with "candidates" by the parser of 0.19.0).
func TestAConjoinedNameIsTheAttacksSource(t *testing.T) {
	d := processed("Trump rejected attacks from Jeb Bush and other candidates.")
	args := argTexts(d, eventAt(t, d, "attacks"))
	assert.Equal(t, "Arg0", args["Jeb Bush"], "a name conjoined, compounded by the parser: %v", args)
}

// Who steps up an undertaking of hers is its agent, as who announces or
// resumes it.
func TestWhoStepsUpAnUndertakingIsItsAgent(t *testing.T) {
	d := processed("France intensified airstrikes on rebel positions. Kenya escalated the campaign against poachers.")
	assert.Equal(t, "Arg0", argTexts(d, eventAt(t, d, "airstrikes"))["France"])
	assert.Equal(t, "Arg0", argTexts(d, eventAt(t, d, "campaign"))["Kenya"])
}
