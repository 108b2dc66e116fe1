package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Participants, places and times of events end to end (issue #16): what
// a verb of saying and the occasion it names share, where a gathering is
// held, and hyphenated words that are no predicates.

// eventAt returns the event whose trigger reads trigger, failing the test
// when there is none.
func eventAt(t *testing.T, d *doc.Document, trigger string) doc.Event {
	t.Helper()
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == trigger {
			return ev
		}
	}
	t.Fatalf("no event %q", trigger)
	return doc.Event{}
}

func TestASpeechAndItsVerbShareTimeAndPlace(t *testing.T) {
	d := processed("The governor said on Friday during a speech at the Chamber of Commerce in Boston that taxes would fall.")
	for _, trigger := range []string{"said", "speech"} {
		ev := eventAt(t, d, trigger)
		require.GreaterOrEqual(t, ev.Place, 0, trigger)
		assert.Equal(t, "Boston", d.Mentions[ev.Place].Text, "%s: the speech was given in Boston", trigger)
		assert.NotEmpty(t, ev.Time, "%s: the speech was given on Friday", trigger)
	}
}

func TestAGatheringIsHeldAtThePlaceThatNamesIt(t *testing.T) {
	d := processed("Delegates gathered at the Philadelphia convention. Iowa's caucus drew thousands of voters.")
	for trigger, place := range map[string]string{"convention": "Philadelphia", "caucus": "Iowa"} {
		ev := eventAt(t, d, trigger)
		require.GreaterOrEqual(t, ev.Place, 0, trigger)
		assert.Equal(t, place, d.Mentions[ev.Place].Text)
		for _, a := range ev.Args {
			if a.Role != "Argm-LOC" {
				assert.NotEqual(t, place, d.Entities[d.Mentions[a.Mention].Entity].Name, "%s: %s is no participant", trigger, place)
			}
		}
	}
	for _, ev := range d.Events {
		for _, a := range ev.Args {
			assert.False(t, d.Slice(ev.Trigger) == "drew" && d.Mentions[a.Mention].Text == "Iowa", "the caucus drew them, not Iowa")
		}
	}
}

func TestHyphenatedAdjectivesAndNounsAreNoEvents(t *testing.T) {
	d := processed("The city thanked its hard-working nurses. He looked like a grown-up. Toyota has out-sold Ford for years.")
	for _, ev := range d.Events {
		switch d.Slice(ev.Trigger) {
		case "working", "grown":
			t.Errorf("%s %q is part of an adjective or a noun", ev.Type, d.Slice(ev.Trigger))
		}
	}
	eventAt(t, d, "sold") // "out-sold" is a verb
}

func TestOnlyAVerbOfSayingSharesItsTimeWithAnInterview(t *testing.T) {
	d := processed("He came to Ohio from Iraq in 2011 after several interviews with officials.")
	ev := eventAt(t, d, "interviews")
	assert.Empty(t, ev.Time, "coming is no speech: the interviews came before")
	assert.Equal(t, -1, ev.Place)
}

// argTexts maps the text of each participant's mention to its role.
func argTexts(d *doc.Document, ev doc.Event) map[string]string {
	out := map[string]string{}
	for _, a := range ev.Args {
		out[d.Mentions[a.Mention].Text] = a.Role
	}
	return out
}

func TestTheOneWhoInterviewsIsArg0(t *testing.T) {
	d := processed("The senator said in an interview with Reuters that she would run.")
	assert.Equal(t, "Arg0", argTexts(d, eventAt(t, d, "interview"))["Reuters"], "Reuters asked, the senator answered")
	d = processed("Kim Lund told CNN in an interview that she would stay.")
	args := argTexts(d, eventAt(t, d, "interview"))
	assert.Equal(t, "Arg0", args["CNN"], "the one told asked")
	assert.Equal(t, "Arg1", args["Kim Lund"])
}

func TestANominalEventTakesItsTarget(t *testing.T) {
	d := processed("France launched airstrikes on rebel positions. The efforts by the coalition against the militants failed.")
	assert.Equal(t, "Arg1", argTexts(d, eventAt(t, d, "airstrikes"))["rebel positions"])
	args := argTexts(d, eventAt(t, d, "efforts"))
	assert.Equal(t, "Arg1", args["the militants"], "the parser hung the target on the agent")
	assert.Len(t, args, 2, "and the coalition (its mention takes the phrase the parser hung on it)")

	d = processed("The fund sustained heavy losses on paper.")
	for _, ev := range d.Events {
		assert.NotContains(t, argTexts(d, ev), "paper", "on paper says how, no participant")
	}
}

func TestAnEventNounActsItself(t *testing.T) {
	d := processed("After weeks of work, the negotiations between the two firms faltered last month.")
	eventAt(t, d, "faltered") // the negotiations faltered: a participant, though no entity

	d = processed("The senator's speech angered the farmers.")
	assert.NotContains(t, argTexts(d, eventAt(t, d, "angered")), "The senator's", "the speech angered them")
}

func TestTheSubjectOfAClauseIsNotWhatIsShown(t *testing.T) {
	d := processed("The survey shows voters trust the mayor.")
	assert.Equal(t, "Arg0", argTexts(d, eventAt(t, d, "trust"))["voters"], "the parser took the subject for the object of shows")
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "shows" {
			assert.NotContains(t, argTexts(d, ev), "voters")
		}
	}
}
