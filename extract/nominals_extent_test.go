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

func TestWordNetPersonNounsHeadPhrases(t *testing.T) {
	lexOnce.Do(loadMentionLexicon)
	assert.Equal(t, Person, headNouns["pilgrims"], "a WordNet person noun in the plural")
	assert.Equal(t, Person, headNouns["fishermen"], "an irregular plural")
	_, adjective := headNouns["great"]
	assert.False(t, adjective, "a word more often an adjective heads nothing")
	_, verb := headNouns["have"]
	assert.False(t, verb, "a word more often a verb heads nothing")
	d := nominalDoc(t, "Weary pilgrims waited at the gate while two sacristans argued.")
	got := nominalTexts(d, FindNominals(d))
	assert.Contains(t, got, "two sacristans")
}
