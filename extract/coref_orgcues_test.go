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
