package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/quote"
	"github.com/newsgraph/newsgraph/extract/timex"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The event tests that need the stages before them: the speaker of a
// quote as the agent of its STATEMENT.

func TestStatementTakesTheQuoteSpeaker(t *testing.T) {
	d := doctest.Parsed(t, `"We will appeal," Ines Vidal told Marco Belli.`,
		map[string]doc.EntityType{"Ines Vidal": doc.Person, "Marco Belli": doc.Person})
	Resolve(d)
	quote.FindQuotes(d)
	event.FindEvents(d)
	ev, ok := doctest.Event(d, "STATEMENT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ines Vidal": "agent", "Marco Belli": "patient"}, doctest.ArgNames(d, ev))
}

func TestEventTakesTheDerivedDate(t *testing.T) {
	text := "Dana Whitfield was released from prison in December. " +
		"She met her pen pal in Austin three weeks after she was released."
	d := doc.NewDocument("t", text, time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
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
