package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A passive verb's object is a predicate of its subject: the name or office
// a naming verb gives (Arg2), nothing of another verb; never a second Arg1.
func TestPassivePredicateIsNoSecondTheme(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det firm/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass renamed/VERB/VBN/0/root "+
		"Vega/PROPN/NNP/6/compound Labs/PROPN/NNPS/4/obj ./PUNCT/./4/punct", "renamed=name", people)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "renamed"))["Vega Labs"], "the name it is given")

	d = tree(t, "Kim/PROPN/NNP/4/nsubj:pass Lund/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass elected/VERB/VBN/0/root "+
		"mayor/NOUN/NN/4/obj ./PUNCT/./4/punct", "elected=elect", people)
	assert.Equal(t, []string{"Arg1"}, argRoles(event(t, d, "elected")), "a bare office names no one")

	d = tree(t, "They/PRON/PRP/4/nsubj:pass were/AUX/VBD/4/aux:pass not/PART/RB/4/advmod accredited/VERB/VBN/0/root "+
		"reporters/NOUN/NNS/4/obj ./PUNCT/./4/punct", "were=be accredited=accredit", people)
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "accredited" {
			assert.NotContains(t, argRoles(ev), "Arg2")
			assert.LessOrEqual(t, len(ev.Args), 1, "the reporters they are not is no second theme")
		}
	}
}

// argRoles lists the roles of ev's arguments in order.
func argRoles(ev doc.Event) []string {
	var out []string
	for _, a := range ev.Args {
		out = append(out, a.Role)
	}
	return out
}

// What a statement says is its quote's content: a noun phrase the parse
// made the verb's object, but which only begins the content, is no theme.
func TestSaidPartIsNoTheme(t *testing.T) {
	text := "Vega Labs says Kim Lund, the nurse who ran the clinic, held two licenses."
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj says/VERB/VBZ/0/root Kim/PROPN/NNP/3/obj Lund/PROPN/NNP/4/flat "+
		",/PUNCT/,/8/punct the/DET/DT/8/det nurse/NOUN/NN/4/appos who/PRON/WP/10/nsubj ran/VERB/VBD/8/acl:relcl "+
		"the/DET/DT/12/det clinic/NOUN/NN/10/obj ,/PUNCT/,/14/punct held/VERB/VBD/3/conj two/NUM/CD/16/nummod "+
		"licenses/NOUN/NNS/14/obj ./PUNCT/./3/punct", "says=say ran=run held=hold licenses=license", people)
	cue := span(text, "says")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "Kim Lund, the nurse who ran the clinic, held two licenses")},
		Cue: &cue, Speaker: 0, Addressee: -1}}
	FindEvents(d)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, event(t, d, "says")), "she is whom the claim is about")

	// the object that is all the content stays its theme, an infinitive after it included
	text = "Kim Lund noted the Ostrom Act and the Vega Accord on Friday."
	laws := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ostrom Act": doc.Work, "Vega Accord": doc.Work}
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat noted/VERB/VBD/0/root the/DET/DT/6/det Ostrom/PROPN/NNP/6/compound "+
		"Act/PROPN/NNP/3/obj and/CCONJ/CC/10/cc the/DET/DT/10/det Vega/PROPN/NNP/10/compound Accord/PROPN/NNP/6/conj "+
		"on/ADP/IN/12/case Friday/PROPN/NNP/3/obl ./PUNCT/./3/punct", "noted=note", laws)
	cue = span(text, "noted")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "the Ostrom Act and the Vega Accord on Friday")}, Cue: &cue, Speaker: 0, Addressee: -1}}
	FindEvents(d)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ostrom Act": "Arg1", "Vega Accord": "Arg1"}, roles(d, event(t, d, "noted")),
		"the two laws are what she noted; Friday is when")

	// a name inside a direct quotation is no theme of the verb that introduces it
	text = `Kim Lund added, "Ola Berg should resign."`
	d = parsed(t, text, people)
	cue = span(text, "added")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "Ola Berg should resign.")}, Cue: &cue, Speaker: 0, Addressee: -1, Direct: true}}
	FindEvents(d)
	assert.NotContains(t, roles(d, event(t, d, "added")), "Ola Berg")
}

// A body that acts owns its acts: a named place or a group of people
// owning an act is its agent, as a person is.
func TestActingBodyOwnsItsActs(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat praised/VERB/VBD/0/root France/PROPN/NNP/6/nmod:poss "+
		"'s/PART/POS/4/case decision/NOUN/NN/3/obj ./PUNCT/./3/punct", "praised=praise", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "decision"))["France"], "France decided")

	groups := map[string]doc.EntityType{"Kim Lund": doc.Person, "Greens": doc.Other}
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat backed/VERB/VBD/0/root the/DET/DT/5/det Greens/PROPN/NNPS/7/nmod:poss "+
		"'/PART/POS/5/case proposals/NOUN/NNS/3/obj ./PUNCT/./3/punct", "backed=back proposals=proposal", groups)
	ev := event(t, d, "proposals")
	assert.Equal(t, []string{"Arg0"}, argRoles(ev), "a group named in the plural proposes")
}

// A participle naming the noun it modifies gives it the name after it:
// the noun is titled (Arg1), the title is Arg2.
func TestTitledNounAndItsTitle(t *testing.T) {
	works := map[string]doc.EntityType{"Kim Lund": doc.Person, "Open Roads": doc.Work}
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat wrote/VERB/VBD/0/root a/DET/DT/5/det memoir/NOUN/NN/3/obj "+
		"titled/VERB/VBN/5/acl Open/PROPN/NNP/8/compound Roads/PROPN/NNPS/6/obj ./PUNCT/./3/punct", "wrote=write titled=title", works)
	ev := event(t, d, "titled")
	assert.Equal(t, "Arg2", roles(d, ev)["Open Roads"], "the title")
	assert.Contains(t, argRoles(ev), "Arg1", "the memoir is titled")
}

// PropBank's own numbering of a frame's prepositions: what one responds,
// listens or refers to is Arg1; with the theme held by an object or a
// passive subject, a to- or against-phrase is the other party (Arg2).
func TestPrepositionsByFrame(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat responded/VERB/VBD/0/root to/ADP/IN/5/case Ola/PROPN/NNP/3/obl "+
		"Berg/PROPN/NNP/5/flat ./PUNCT/./3/punct", "responded=respond", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, event(t, d, "responded")))

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat listened/VERB/VBD/0/root to/ADP/IN/5/case Ola/PROPN/NNP/3/obl "+
		"Berg/PROPN/NNP/5/flat ./PUNCT/./3/punct", "listened=listen", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "listened"))["Ola Berg"])

	d = tree(t, "Kim/PROPN/NNP/4/nsubj:pass Lund/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass referred/VERB/VBN/0/root to/ADP/IN/6/case "+
		"Vega/PROPN/NNP/4/obl Labs/PROPN/NNPS/6/flat ./PUNCT/./4/punct", "referred=refer", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg1", "Vega Labs": "Arg2"}, roles(d, event(t, d, "referred")),
		"sent on to the firm, not mentioned")

	d = tree(t, "The/DET/DT/2/det vote/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass rigged/VERB/VBN/0/root against/ADP/IN/6/case "+
		"Ola/PROPN/NNP/4/obl Berg/PROPN/NNP/6/flat ./PUNCT/./4/punct", "rigged=rig", people)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "rigged"))["Ola Berg"], "no second theme: whom it is rigged against")
}
