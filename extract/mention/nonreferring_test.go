package mention

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var nonentNames = map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Falkvik": doc.Place, "Norrbank": doc.Organization}

// A predicate denied of its subject, an office as the predicate of "to
// be", a free-choice "any" under negation and "have no business V-ing"
// refer to no one: no candidate mention.
func TestNonReferringPhrasesAreNoMentions(t *testing.T) {
	for _, c := range []struct{ text, phrase string }{
		{"Kim Lund is not a candidate for the board.", "a candidate for the board"},
		{"The mayor of Falkvik was never a member of the club.", "a member of the club"},
		{"Ola Berg says Kim Lund is too careless to be governor.", "governor"},
		{"Ola Berg is not supporting any particular candidate in Falkvik.", "any particular candidate in Falkvik"},
		{"Kim Lund said the regulators have no business telling Norrbank whom to hire.", "no business"},
	} {
		for text := range candidates(doctest.Parsed(t, c.text, nonentNames)) {
			assert.False(t, strings.HasPrefix(text, c.phrase), "%q in %q", text, c.text)
		}
	}
}

// The same phrases asserted or with their own referent stay mentions: a
// focus adverb after the negation keeps the predicate ("not just a
// candidate"), a preposition places the subject by something that exists
// ("not in the mayor's camp"), and a determiner makes a description.
func TestReferringPredicatesStayMentions(t *testing.T) {
	for _, c := range []struct{ text, phrase string }{
		{"Kim Lund is not just a candidate for the board.", "a candidate for the board"},
		{"Kim Lund is a candidate for the board.", "a candidate for the board"},
		{"Ola Berg said he is not in the mayor's camp.", "the mayor's camp"},
		{"Ola Berg is supporting a particular candidate in Falkvik.", "a particular candidate in Falkvik"},
		{"Kim Lund said the next mayor ought to be someone who knows Falkvik.", "someone who knows Falkvik"},
		{"Kim Lund wants the chair to be a banker from Falkvik.", "a banker from Falkvik"},
	} {
		got := candidates(doctest.Parsed(t, c.text, nonentNames))
		assert.Contains(t, got, c.phrase, "%q", c.text)
	}
}

// A bare "millions" or "thousands" after "worth" or as the object of a
// verb of paying is a sum, no people; after other verbs it counts people.
func TestBareAmountsOfMoneyAreNoPeople(t *testing.T) {
	for _, c := range []struct{ text, phrase string }{
		{"Norrbank spent millions on advertising in Falkvik.", "millions"},
		{"Kim Lund accepted millions from the shipping industry.", "millions"},
		{"Ola Berg, a shipowner worth millions, bought the mill.", "millions"},
		{"The trustees agreed to release millions in cash to Norrbank.", "millions"},
	} {
		for text, m := range candidates(doctest.Parsed(t, c.text, nonentNames)) {
			if strings.HasPrefix(text, c.phrase) {
				assert.NotEqual(t, doc.Person, m.Type, "%q in %q", text, c.text)
			}
		}
	}
	got := candidates(doctest.Parsed(t, "The new government began deporting millions.", nonentNames))
	require.Contains(t, got, "millions")
	assert.Equal(t, doc.Person, got["millions"].Type)
	got = candidates(doctest.Parsed(t, "Millions in Falkvik voted on Sunday.", nonentNames))
	require.Contains(t, got, "Millions in Falkvik")
	assert.Equal(t, doc.Person, got["Millions in Falkvik"].Type)
}

// A bare singular institution noun names the institution in general, no
// body; with an article it names one.
func TestBareInstitutionIsNoBody(t *testing.T) {
	for _, c := range []struct{ text, phrase string }{
		{"Kim Lund left Falkvik to study at college in the south.", "college"},
		{"Ola Berg took the dispute with Norrbank to court in March.", "court"},
		{"Kim Lund worked in government before she joined Norrbank.", "government"},
		{"Ola Berg has done well in business since he left Falkvik.", "business"},
	} {
		for text, m := range candidates(doctest.Parsed(t, c.text, nonentNames)) {
			if text == c.phrase {
				assert.Equal(t, doc.Other, m.Type, "%q in %q", text, c.text)
			}
		}
	}
	got := candidates(doctest.Parsed(t, "Kim Lund said the college would open a campus in Falkvik.", nonentNames))
	require.Contains(t, got, "the college")
	assert.Equal(t, doc.Organization, got["the college"].Type)
}
