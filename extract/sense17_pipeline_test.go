package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Counties are places, whatever type the tagger gives the phrase after a
// possessor; a number's of-phrase place is what a verb acts on.
func TestCountiesArePlacesAndCounted(t *testing.T) {
	d := processed("The governor has toured all 40 of the state's counties since May.")
	var found bool
	for _, m := range d.Mentions {
		if m.Text == "all 40 of the state's counties" {
			found = true
			assert.Equal(t, doc.Place, d.Entities[m.Entity].Type)
		}
	}
	require.True(t, found, "no mention of the counties")
	ev := eventAt(t, d, "toured")
	var theme string
	for _, a := range ev.Args {
		if a.Role == "Arg1" {
			theme = d.Mentions[a.Mention].Text
		}
	}
	assert.Equal(t, "all 40 of the state's counties", theme)
}

// Ages are spans of life, no body of people.
func TestAgesAreNoBody(t *testing.T) {
	d := processed("The fair drew visitors of all ages.")
	assert.Less(t, entityOf(d, "all ages"), 0, "a mention of the ages")
}

// A set of people named by its of-phrase ("a field of candidates") is
// those people.
func TestFieldOfCandidatesIsPeople(t *testing.T) {
	d := processed("The governor beat a large field of 16 Republican candidates.")
	e := entityOf(d, "a large field of 16 Republican candidates")
	require.GreaterOrEqual(t, e, 0, "no mention of the field")
	assert.Equal(t, doc.Person, d.Entities[e].Type)
}

// An aspect or a manner of something ("the identity of the donors", "the
// Ohio way") is no thing that takes part in an event.
func TestAspectsAreNoThings(t *testing.T) {
	d := processed("Officials at the bank would not reveal the identity of the donors. The mayor praised the Ohio way of doing business.")
	assert.Less(t, entityOf(d, "the identity of the donors"), 0)
	assert.Less(t, entityOf(d, "the Ohio way"), 0)
}

// A capitalised center with what it works on after it is a body the name
// tagger left, no place; the center of a town is one.
func TestScopedCenterIsABody(t *testing.T) {
	d := processed("The report was written by Ana Ruiz of Stanford University's Center on Food Security. She lives near the center of town.")
	e := entityOf(d, "Stanford University's Center on Food Security")
	require.GreaterOrEqual(t, e, 0, "no mention of the center")
	assert.Equal(t, doc.Organization, d.Entities[e].Type)
	e = entityOf(d, "the center of town")
	require.GreaterOrEqual(t, e, 0, "no mention of the town's center")
	assert.Equal(t, doc.Place, d.Entities[e].Type)
}

// Bare "company" is companionship, no body; "the company" is one.
func TestGoodCompanyIsNoBody(t *testing.T) {
	d := processed("Friends said Ana Ruiz was affable and good company. The company said it would cut jobs.")
	assert.Less(t, entityOf(d, "good company"), 0, "a mention of companionship")
	assert.GreaterOrEqual(t, entityOf(d, "The company"), 0, "no mention of the firm")
}

// "anyone" and "nobody" name no one person: two of them are two mentions
// of no one entity.
func TestAnyoneTwiceIsNoOnePerson(t *testing.T) {
	d := processed("It is unclear whether anyone broke into the server. If anyone did, nobody noticed, and nobody complained.")
	for _, m := range d.Mentions {
		switch m.Text {
		case "anyone", "nobody":
			n := 0
			for _, o := range d.Mentions {
				if o.Entity == m.Entity {
					n++
				}
			}
			assert.Equal(t, 1, n, "%q joined with another mention", m.Text)
		}
	}
}
