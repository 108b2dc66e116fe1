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

// A programme named by a plural ("the Young Farmers program") is no body;
// a plural name before another noun keeps the tagger's type.
func TestProgrammesNamedByAPlural(t *testing.T) {
	cases := []struct {
		text, name string
		want       doc.EntityType
	}{
		{"Officials will expand the Rural Young Farmers program next year.", "Rural Young Farmers", doc.Other},
		{"The Rural Young Farmers board met in Falkvik.", "Rural Young Farmers", doc.Organization},
	}
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, map[string]doc.EntityType{c.name: doc.Organization})
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}

// An institution's name the tagger read as a place is the body where it
// receives a gift, employs someone or acts; where one is treated it stays a
// place.
func TestInstitutionsThatActAreBodies(t *testing.T) {
	cases := []struct {
		text, name string
		want       doc.EntityType
	}{
		{"Kim Lund donated the prize money to Saint Agnes Research Hospital.", "Saint Agnes Research Hospital", doc.Organization},
		{"Ola Berg, a spokesman for the Falkvik Islamic Center, denied the report.", "Falkvik Islamic Center", doc.Organization},
		{"The Falkvik Legal Clinic said it would appeal.", "Falkvik Legal Clinic", doc.Organization},
		{"Kim Lund was treated at Saint Agnes Research Hospital for a week.", "Saint Agnes Research Hospital", doc.Place},
		{"Ola Berg was sent to Saint Agnes Research Hospital.", "Saint Agnes Research Hospital", doc.Place},
	}
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, map[string]doc.EntityType{c.name: doc.Place})
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}
