package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The gerunds of a wire story's credit line name who made the story, no
// event; a reporter "reporting by phone" with a subject stays one.
func TestCreditLineIsNoEvent(t *testing.T) {
	people := map[string]doc.EntityType{"Jane Smith": doc.Person, "Tom Brown": doc.Person, "Sara Lee": doc.Person, "Paris": doc.Place}
	d := tree(t, "(/PUNCT/-LRB-/2/punct Reporting/VERB/VBG/0/root by/ADP/IN/4/case Jane/PROPN/NNP/2/obl "+
		"Smith/PROPN/NNP/4/flat in/ADP/IN/7/case Paris/PROPN/NNP/2/obl ;/PUNCT/,/10/punct "+
		"Additional/ADJ/JJ/10/amod reporting/NOUN/NN/7/appos by/ADP/IN/12/case Tom/PROPN/NNP/10/nmod "+
		"Brown/PROPN/NNP/12/flat ;/PUNCT/:/15/punct Editing/VERB/VBG/2/advcl by/ADP/IN/17/case "+
		"Sara/PROPN/NNP/15/obl Lee/PROPN/NNP/17/flat )/PUNCT/-RRB-/2/punct",
		"Reporting=report reporting=reporting Editing=edit", people)
	for _, w := range []string{"Reporting", "reporting", "Editing"} {
		if hasEvent(d, w) {
			t.Errorf("the credit %q made an event: %v", w, d.Events)
		}
	}
	d = tree(t, "Jane/PROPN/NNP/4/nsubj Smith/PROPN/NNP/1/flat was/AUX/VBD/4/aux reporting/VERB/VBG/0/root "+
		"by/ADP/IN/6/case phone/NOUN/NN/4/obl from/ADP/IN/8/case Paris/PROPN/NNP/4/obl ./PUNCT/./4/punct",
		"reporting=report", people)
	if !hasEvent(d, "reporting") {
		t.Errorf("a reporter's reporting lost its event: %v", d.Events)
	}
}

// A "say" in a fixed phrase of discourse is no act of saying: "Having said
// that,", a supposition with "let's", "needless to say".
func TestSayingIdiomIsNoEvent(t *testing.T) {
	for _, text := range []string{
		"Having said that, the mayor will run again.",
		"Let us say the plan fails.",
		"Needless to say, the vote failed.",
	} {
		d := parsed(t, text, nil)
		for _, e := range d.Events {
			if e.Type == "STATEMENT" {
				t.Errorf("%q: a saying idiom made an event: %v", text, d.Events)
			}
		}
	}
	d := parsed(t, "The mayor said that the vote failed.", nil)
	if !hasEvent(d, "said") {
		t.Errorf("a real act of saying lost its event: %v", d.Events)
	}
}

// The "with" phrase of a verb of facing or bargaining with another party
// is that party: Arg1 of "clashed with", Arg2 of "negotiated with".
func TestWithPartyOfReciprocalVerbs(t *testing.T) {
	names := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Hale": doc.Person}
	for _, tc := range []struct{ text, trigger, role string }{
		{"Tom Hale clashed with Ana Ruiz on Monday.", "clashed", "Arg1"},
		{"Tom Hale competed with Ana Ruiz for the job.", "competed", "Arg1"},
		{"Tom Hale negotiated with Ana Ruiz for a week.", "negotiated", "Arg2"},
	} {
		d := parsed(t, tc.text, names)
		e := event(t, d, tc.trigger)
		found := false
		for _, a := range e.Args {
			if a.Role == tc.role && strings.HasPrefix(d.Mentions[a.Mention].Text, "Ana") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want Ana Ruiz as %s, got %+v", tc.text, tc.role, e.Args)
		}
	}
}
