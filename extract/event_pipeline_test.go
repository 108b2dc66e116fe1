package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/quote"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/timex"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The event tests that need the stages before them: the speaker of a
// quote as the agent of its STATEMENT and as the source of the events it
// reports, dates derived from other events, the examples end to
// end.

func TestStatementTakesTheQuoteSpeaker(t *testing.T) {
	d := doctest.Parsed(t, `"We will appeal," Ines Vidal told Marco Belli.`,
		map[string]doc.EntityType{"Ines Vidal": doc.Person, "Marco Belli": doc.Person})
	Resolve(d)
	quote.FindQuotes(d)
	event.FindEvents(d)
	ev, ok := doctest.Event(d, "STATEMENT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ines Vidal": "Arg0", "Marco Belli": "Arg2"}, doctest.ArgNames(d, ev))
}

func TestEventTakesTheDerivedDate(t *testing.T) {
	text := "Dana Whitfield was released from prison in December. " +
		"She met her pen pal in Austin three weeks after she was released."
	d := doc.NewDocument("t", text, time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	syntax.Parse(d)
	timex.FindTimexes(d)
	event.FindEvents(d)
	var met *doc.Event
	for i := range d.Events {
		if d.Slice(d.Events[i].Trigger) == "met" {
			met = &d.Events[i]
		}
	}
	require.NotNil(t, met)
	assert.Equal(t, "2024-01", met.Time, "the meeting takes the derived date")
	assert.Equal(t, "2024-01", contract.From(d).Timexes[1].Derived, "the contract shows it")
}

func TestEventsInsideAQuoteAreOnTheSpeakersWord(t *testing.T) {
	d := processed(`"We met Eva Stone in Oslo," Tom Hale said on Monday.`)
	var met *doc.Event
	for i := range d.Events {
		if d.Slice(d.Events[i].Trigger) == "met" {
			met = &d.Events[i]
		}
	}
	require.NotNil(t, met)
	assert.True(t, met.Factuality.Reported)
	require.GreaterOrEqual(t, met.Factuality.Source, 0)
	assert.Equal(t, "Tom Hale", d.Entities[d.Mentions[met.Factuality.Source].Entity].Name)
	assert.True(t, met.Factuality.Asserted(), "reported, still told as having happened")
}

func TestDelegatesAtAConventionSpeakWhereverTheyAre(t *testing.T) {
	d := processed("Some delegates at the convention in Philadelphia said the vote was rigged.")
	for _, ev := range d.Events {
		switch d.Slice(ev.Trigger) {
		case "said":
			assert.Equal(t, -1, ev.Place, "Philadelphia is where the convention is")
		case "convention":
			require.GreaterOrEqual(t, ev.Place, 0)
			assert.Equal(t, "Philadelphia", d.Mentions[ev.Place].Text)
		}
	}
}

// A stance or a goal is no claim: the events of what is backed or wanted
// are the narrator's, not reported by who backs or wants them.
func TestEventsUnderAStanceAreNotReported(t *testing.T) {
	for text, trigger := range map[string]string{
		"A group backing three governors who have since resigned paid for the ads.":   "resigned",
		"The senators who wanted to attend the summit could face a difficult choice.": "face",
	} {
		d := processed(text)
		found := false
		for _, ev := range d.Events {
			if d.Slice(ev.Trigger) == trigger {
				found = true
				assert.False(t, ev.Factuality.Reported, text)
			}
		}
		assert.True(t, found, text)
	}
}
