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
