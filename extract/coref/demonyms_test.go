package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A faith, its followers and a place's people are no organisation, place
// or person named: the word is Other, its plural people (when the tagger
// gave it a type of its own).
func TestFaithsAndPeoplesNames(t *testing.T) {
	checkTypes(t, []typeCase{
		{"She wrote a history of Buddhism and Judaism.",
			map[string]doc.EntityType{"Buddhism": doc.Place, "Judaism": doc.Organization}, "Judaism", doc.Other},
		{"Many Sikhs marched in the city.",
			map[string]doc.EntityType{"Sikhs": doc.Organization}, "Sikhs", doc.Person},
		{"The farmer, an Arizonan by birth, spoke first.",
			map[string]doc.EntityType{"Arizonan": doc.Place}, "Arizonan", doc.Other},
		{"The Arizonans in the crowd cheered.",
			map[string]doc.EntityType{"Arizonans": doc.Place}, "Arizonans", doc.Person},
		{"Hibernian beat Celtic on Saturday.",
			map[string]doc.EntityType{"Hibernian": doc.Organization, "Celtic": doc.Organization}, "Hibernian", doc.Organization},
		// A first name whose stem is a place ("Susa", "Roma") names a person.
		{"Dr. Susan said she would run for mayor.",
			map[string]doc.EntityType{"Susan": doc.Person}, "Susan", doc.Person},
		{"Officer Roman said he saw the car.",
			map[string]doc.EntityType{"Roman": doc.Person}, "Roman", doc.Person},
	})
}

func TestPlaceDemonym(t *testing.T) {
	assert.True(t, placeDemonym("texan"), "Texas")
	assert.True(t, placeDemonym("iowans"), "Iowa")
	assert.True(t, placeDemonym("floridian"), "Florida")
	assert.False(t, placeDemonym("jordan"), "no place Jord")
	assert.False(t, placeDemonym("texas"), "the place itself")
}
