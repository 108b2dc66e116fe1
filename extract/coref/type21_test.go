package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A title in quotation marks is a work when a show's, a film's or a song's
// cue stands around the quotes; a slogan or a nickname in quotes is not.
func TestQuotedTitlesOfWorks(t *testing.T) {
	cases := []struct {
		text, name string
		tagged     doc.EntityType
		want       doc.EntityType
	}{
		{"Ola Berg told Norvision's “Morning Harbor” that he would run.", "Morning Harbor", doc.Other, doc.Work},
		{"Kim Lund spoke on Sunday's “Morning Harbor” about taxes.", "Morning Harbor", doc.Organization, doc.Work},
		{"Ola Berg, the star of the reality show “Bake Street”, backed Lund.", "Bake Street", doc.Other, doc.Work},
		{"Lund said the race was like an episode of “Shark Pond.”", "Shark Pond", doc.Person, doc.Work},
		{"Lund spoke on his talk radio program, “Falkvik Tonight,” on Monday.", "Falkvik Tonight", doc.Organization, doc.Work},
		{"The “Broad Lane” star Ola Berg praised the film.", "Broad Lane", doc.Organization, doc.Work},
		// quotes without a cue of a work
		{"The crowd chanted “Falkvik First” as Lund spoke.", "Falkvik First", doc.Other, doc.Other},
		{"Lund called the town “Little Falkvik” in his speech.", "Little Falkvik", doc.Place, doc.Place},
	}
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, map[string]doc.EntityType{c.name: c.tagged, "Norvision": doc.Organization})
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}

// A listed place the tagger read as a body is the place where it is the
// object of "in", "on", "across" or a conjunct of one; "at" a university
// is the employer, and a place's name alone elsewhere keeps the tagger's.
func TestListedPlacesAfterPlacePrepositions(t *testing.T) {
	cases := []struct {
		text, name string
		want       doc.EntityType
	}{
		{"Kim Lund built her name as a lawyer on the West Coast.", "West Coast", doc.Place},
		{"Ola Berg campaigned in Ohio and Iowa last week.", "Iowa", doc.Place},
		{"Prices rose sharply across the Midwest in May.", "Midwest", doc.Place},
		{"Ola Berg teaches law at Stanford University.", "Stanford University", doc.Organization},
		{"Ohio sued the firm over the spill.", "Ohio", doc.Organization},
	}
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, map[string]doc.EntityType{c.name: doc.Organization, "Ohio": doc.Organization})
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}
