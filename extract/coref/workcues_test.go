package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestTitlesOfWorksFromTheirContext(t *testing.T) {
	cases := []struct {
		text, name string
		tagged     doc.EntityType
		want       doc.EntityType
	}{
		{"Ana Cruz starred in the third episode of Harbor Lights.", "Harbor Lights", doc.Place, doc.Work},
		{"The sitcom Quiet Street returns in May.", "Quiet Street", doc.Other, doc.Work},
		{"Fans waited months for the Quiet Street finale.", "Quiet Street", doc.Other, doc.Work},
		{"Harbor Lights season 3 was filmed in Malta.", "Harbor Lights", doc.Place, doc.Work},
		{"Harbor Lights, now in its fourth season, drew record ratings.", "Harbor Lights", doc.Place, doc.Work},
		{"HBO series Quiet Street won again.", "Quiet Street", doc.Other, doc.Work},
		// cues that must not retype
		{"Arsenal is in its fifth season in the top flight.", "Arsenal", doc.Organization, doc.Organization},
		{"Everyone praised the album Marta Ruiz released in June.", "Marta Ruiz", doc.Person, doc.Person},
		{"The 2023 season of Formula Nova ended in Abu Dhabi.", "Formula Nova", doc.Other, doc.Other},
		{"The board wants to show Quiet Street the door.", "Quiet Street", doc.Other, doc.Other},
		{"Fans relived the series Boston won in six games.", "Boston", doc.Place, doc.Place},
		{"The series Harbor Lights, which ended in May, won awards.", "Harbor Lights", doc.Place, doc.Work},
		{"Voters rejected a single European currency.", "European", doc.Other, ""}, // an adjective: no entity, no work
	}
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, map[string]doc.EntityType{c.name: c.tagged})
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}
