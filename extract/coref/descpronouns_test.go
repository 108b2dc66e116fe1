package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestAPronounTakesTheDescriptionOfItsGender(t *testing.T) {
	d := doctest.Parsed(t, "The mayor's sister arrived at the court on Friday. She told the judge that the fine was too high.", nil)
	resolve(d)
	assert.Equal(t, "The mayor's sister", doctest.EntityOf(d, "She", 0), "only the sister is a woman")
}

func TestAPronounTakesTheSubjectDescriptionOfAnEarlierSentence(t *testing.T) {
	d := doctest.Parsed(t, "A young father carried his son across the flooded street. Later he thanked the firefighters.", nil)
	resolve(d)
	assert.Equal(t, "A young father", doctest.EntityOf(d, "he", 0), "the subject before, not the son in the object")
}

func TestAPronounPassesADescriptionWhenSomeoneOfNoStatedGenderStandsBetween(t *testing.T) {
	d := doctest.Parsed(t, "A woman shouted at the cyclist to stop, but she rode on.", nil)
	resolve(d)
	assert.NotEqual(t, "A woman", doctest.EntityOf(d, "she", 0), "the cyclist may be she")
}

func TestAPronounPassesADescriptionOfTheOtherGender(t *testing.T) {
	d := doctest.Parsed(t, "The farmer's son found the bag by the road. She said the money was gone.", nil)
	resolve(d)
	assert.Equal(t, "", doctest.EntityOf(d, "She", 0), "a son is not she")
}

func TestAPronounObjectIsNotItsVerbsSubject(t *testing.T) {
	d := doctest.Parsed(t, "The old widow thanked her at the door.", nil)
	resolve(d)
	assert.NotEqual(t, "The old widow", doctest.EntityOf(d, "her", 0), "the object of her own verb is someone else")
}

func TestAPronounPassesADescriptionWhenANamedPersonOfItsGenderStandsBetween(t *testing.T) {
	d := doctest.Parsed(t, "The baker's wife met Julia Stone's lawyers on Monday, and Julia Stone came too. She said nothing.",
		map[string]doc.EntityType{"Julia Stone": doc.Person})
	resolve(d)
	assert.NotEqual(t, "The baker's wife", doctest.EntityOf(d, "She", 0), "Julia Stone stands nearer")
}

func TestAPronounTakesTheNearestDescriptionOfAnEarlierSentence(t *testing.T) {
	d := doctest.Parsed(t, "Police stopped an old man at the bridge and later questioned a young father. He had no papers.", nil)
	resolve(d)
	assert.Equal(t, "a young father", doctest.EntityOf(d, "He", 0), "neither is a subject: the nearer one")
}
