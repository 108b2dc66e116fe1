package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A listed city the tagger took for a team or a body is the place where
// it hosts or is the site of a gathering; a city that hosts a team is the
// team, and a firm that hosts a meeting stays a firm.
func TestAPlaceThatHostsAGatheringIsAPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Atlanta will host the convention in July.",
			map[string]doc.EntityType{"Atlanta": doc.Organization}, "Atlanta", doc.Place},
		{"Boston was the site of the race.",
			map[string]doc.EntityType{"Boston": doc.Organization}, "Boston", doc.Place},
		{"Delegates left the Denver convention early.",
			map[string]doc.EntityType{"Denver": doc.Organization}, "Denver", doc.Place},
		{"Boston hosted Detroit on Sunday and won 3-1.",
			map[string]doc.EntityType{"Boston": doc.Organization, "Detroit": doc.Organization}, "Boston", doc.Organization},
		{"Corvane will host the conference in July.",
			map[string]doc.EntityType{"Corvane": doc.Organization}, "Corvane", doc.Organization},
	})
}

// The party-and-state tag after a person's name is no entity; the same
// shape elsewhere is left to the tagger.
func TestAPartyTagIsNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "Sen. Dana Holt (R-Texas) and Rep. Ana Ruiz, D-Ohio, objected.",
		map[string]doc.EntityType{"Dana Holt": doc.Person, "Ana Ruiz": doc.Person, "R-Texas": doc.Organization, "D-Ohio": doc.Organization})
	resolve(d)
	tags := 0
	for _, m := range d.Mentions {
		if m.Text == "R-Texas" || m.Text == "D-Ohio" {
			tags++
			assert.Negative(t, m.Entity, m.Text)
		}
	}
	assert.Equal(t, 2, tags)
	assert.Equal(t, doc.Person, typeOf(d, "Dana Holt"))
}

// A dollar written with a country code is money, not the country: no
// entity, and the country named beside it keeps its own.
func TestACurrencyIsNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "The US firm paid US$ 40 million, and the deal was cheered in the US.",
		map[string]doc.EntityType{"US$": doc.Other, "US": doc.Place})
	resolve(d)
	n := 0
	for _, m := range d.Mentions {
		switch m.Text {
		case "US$":
			n++
			assert.Negative(t, m.Entity, "a unit of money")
		case "US":
			assert.GreaterOrEqual(t, m.Entity, 0, "the country")
		}
	}
	assert.Equal(t, 1, n, "the test sentence has one currency mention")
}

func TestAPartyTagAfterAPossessiveIsNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "Sen. Dana Holt's (D-Ore.) bill failed.",
		map[string]doc.EntityType{"Dana Holt": doc.Person, "D-Ore": doc.Organization})
	resolve(d)
	tags := 0
	for _, m := range d.Mentions {
		if m.Text == "D-Ore" {
			tags++
			assert.Negative(t, m.Entity, "the tag of the senator's party and state")
		}
	}
	assert.Equal(t, 1, tags)
}
