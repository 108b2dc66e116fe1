package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A group noun beside a body's name is that body, though the nominal
// stage types "a group" as people.
func TestGroupBesideABodysNameIsThatBody(t *testing.T) {
	names := map[string]doc.EntityType{"Harbor Liberation Front": doc.Organization, "Tarn Watch": doc.Organization,
		"Vela Forum": doc.Organization}
	d := doctest.Parsed(t, "Farmers in the valley supported the Harbor Liberation Front, a secessionist group.", names)
	resolve(d)
	assert.Equal(t, "Harbor Liberation Front", doctest.EntityOf(d, "a secessionist group", 0))
	for _, m := range d.Mentions {
		if m.Text == "a secessionist group" {
			assert.Equal(t, doc.Organization, m.Type, "the mention takes the body's type")
		}
	}
	d = doctest.Parsed(t, "The mayor handed the files to a watchdog group, Tarn Watch, on Monday.", names)
	resolve(d)
	assert.Equal(t, "Tarn Watch", doctest.EntityOf(d, "a watchdog group", 0))
	// a guard (passes before and after): a group that is the subject of its own clause after the name
	d = doctest.Parsed(t, "In the days before the mayor's scheduled visit to the Vela Forum, a group of pastors called for a boycott of his speech, and the city's largest union said it would march.", names)
	resolve(d)
	assert.NotEqual(t, "Vela Forum", doctest.EntityOf(d, "a group of pastors", 0), "the pastors are not the forum")
}

// A coordination of two descriptions beside a person's name is that
// person, as are both conjuncts, when the nominal stage types a conjunct
// as a person though the noun list lacks it ("supporter", "member") or
// it is "one of" people.
func TestCoordinatedDescriptionsBesideANameAreThePerson(t *testing.T) {
	names := map[string]doc.EntityType{"Ivar Lund": doc.Person, "Lena Brandt": doc.Person}
	d := doctest.Parsed(t, "Ivar Lund, a chemistry professor and a member of the school board, said the plan works.", names)
	resolve(d)
	assert.Equal(t, "Ivar Lund", doctest.EntityOf(d, "a chemistry professor and a member of the school board", 0))
	assert.Equal(t, "Ivar Lund", doctest.EntityOf(d, "a member of the school board", 0))
	d = doctest.Parsed(t, "Lena Brandt, an entrepreneur and one of the founders of the club, said the plan works.", names)
	resolve(d)
	assert.Equal(t, "Lena Brandt", doctest.EntityOf(d, "an entrepreneur and one of the founders of the club", 0))
}

// A title the parse splits off a name ("President" of "President Tom
// Hale's") is the named person, not a node of its own.
func TestTitleInsideADescribedNameIsThePerson(t *testing.T) {
	d := doctest.Parsed(t, "The latest on President Tom Hale’s executive actions to tighten gun control in the city.",
		map[string]doc.EntityType{"Tom Hale": doc.Person})
	resolve(d)
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "President", 0))
}
