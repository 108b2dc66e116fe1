package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// The relative pronouns the parser hangs one noun too high: the event
// stage reads the clause's subject from the nouns coreference placed.

// treeEvents runs coreference and the event stage over a hand-written
// parse (doctest.Tree), with lemmas given as form=lemma pairs.
func treeEvents(t *testing.T, items string, lemmas map[string]string) *doc.Document {
	t.Helper()
	d := doctest.Tree(t, items)
	doctest.Names(d, map[string]doc.EntityType{"Peru": doc.Place})
	for i := range d.Words {
		if l, ok := lemmas[d.Words[i].Text]; ok {
			d.Words[i].Lemma = l
		}
	}
	Resolve(d)
	event.FindEvents(d)
	return d
}

func TestWhoHungOnAThingStandsForThePersonAfterIt(t *testing.T) {
	// the parser hung "who might win" on "shield": a shield does not win
	d := treeEvents(t, "Voters/NOUN/NNS/2/nsubj wanted/VERB/VBD/0/root a/DET/DT/4/det shield/NOUN/NN/2/obj against/ADP/IN/7/case "+
		"a/DET/DT/7/det candidate/NOUN/NN/4/nmod who/PRON/WP/10/nsubj might/AUX/MD/10/aux win/VERB/VB/4/acl:relcl "+
		"./PUNCT/./2/punct", map[string]string{"Voters": "voter", "wanted": "want"})
	ev, ok := doctest.Event(d, "WIN")
	if assert.True(t, ok) {
		r := doctest.ArgNames(d, ev)
		assert.Equal(t, "Arg0", r["a candidate"], "%v", r)
	}
}

func TestWhichHungOnAPersonStandsForTheThingAfterIt(t *testing.T) {
	// the parser hung "which had lost the files" on "director": "which" is no person
	d := treeEvents(t, "The/DET/DT/2/det board/NOUN/NN/3/nsubj fired/VERB/VBD/0/root the/DET/DT/5/det director/NOUN/NN/3/obj "+
		"of/ADP/IN/8/case the/DET/DT/8/det agency/NOUN/NN/5/nmod ,/PUNCT/,/12/punct which/PRON/WDT/12/nsubj "+
		"had/AUX/VBD/12/aux lost/VERB/VBN/5/acl:relcl the/DET/DT/14/det files/NOUN/NNS/12/obj ./PUNCT/./3/punct",
		map[string]string{"fired": "fire", "lost": "lose", "files": "file"})
	ev, ok := doctest.Event(d, "LOSE")
	if assert.True(t, ok) {
		r := doctest.ArgNames(d, ev)
		assert.Equal(t, "Arg0", r["the agency"], "%v", r)
	}
}

func TestIndefiniteAcronymIsNotTheNameItEnds(t *testing.T) {
	// "a super PAC" is one of many: the description's entity, not one
	// named "PAC" that the linker would join to Kestrel PAC
	d := processed("Kestrel PAC, a group run by former aides, raised $2 million in May. " +
		"Ana Ruiz gave $50,000 to a super PAC last week.")
	for _, m := range d.Mentions {
		if m.Text == "a super PAC" {
			if assert.GreaterOrEqual(t, m.Entity, 0) {
				assert.Equal(t, "a super PAC", d.Entities[m.Entity].Name)
			}
			return
		}
	}
	t.Fatal("no mention of a super PAC")
}

func TestThatStandsForPeopleToo(t *testing.T) {
	// "that" may stand for people: the people trod it, not the name
	d := processed("In the name of the greatest people that have ever trod this land, I draw the line.")
	ev, ok := doctest.Event(d, "TREAD")
	if assert.True(t, ok) {
		assert.Equal(t, "Arg0", doctest.ArgNames(d, ev)["the greatest people that have ever trod this land"], "%v", doctest.ArgNames(d, ev))
	}
}
