package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestLongEpithetTakesTheOnePersonJustNamed(t *testing.T) {
	d := doctest.Parsed(t, "Tom Hale, the party's front-runner, named a cooking show as his favorite. "+
		"\"I never miss it,\" the billionaire business mogul told reporters.",
		map[string]doc.EntityType{"Tom Hale": doc.Person})
	resolve(d)
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "the billionaire business mogul", 0), "no one else was named")

	d = doctest.Parsed(t, "Ana Ruiz and Tom Hale spoke on Monday. \"We will win,\" the billionaire business mogul said.",
		map[string]doc.EntityType{"Tom Hale": doc.Person, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Tom Hale", doctest.EntityOf(d, "the billionaire business mogul", 0), "two people fit")
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "the billionaire business mogul", 0), "two people fit")
}

func TestCoordinatedRolesAfterAQuoteAreTheWomanJustNamed(t *testing.T) {
	d := doctest.Parsed(t, "\"We won the vote,\" Ana Ruiz said to reporters. "+
		"The former actress and U.S. senator led the committee from 2009 to 2013.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "U.S.": doc.Place})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "The former actress", 0), "the epithet")
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "U.S. senator", 0), "one woman with two roles")
}

func TestPluralEpithetIsNoOnePersonNamedBefore(t *testing.T) {
	d := doctest.Parsed(t, "Tom Hale visited the school on Monday. The girls sang a song for the visitors.",
		map[string]doc.EntityType{"Tom Hale": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Tom Hale", doctest.EntityOf(d, "The girls", 0))
}

func TestTycoonIsAnEpithet(t *testing.T) {
	d := doctest.Parsed(t, "Dorin Brandt built casinos for decades. \"It was a good year,\" the gambling tycoon told reporters.",
		map[string]doc.EntityType{"Dorin Brandt": doc.Person})
	resolve(d)
	assert.Equal(t, "Dorin Brandt", doctest.EntityOf(d, "the gambling tycoon", 0))
}

func TestEpithetBeforeAPersonsNameIsThatPerson(t *testing.T) {
	people := map[string]doc.EntityType{"Dorin Brandt": doc.Person, "Oscar Lind": doc.Person}
	d := doctest.Parsed(t, "Dorin Brandt surprised everyone on Monday by announcing the release of the jailed oil tycoon Oscar Lind.", people)
	resolve(d)
	assert.NotEqual(t, "Dorin Brandt", doctest.EntityOf(d, "the jailed oil tycoon", 0), "the name after it says who")
	d = doctest.Parsed(t, "Dorin Brandt spoke in Kessel. The crowd cheered the 74-year-old Kessel senator.",
		map[string]doc.EntityType{"Dorin Brandt": doc.Person, "Kessel": doc.Place})
	resolve(d)
	assert.Equal(t, "Dorin Brandt", doctest.EntityOf(d, "the 74-year-old", 0), "a place's name after it is no one's")
}
