package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// An author's note that asks the reader to follow or reach someone at a
// handle, an address or a link reports no event; the same verb opening a
// sentence with no address, or inside a clause with a subject, does.
func TestContactImperativeIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person}
	d := parsed(t, "Follow Kim Lund on Twitter at @kimlund. Reach Ola Berg at oberg@example.org. "+
		"Watch the hearing at https://example.org/live.", people)
	for _, w := range []string{"Follow", "Reach", "Watch"} {
		if hasEvent(d, w) {
			t.Errorf("%q of an author's note made an event: %v", w, d.Events)
		}
	}
	d = parsed(t, "Kim Lund will follow Ola Berg to the summit. Call Ola Berg before the vote, Kim Lund said.", people)
	for _, w := range []string{"follow", "Call"} {
		if !hasEvent(d, w) {
			t.Errorf("no event %q: %v", w, d.Events)
		}
	}
}

// The note may open with where to follow: the oblique before the verb
// keeps it imperative.
func TestContactImperativeAfterOpeningPlace(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person}
	d := parsed(t, "On Twitter, follow Kim Lund https://twitter.example/kimlund and Ola Berg https://twitter.example/oberg.", people)
	if hasEvent(d, "follow") {
		t.Errorf("an author's note made an event: %v", d.Events)
	}
	d = parsed(t, "In Ohio, Kim Lund will follow Ola Berg at https://example.org/tour.", people)
	if !hasEvent(d, "follow") {
		t.Errorf("a verb with its subject lost its event: %v", d.Events)
	}
}

// "going to" before a verb is the future, whatever the parse made of the
// verb (a month for "march", a preposition for "round"); before a place
// it is a movement.
func TestGoingToBeforeAVerbIsNoMovement(t *testing.T) {
	people := map[string]doc.EntityType{"Ola Berg": doc.Person, "Boston": doc.Place}
	for _, items := range []string{
		"Ola/PROPN/NNP/4/nsubj Berg/PROPN/NNP/1/flat is/AUX/VBZ/4/aux going/VERB/VBG/0/root to/ADP/IN/6/case " +
			"march/PROPN/NNP/4/obl on/ADP/IN/9/case the/DET/DT/9/det capital/NOUN/NN/6/nmod ./PUNCT/./4/punct",
		"Ola/PROPN/NNP/4/nsubj Berg/PROPN/NNP/1/flat is/AUX/VBZ/4/aux going/VERB/VBG/0/root to/PART/TO/6/mark " +
			"round/ADP/IN/7/case them/PRON/PRP/4/obl up/ADP/RP/4/compound:prt ./PUNCT/./4/punct",
	} {
		d := tree(t, items, "is=be going=go", people)
		if hasEvent(d, "going") {
			t.Errorf("the future marker made an event: %v", d.Events)
		}
	}
	// no "be": "kept going to the sea" with "to" tagged the marker; a stranded "to"
	for _, items := range []string{
		"Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat kept/VERB/VBD/0/root going/VERB/VBG/3/xcomp to/PART/TO/7/case " +
			"the/DET/DT/7/det sea/NOUN/NN/4/obl ./PUNCT/./3/punct",
		"Ola/PROPN/NNP/4/nsubj Berg/PROPN/NNP/1/flat is/AUX/VBZ/4/aux going/VERB/VBG/0/root to/PART/TO/4/obl " +
			"and/CCONJ/CC/7/cc back/ADV/RB/4/conj ./PUNCT/./4/punct",
	} {
		if d := tree(t, items, "is=be going=go kept=keep", people); !hasEvent(d, "going") {
			t.Errorf("the movement lost its event: %v", d.Events)
		}
	}
	d := parsed(t, "Ola Berg is going to march on the capital next week.", people)
	if hasEvent(d, "going") {
		t.Errorf("the future marker made an event: %v", d.Events)
	}
	d = parsed(t, "Ola Berg is going to Boston for talks.", people)
	if !hasEvent(d, "going") {
		t.Errorf("the movement lost its event: %v", d.Events)
	}
}

// "go on to" and "set about" before a verb only say that its event came
// next or began: the verb after them is the event; "went on to Oslo" is a
// movement.
func TestAspectualPhraseIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Oslo": doc.Place}
	d := parsed(t, "Kim Lund went on to win the race. Ola Berg set about cutting taxes in May. Kim Lund then went on to Oslo.", people)
	for _, w := range []string{"win", "cutting"} {
		if !hasEvent(d, w) {
			t.Errorf("no event %q: %v", w, d.Events)
		}
	}
	if hasEvent(d, "set") {
		t.Errorf("%q made an event: %v", "set", d.Events)
	}
	var goes int
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "went" {
			goes++
			if roles(d, ev)["Oslo"] == "" {
				t.Errorf("the movement is not the one to Oslo: %v", roles(d, ev))
			}
		}
	}
	if goes != 1 {
		t.Errorf("%d events \"went\", want the movement only: %v", goes, d.Events)
	}
}

// it is the subject of is kept though it names no entity.
func TestTalksAreAnEventAndTheirBreakdownToo(t *testing.T) {
	d := tree(t, "The/DET/DT/3/det trade/NOUN/NN/3/compound talks/NOUN/NNS/4/nsubj broke/VERB/VBD/0/root down/ADP/RP/4/compound:prt "+
		"./PUNCT/./4/punct", "talks=talk broke=break", people)
	assert.Equal(t, "MEET", event(t, d, "talks").Type)
	assert.Empty(t, event(t, d, "broke").Args, "what broke down is the talks, no entity")

	d = tree(t, "The/DET/DT/2/det negotiations/NOUN/NNS/3/nsubj stalled/VERB/VBD/0/root ./PUNCT/./3/punct",
		"negotiations=negotiation stalled=stall", people)
	assert.True(t, hasEvent(d, "stalled"), "a plural event noun listed by its singular stays one: %v", d.Events)
}

// "That said," is a discourse marker: nothing is said; "said that." with
// a speaker is a statement.
func TestThatSaidIsNoStatement(t *testing.T) {
	d := tree(t, "That/PRON/DT/2/nsubj:pass said/VERB/VBN/6/advcl ,/PUNCT/,/2/punct the/DET/DT/5/det plan/NOUN/NN/6/nsubj "+
		"failed/VERB/VBD/0/root ./PUNCT/./6/punct", "said=say failed=fail", people)
	assert.False(t, hasEvent(d, "said"), "%v", d.Events)

	// After a conjunction, with a parse that reads "that" as a
	// complementizer: the words still make the marker.
	d = tree(t, "But/CCONJ/CC/4/cc that/SCONJ/DT/3/mark said/VERB/VBN/7/advcl ,/PUNCT/,/3/punct the/DET/DT/6/det plan/NOUN/NN/7/nsubj "+
		"failed/VERB/VBD/0/root ./PUNCT/./7/punct", "said=say failed=fail", people)
	assert.False(t, hasEvent(d, "said"), "%v", d.Events)

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat said/VERB/VBD/0/root that/PRON/DT/3/obj ./PUNCT/./3/punct",
		"said=say", people)
	assert.True(t, hasEvent(d, "said"), "%v", d.Events)
}

// "used to" with an infinitive tells a past habit, no use: the
// complement is the event; "used Vega Labs" is one.
func TestUsedToIsNoUse(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat used/VERB/VBD/0/root to/PART/TO/5/mark run/VERB/VB/3/xcomp "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/5/obj ./PUNCT/./3/punct", "used=use", people)
	assert.False(t, hasEvent(d, "used"), "%v", d.Events)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "run")))

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat used/VERB/VBD/0/root Vega/PROPN/NNP/5/compound Labs/PROPN/NNPS/3/obj "+
		"./PUNCT/./3/punct", "used=use", people)
	assert.True(t, hasEvent(d, "used"), "%v", d.Events)

	// a relative clause about the thing used: a use, for a purpose
	d = parsed(t, "Police found the rope that Eva Stone used to climb the wall.", people)
	assert.True(t, hasEvent(d, "used"), "%v", d.Events)
	d = parsed(t, "The man who used to teach music left.", people)
	assert.False(t, hasEvent(d, "used"), "a habit of the man: %v", d.Events)
}
