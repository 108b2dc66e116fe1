package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestPlaceLedNameJoinsItsOwnWord(t *testing.T) {
	d := doctest.Parsed(t, "The Tacoma Herons beat the Fresno Owls on Sunday. The Herons led from the start, and Tacoma fans cheered.",
		map[string]doc.EntityType{"Tacoma Herons": doc.Organization, "Fresno Owls": doc.Organization,
			"Herons": doc.Person, "Tacoma": doc.Place, "Fresno": doc.Place})
	resolve(d)
	assert.Equal(t, "Tacoma Herons", doctest.EntityOf(d, "Herons", 0), "the team, whatever the tagger said")
	for _, m := range d.Mentions {
		if m.Text == "Herons" {
			assert.Equal(t, doc.Organization, m.Type)
		}
	}
	assert.NotEqual(t, "Tacoma Herons", doctest.EntityOf(d, "Tacoma", 0), "the city stays the city")
}

func TestOwnWordNeedsAPlaceBeforeIt(t *testing.T) {
	d := doctest.Parsed(t, "The Silver Lantern Society met on Monday. The Society elected Ana Ruiz.",
		map[string]doc.EntityType{"Silver Lantern Society": doc.Organization, "Society": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Silver Lantern Society", doctest.EntityOf(d, "Society", 0), "no place before the word: not this rule's to join")
}

func TestOwnWordOfTwoNamesStaysApart(t *testing.T) {
	d := doctest.Parsed(t, "The Tacoma Herons and the Fresno Herons met. The Herons won.",
		map[string]doc.EntityType{"Tacoma Herons": doc.Organization, "Fresno Herons": doc.Organization,
			"Herons": doc.Organization, "Tacoma": doc.Place, "Fresno": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Tacoma Herons", doctest.EntityOf(d, "Herons", 0))
	assert.NotEqual(t, "Fresno Herons", doctest.EntityOf(d, "Herons", 0))
}

func TestCityThatActsIsItsTeam(t *testing.T) {
	d := doctest.Parsed(t, "The Tacoma Herons lost at home. Fans left Tacoma early. Tacoma beat Fresno last year.",
		map[string]doc.EntityType{"Tacoma Herons": doc.Organization, "Tacoma": doc.Place, "Fresno": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Tacoma Herons", doctest.EntityOf(d, "Tacoma", 0), "the city the fans left")
	assert.Equal(t, "Tacoma Herons", doctest.EntityOf(d, "Tacoma", 1), "the city that beats someone is its team")
	assert.NotEqual(t, "Tacoma Herons", doctest.EntityOf(d, "Fresno", 0), "no team of Fresno is named")
}

func TestCityThatActsIsNoBuildingOrSchool(t *testing.T) {
	d := doctest.Parsed(t, "The rally was held at the Tacoma Coliseum. Tacoma approved the budget on Monday.",
		map[string]doc.EntityType{"Tacoma Coliseum": doc.Organization, "Tacoma": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Tacoma Coliseum", doctest.EntityOf(d, "Tacoma", 0), "a city that acts is its team, not its arena")
}
