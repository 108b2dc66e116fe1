package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tagger types a phrase after its modifier: a people's name or a
// name before a noun that is never a person ("a Muslim ban", "Iraqi
// barriers") makes no person but a mention of type Other, which an
// event can still take as its participant; a person noun keeps its type.
func TestNounOfNoPersonIsNoPerson(t *testing.T) {
	places := map[string]doc.EntityType{"Falkvik": doc.Place}
	for _, c := range []struct{ text, phrase string }{
		{"Protesters carried an anti-Trump banner through Falkvik.", "an anti-Trump banner"},
		{"Kim Lund renewed her call for a Muslim ban.", "a Muslim ban"},
		{"Several Iraqi barriers blocked the road to Falkvik.", "Several Iraqi barriers"},
		{"Kim Lund wrote a book about the Bosnian genocide.", "the Bosnian genocide"},
	} {
		got := candidates(doctest.Parsed(t, c.text, places))
		if m, ok := got[c.phrase]; ok {
			assert.NotEqual(t, doc.Person, m.Type, "%q in %q", c.phrase, c.text)
		}
	}
	got := candidates(doctest.Parsed(t, "Several Iraqi barriers blocked the road to Falkvik.", places))
	require.Contains(t, got, "Several Iraqi barriers", "kept as a mention of no person, which can take part in an event")
	assert.Equal(t, doc.Other, got["Several Iraqi barriers"].Type)
	got = candidates(doctest.Parsed(t, "Angry protesters blocked the road to Falkvik.", places))
	require.Contains(t, got, "Angry protesters")
	assert.Equal(t, doc.Person, got["Angry protesters"].Type)
}

// A "who" clause makes people of a noun of no person ("the one who
// called"), and the last part of a hyphened noun is no head of its own.
func TestNounOfNoPersonWithWhoIsPeople(t *testing.T) {
	d := doctest.Parsed(t, "The ones who stayed in Falkvik rebuilt the school.", map[string]doc.EntityType{"Falkvik": doc.Place})
	got := candidates(d)
	for _, ph := range []string{"The ones who stayed in Falkvik", "The ones"} {
		if m, ok := got[ph]; ok {
			assert.Equal(t, doc.Person, m.Type)
			return
		}
	}
	t.Errorf("the people who stayed lost their mention: %v", got)
}

// An of-phrase of people makes people of a noun of no person.
func TestNounOfNoPersonOfPeopleIsPeople(t *testing.T) {
	d := doctest.Parsed(t, "She met all kinds of farmers in Falkvik.", map[string]doc.EntityType{"Falkvik": doc.Place})
	got := candidates(d)
	require.Contains(t, got, "all kinds of farmers")
	assert.Equal(t, doc.Person, got["all kinds of farmers"].Type)
}
