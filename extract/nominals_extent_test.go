package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDescriptionTakesItsComplement(t *testing.T) {
	d := docWithNames(t, "The vice chairman of Ardent Labs resigned on Monday in Oslo.",
		map[string]EntityType{"Ardent Labs": Organization, "Oslo": Place})
	Resolve(d)
	found := false
	for _, m := range d.Mentions {
		if m.Kind == Nominal && m.Text == "The vice chairman of Ardent Labs" {
			found = true
		}
		assert.NotContains(t, m.Text, "Monday in Oslo", "an adverbial phrase of the verb is not part of the subject")
	}
	assert.True(t, found, "the description spans its 'of' complement")
	assert.Equal(t, "Ardent Labs", entityOf(d, "Ardent Labs", 0), "the name inside stays a mention of its own")
}
