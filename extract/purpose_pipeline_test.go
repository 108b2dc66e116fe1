package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Who does what an infinitive after an object tells (issue #16, branch
// events11): the object of a causing "get" that can act, else the subject
// who got it; the subject of a verb of using, whatever the parse hangs
// the infinitive on.

func TestGetLendsOnlyAnObjectThatCanAct(t *testing.T) {
	d := processed("The governor could get 60 votes to pass the bill.")
	assert.Equal(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "pass")), "The governor"), "who gets the votes passes the bill")

	d = processed("The mayor got the teachers to sign the deal.")
	args := argTexts(d, eventAt(t, d, "sign"))
	assert.Equal(t, "Arg0", roleOf(args, "the teachers"), "the teachers sign: %v", args)
	assert.Empty(t, roleOf(args, "The mayor"), "%v", args)
}

func TestAVerbOfUsingLendsItsSubjectToThePurpose(t *testing.T) {
	d := processed("The states would use the money to buy uniforms for the band.")
	args := argTexts(d, eventAt(t, d, "buy"))
	assert.Equal(t, "Arg0", roleOf(args, "The states"), "who uses the money buys: %v", args)

	d = processed("The union, which has endorsed Park, used the comments to urge people to vote for him.")
	args = argTexts(d, eventAt(t, d, "urge"))
	assert.Equal(t, "Arg0", roleOf(args, "The union, which has endorsed Park"), "%v", args) // the phrase with its clause (mention.WidenAsides)

	d = processed("The senator backed the plan to close the harbor.")
	assert.Empty(t, roleOf(argTexts(d, eventAt(t, d, "close")), "The senator"), "who backs a plan does not close")
}

func TestWhoDeclinesToActRefuses(t *testing.T) {
	d := processed("The harbor board declined to comment on the sale.")
	assert.Equal(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "declined")), "The harbor board"), "the board refuses")

	d = processed("Exports of steel declined in March.")
	assert.Equal(t, "Arg1", roleOf(argTexts(d, eventAt(t, d, "declined")), "Exports of steel"), "what falls is Arg1")
}

func TestWhatMoneyIsInvestedInIsArg2(t *testing.T) {
	d := processed("The pension fund invested $40 million in Exxon Mobil last year.")
	args := argTexts(d, eventAt(t, d, "invested"))
	assert.Equal(t, "Arg2", roleOf(args, "Exxon Mobil"), "where the money goes: %v", args)
}

func TestABareParticipleAfterAnObjectIsTheObjects(t *testing.T) {
	d := processed("Senators met with the chairman to try to get the process moving.")
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "moving" {
			assert.Empty(t, roleOf(argTexts(d, ev), "Senators"), "the process moves, not who gets it moving")
		}
	}
}

func TestAPresentParticipleAfterAnObjectIsWhatTheObjectDoes(t *testing.T) {
	d := processed("Polls showed Ruiz trailing Hale in Ohio.")
	args := argTexts(d, eventAt(t, d, "trailing"))
	assert.Equal(t, "Arg0", roleOf(args, "Ruiz"), "Ruiz trails: %v", args)
	assert.Empty(t, roleOf(args, "Polls"), "%v", args)

	d = processed("For two years, Ruiz traveled the country pushing her reforms.")
	assert.Equal(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "pushing")), "Ruiz"), "a place before the participle does nothing")
}

func TestAPastParticipleAfterAnObjectIsDoneToIt(t *testing.T) {
	d := processed("The ministry kept the airports closed.")
	args := argTexts(d, eventAt(t, d, "closed"))
	assert.Equal(t, "Arg1", roleOf(args, "the airports"), "the airports are closed: %v", args)
	assert.Empty(t, roleOf(args, "The ministry"), "%v", args)
}

func TestAParticipleUnderAnInfinitiveKeepsTheSubject(t *testing.T) {
	d := processed("Mayor Ana Park promised her supporters to start cutting taxes.")
	args := argTexts(d, eventAt(t, d, "cutting"))
	assert.Equal(t, "Arg0", roleOf(args, "Ana Park"), "she cuts, not her supporters: %v", args)
}
