package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A verb of several senses is typed by what undergoes it, not by its
// lemma alone.

func typeOf(t *testing.T, text, trigger string) string {
	t.Helper()
	return event(t, parsed(t, text, people), trigger).Type
}

func TestRaisedIsTypedByWhatIsRaised(t *testing.T) {
	assert.Equal(t, "FUNDRAISE", typeOf(t, "Kim Lund raised $3 million in March.", "raised"))
	assert.Equal(t, "FUNDRAISE", typeOf(t, "Kim Lund continued to raise large amounts of money.", "raise"))
	assert.Equal(t, "INCREASE", typeOf(t, "The city council raised taxes last year.", "raised"))
	assert.Equal(t, "RAISE", typeOf(t, "The memo raises questions about the budget.", "raises"), "brought up, not increased")
}

// "Declined" with an infinitive or an object that is no amount refuses,
// and the one who declines is its agent whoever it is.
func TestDeclinedWithAComplementRefuses(t *testing.T) {
	d := parsed(t, "Kim Lund declined to comment on the report.", people)
	ev := event(t, d, "declined")
	assert.Equal(t, "REFUSE", ev.Type)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, ev))
	assert.Equal(t, "REFUSE", typeOf(t, "Several lawmakers declined to comment.", "declined"))
	assert.Equal(t, "REFUSE", typeOf(t, "Officials declined comment.", "declined"))
	assert.Equal(t, "DECREASE", typeOf(t, "Sales declined 5 percent in May.", "declined"))
}

func TestObjectSenses(t *testing.T) {
	assert.Equal(t, "ATTACK", typeOf(t, "The navy fired two torpedoes into the bay.", "fired"))
	assert.Equal(t, "ATTACK", typeOf(t, "The police fired on the crowd.", "fired"))
	assert.Equal(t, "DISMISS", typeOf(t, "The board fired Kim Lund.", "fired"))
	assert.Equal(t, "CANCEL", typeOf(t, "Lawmakers killed the tax bill.", "killed"))
	assert.Equal(t, "DIE", typeOf(t, "The storm killed ten people.", "killed"))
	assert.Equal(t, "DEFAULT", typeOf(t, "The state has run default on its loans.", "run"))
	assert.Equal(t, "VIOLATE", typeOf(t, "The test was a clear breach of the treaty.", "breach"))
	assert.Equal(t, "HACK", typeOf(t, "The breach exposed the data of ten million customers.", "breach"))
	assert.Equal(t, "PERSUADE", typeOf(t, "The governor is winning over skeptical voters.", "winning"))
	assert.Equal(t, "DISMISS", typeOf(t, "Kim Lund was fired on June 20.", "fired"), "a time, no target")
	assert.Equal(t, "TRANSFER", typeOf(t, "Vega Labs handed over millions of dollars to Ola Berg.", "handed"))
	assert.Equal(t, "WIN", typeOf(t, "Kim Lund has won over and over in Ohio.", "won"))
	assert.Equal(t, "WIN", typeOf(t, "Kim Lund won over 60 percent of the vote in Ohio.", "won"))
	assert.Equal(t, "DISMISS", typeOf(t, "Vega Labs is laying off 600 workers in Ohio.", "laying"))
	assert.NotEqual(t, "REFUSE", typeOf(t, "Amid declining poll numbers, Kim Lund left Ohio and sold Vega Labs.", "declining"))
	d := parsed(t, "Kim Lund fired back at Ola Berg on Monday.", people)
	ev := event(t, d, "fired")
	assert.Equal(t, "RESPOND", ev.Type, "words, no shots")
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, ev))
}

// An idiom or a sentence adverb made of a verb tells no event of it.
func TestIdiomsAreNoEventsOfTheirVerb(t *testing.T) {
	for text, verb := range map[string]string{
		"Many farmers struggle to make ends meet.":           "meet",
		"All told, the charity collected $2 million.":        "told",
		"Going forward, Vega Labs will hire more engineers.": "Going",
		"Kim Lund has come off the fence.":                   "come",
		"Ola Berg has gone so far as to defend the rules.":   "gone",
	} {
		assert.False(t, hasEvent(parsed(t, text, people), verb), text)
	}
	assert.True(t, hasEvent(parsed(t, "Vega Labs is going forward with the sale.", people), "going"), "a subject: it proceeds")
	assert.True(t, hasEvent(parsed(t, "Vega Labs was willing to go forward with the sale.", people), "go"), "an infinitive")
	assert.True(t, hasEvent(parsed(t, "Kim Lund went after Ola Berg thus far to win the seat.", people), "went"), "no 'as' after 'far'")
	assert.True(t, hasEvent(parsed(t, "Kim Lund will meet Ola Berg at the end of June.", people), "meet"), "the ends met are not an end")
}

// A verb in the title of a work, or a participle graded like an
// adjective, is no event.
func TestTitlesAndGradedParticiplesAreNoEvents(t *testing.T) {
	for text, verb := range map[string]string{
		`Ola Berg watched "Saving Eva Stone" twice.`:         "Saving",
		"Ola Berg watched Saving Eva Stone twice.":           "Saving",
		"Perhaps most telling was the silence of the board.": "telling",
		"The figures were very troubling for Vega Labs.":     "troubling",
	} {
		assert.False(t, hasEvent(parsed(t, text, people), verb), text)
	}
	assert.True(t, hasEvent(parsed(t, `"Stop Kim Lund," Ola Berg said.`, people), "Stop"), "a quoted sentence")
	assert.True(t, hasEvent(parsed(t, "Saving Ola Berg took ten weeks, Kim Lund said.", people), "Saving"), "a capital of the sentence")
	assert.True(t, hasEvent(parsed(t, "Ola Berg wrote: Stop Kim Lund in Ohio.", people), "Stop"), "a capital after a colon")
	assert.True(t, hasEvent(parsed(t, "TWO INJURED IN OSLO CRASH Kim Lund saw the car hit Ola Berg.", people), "INJURED"), "a headline in capitals")
}

// Modals follow their kind: a negated ability is a denial, an obligation
// is no probability, a perfect modal or infinitive puts nothing ahead.
func TestModalKinds(t *testing.T) {
	f := event(t, parsed(t, "Ola Berg can't leave France.", people), "leave").Factuality
	assert.Equal(t, doc.Factuality{Polarity: "NEG", Source: -1}, f, "not able, so not done: no possibility, no plan")
	f = event(t, parsed(t, "Vega Labs should review the contract.", people), "review").Factuality
	assert.Equal(t, "UNDERSPECIFIED", f.Certainty, "an obligation is not probable")
	assert.Equal(t, "FUTURE", f.Time)
	f = event(t, parsed(t, "Kim Lund might have been able to stop Ola Berg.", people), "stop").Factuality
	assert.Equal(t, "POSSIBLE", f.Certainty)
	assert.NotEqual(t, "FUTURE", f.Time, "a past possibility")
	f = event(t, parsed(t, "It was unusual for Kim Lund to have refused the offer.", people), "refused").Factuality
	assert.NotEqual(t, "FUTURE", f.Time, "a perfect infinitive")
	f = event(t, parsed(t, "The court ordered Kim Lund to have the car examined by Ola Berg.", people), "examined").Factuality
	assert.Equal(t, "FUTURE", f.Time, "a causative 'have' is no perfect")
}
