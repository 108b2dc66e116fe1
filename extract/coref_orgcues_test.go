package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// typeOf returns the type of the entity of the first mention whose text is s.
func typeOf(d *Document, s string) EntityType {
	for _, m := range d.Mentions {
		if m.Text == s && m.Entity >= 0 {
			return d.Entities[m.Entity].Type
		}
	}
	return ""
}

func TestOtherNameThatActsAsAFirmIsAnOrganization(t *testing.T) {
	for _, text := range []string{
		"Corvane said profits fell in March.",
		"Corvane has announced a new engine.",
		"A Corvane spokesman declined to comment.",
		"Corvane's chief executive resigned.",
		"Shares of Corvane fell 4%.",
		"The order went to rival Corvane.",
		"The jet maker, Corvane, won the order.",
	} {
		d := docWithNames(t, text, map[string]EntityType{"Corvane": Other})
		Resolve(d)
		assert.Equal(t, Organization, typeOf(d, "Corvane"), text)
	}
}

func TestOtherNameWithoutFirmCuesStaysOther(t *testing.T) {
	for text, name := range map[string]string{
		"She flew on a Corvane to Oslo.":           "Corvane",
		"The American spokesman said nothing.":     "American",
		"Japanese shares fell on Monday.":          "Japanese",
		"The Corvane engine failed on the runway.": "Corvane",
	} {
		d := docWithNames(t, text, map[string]EntityType{name: Other})
		Resolve(d)
		assert.Equal(t, Other, typeOf(d, name), text)
	}
}

func TestPersonOrPlaceNameNeedsAStrongFirmCue(t *testing.T) {
	for text, want := range map[string]EntityType{
		"Hollis Brandt CEO Mara Wu resigned.":            Organization, // a person's name has no CEO
		"The automaker Hollis Brandt cut jobs.":          Organization,
		"Hollis Brandt said he would resign.":            Person, // people speak too
		"A Hollis Brandt spokesman declined to comment.": Person, // people have spokesmen too
	} {
		d := docWithNames(t, text, map[string]EntityType{"Hollis Brandt": Person, "Mara Wu": Person})
		Resolve(d)
		assert.Equal(t, want, typeOf(d, "Hollis Brandt"), text)
	}
	for text, want := range map[string]EntityType{
		"Fiat bought a stake in Kessel last year.": Organization,
		"Kessel shares fell on Monday.":            Place, // a market's shares
		"The Kessel CEO of the bank resigned.":     Place, // a regional CEO
		"Kessel said it would protest.":            Place,
	} {
		d := docWithNames(t, text, map[string]EntityType{"Kessel": Place, "Fiat": Organization})
		Resolve(d)
		assert.Equal(t, want, typeOf(d, "Kessel"), text)
	}
}
