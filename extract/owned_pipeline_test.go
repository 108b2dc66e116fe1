package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A possessed subject or object is the participant, not its possessor
// (issue #16, branch events5), and a gerund after a preposition takes the
// agent of the noun it belongs to.

func TestAPossessedObjectIsTheThemeNotItsOwner(t *testing.T) {
	d := processed("Maria Lopez said the ministers will strengthen their borders. Karl Weber widened his lead over the mayor.")
	args := argTexts(d, eventAt(t, d, "strengthen"))
	assert.Equal(t, "Arg1", args["their borders"], "the borders are strengthened: %v", args)
	assert.NotEqual(t, "Arg1", args["their"], "the ministers strengthen, they are not strengthened: %v", args)
	args = argTexts(d, eventAt(t, d, "widened"))
	assert.Equal(t, "Arg0", args["Karl Weber"], "%v", args)
	assert.Equal(t, "Arg1", args["his lead"], "the lead is widened: %v", args)
}

func TestAPossessedSubjectActsNotItsOwner(t *testing.T) {
	d := processed("Peter Hall's rockets struck the harbour at night.")
	args := argTexts(d, eventAt(t, d, "struck"))
	assert.Equal(t, "Arg0", args["Peter Hall's rockets"], "the rockets struck: %v", args)
	assert.NotContains(t, args, "Peter Hall", "%v", args)
}

func TestAGerundAfterAPrepositionTakesTheNounsAgent(t *testing.T) {
	d := processed("Senator Mary Walsh has talked to her closest aides about launching a new party. " +
		"Tom Hardy's hopes of beating the governor faded. The judge accused the officers of destroying the files.")
	args := argTexts(d, eventAt(t, d, "launching"))
	assert.NotContains(t, args, "her closest aides", "the aides do not launch it: %v", args)
	args = argTexts(d, eventAt(t, d, "beating"))
	assert.Equal(t, "Arg0", args["Tom Hardy"], "Hardy, not his hopes, beats: %v", args)
	args = argTexts(d, eventAt(t, d, "destroying"))
	assert.Equal(t, "Arg0", args["the officers"], "%v", args)
}

func TestAnOwnersGoalIsTheOwnersToReach(t *testing.T) {
	d := processed("Anna Berg said her goal is to win the seat in May.")
	args := argTexts(d, eventAt(t, d, "win"))
	assert.Equal(t, "Arg0", args["her"], "she, not her goal, wins: %v", args)
}

func TestAnOwnedEventIsNoParticipantThroughItsOwner(t *testing.T) {
	d := processed("Paul Klein spoke first. The mayor praised Klein's plan. Trump's campaign hired Joe Vance.")
	args := argTexts(d, eventAt(t, d, "praised"))
	assert.NotContains(t, args, "Paul Klein", "the plan is praised, an event, not Klein: %v", args)
	args = argTexts(d, eventAt(t, d, "hired"))
	assert.Equal(t, "Arg0", args["Trump's campaign"], "a campaign is a body, which hires, not its owner: %v", args)
	assert.NotContains(t, args, "Trump", "%v", args)
}

func TestTheByPhraseOfANounIsTheAgentOfItsInfinitive(t *testing.T) {
	d := processed("Efforts by Germany to end the blockade failed.")
	args := argTexts(d, eventAt(t, d, "end"))
	assert.Equal(t, "Arg0", args["Germany"], "%v", args)
}

func TestAFigureOfSpeechIsNoLiteralEvent(t *testing.T) {
	d := processed("The senator finally threw in the towel. His aides jumped ship in March. The rescuers broke the window.")
	for _, ev := range d.Events {
		switch d.Slice(ev.Trigger) {
		case "threw", "jumped":
			t.Errorf("%s %q is an idiom, nothing was thrown or jumped", ev.Type, d.Slice(ev.Trigger))
		}
	}
	eventAt(t, d, "broke") // a literal object keeps its event
}

func TestACountryIsAPartyToItsDealACityItsVenue(t *testing.T) {
	d := processed("Critics attacked the Cuba deal on Monday. Delegates praised the Kyoto agreement.")
	deal := eventAt(t, d, "deal")
	assert.Equal(t, "Arg0", argTexts(d, deal)["Cuba"], "Cuba is a party: %v", argTexts(d, deal))
	assert.Equal(t, -1, deal.Place, "the deal was not made in Cuba")
	// an agreement named for the city it was made in is the accord, no
	// event (sense17): what is praised
	for _, ev := range d.Events {
		assert.NotEqual(t, "agreement", d.Slice(ev.Trigger), "the accord made an event")
	}
	args := argTexts(d, eventAt(t, d, "praised"))
	assert.NotContains(t, args, "Kyoto", "the agreement is praised, not Kyoto: %v", args)
	assert.Equal(t, "Arg1", args["the Kyoto agreement"], "%v", args)
}

func TestABodyStandsForItsOwner(t *testing.T) {
	d := processed("Police searched for Tom Reyes. His body was found in a river.")
	args := argTexts(d, eventAt(t, d, "found"))
	assert.NotContains(t, args, "His body", "the body is the man, no thing of his: %v", args)
	assert.Equal(t, "Arg1", args["His"], "%v", args)
}
