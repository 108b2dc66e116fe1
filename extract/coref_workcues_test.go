package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTitlesOfWorksFromTheirContext(t *testing.T) {
	cases := []struct {
		text, name string
		tagged     EntityType
		want       EntityType
	}{
		{"Ana Cruz starred in the third episode of Harbor Lights.", "Harbor Lights", Place, Work},
		{"The sitcom Quiet Street returns in May.", "Quiet Street", Other, Work},
		{"Fans waited months for the Quiet Street finale.", "Quiet Street", Other, Work},
		{"Harbor Lights season 3 was filmed in Malta.", "Harbor Lights", Place, Work},
		{"Harbor Lights, now in its fourth season, drew record ratings.", "Harbor Lights", Place, Work},
		{"HBO series Quiet Street won again.", "Quiet Street", Other, Work},
		// cues that must not retype
		{"Arsenal is in its fifth season in the top flight.", "Arsenal", Organization, Organization},
		{"Everyone praised the album Marta Ruiz released in June.", "Marta Ruiz", Person, Person},
		{"The 2023 season of Formula Nova ended in Abu Dhabi.", "Formula Nova", Other, Other},
		{"The board wants to show Quiet Street the door.", "Quiet Street", Other, Other},
		{"Fans relived the series Boston won in six games.", "Boston", Place, Place},
		{"The series Harbor Lights, which ended in May, won awards.", "Harbor Lights", Place, Work},
		{"Voters rejected a single European currency.", "European", Other, Other},
	}
	for _, c := range cases {
		d := docWithNames(t, c.text, map[string]EntityType{c.name: c.tagged})
		Resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}

func TestWorkShownOnAPlatform(t *testing.T) {
	rels := relationsOf(t, "Harbor Lights is in its fourth season on Peakflix, and Ana Cruz still stars.",
		map[string]EntityType{"Harbor Lights": Place, "Peakflix": Place, "Ana Cruz": Person})
	assert.Equal(t, []string{"Peakflix platform Harbor Lights"}, rels)
	rels = relationsOf(t, "The sitcom Quiet Street airs on Channel Nine.",
		map[string]EntityType{"Quiet Street": Other, "Channel Nine": Organization})
	assert.Equal(t, []string{"Channel Nine platform Quiet Street"}, rels)
	// a name after "on" that is no work is shown on nothing
	rels = relationsOf(t, "Tom Reed was on Channel Nine on Monday.",
		map[string]EntityType{"Tom Reed": Person, "Channel Nine": Organization})
	assert.Empty(t, rels)
}
