package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// genderOf is the gender of the entity whose canonical name is name.
func genderOf(t *testing.T, d *doc.Document, name string) doc.Gender {
	t.Helper()
	for _, e := range d.Entities {
		if e.Name == name {
			return e.Gender
		}
	}
	t.Fatalf("no entity %q", name)
	return doc.Unknown
}

func TestFirstNameRulesOutAntecedentOfTheOtherGender(t *testing.T) {
	// Without the list the subject, Tom Reed, would take "She".
	d := doctest.Parsed(t, "Tom Reed met Ana Cruz in Kessel on Monday. She said the talks went well.",
		map[string]doc.EntityType{"Tom Reed": doc.Person, "Ana Cruz": doc.Person, "Kessel": doc.Place})
	resolve(d)
	assert.Equal(t, "Ana Cruz", doctest.EntityOf(d, "She", 0))
	assert.Equal(t, doc.Male, genderOf(t, d, "Tom Reed"), "no pronoun names Tom Reed: his first name gives the gender")
	for _, e := range d.Entities {
		switch e.Name {
		case "Tom Reed":
			assert.Equal(t, doc.Unknown, e.StatedGender(), "a first name alone is a guess, not output as a fact")
		case "Ana Cruz":
			assert.Equal(t, doc.Female, e.StatedGender(), "'She' states it")
		}
	}

	d = doctest.Parsed(t, "Maria Lopez hired Paul Voss last year. He said the firm would grow.",
		map[string]doc.EntityType{"Maria Lopez": doc.Person, "Paul Voss": doc.Person})
	resolve(d)
	assert.Equal(t, "Paul Voss", doctest.EntityOf(d, "He", 0))
	assert.Equal(t, doc.Female, genderOf(t, d, "Maria Lopez"))
}

func TestFirstNameGivesNoGenderToSurnameAlone(t *testing.T) {
	d := doctest.Parsed(t, "Paul spoke to Voss Trading on Friday.",
		map[string]doc.EntityType{"Paul": doc.Person, "Voss Trading": doc.Organization})
	resolve(d)
	assert.Equal(t, doc.Unknown, genderOf(t, d, "Paul"), "a lone name may be a surname")
}

func TestPronounNeverJoinsAFirstNameOfTheOtherGender(t *testing.T) {
	// The first name is evidence of gender as a title is: a "she" with no
	// one else in reach stays unlinked rather than make Donald Varga a
	// woman, whose gender every later pronoun would then follow. The price
	// is a man called Lindsey, whose "he" stays unlinked too.
	d := doctest.Parsed(t, "Donald Varga bought the farm in Kessel in 1986. Her father had lost it to the bank.",
		map[string]doc.EntityType{"Donald Varga": doc.Person, "Kessel": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Donald Varga", doctest.EntityOf(d, "Her", 0))
	assert.Equal(t, doc.Male, genderOf(t, d, "Donald Varga"))
	d = doctest.Parsed(t, "Lindsey Varga won the vote in Kessel on Monday. He thanked his staff.",
		map[string]doc.EntityType{"Lindsey Varga": doc.Person, "Kessel": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Lindsey Varga", doctest.EntityOf(d, "He", 0))
}

func TestHonorificAndNounWinOverFirstName(t *testing.T) {
	// "Kim" is listed as a woman's name; "Mr." says otherwise, so "She"
	// can only be Maria Lopez although Kim Sorel is the subject.
	d := doctest.Parsed(t, "Mr. Kim Sorel greeted Maria Lopez at the door. She thanked him.",
		map[string]doc.EntityType{"Kim Sorel": doc.Person, "Maria Lopez": doc.Person})
	resolve(d)
	assert.Equal(t, doc.Male, genderOf(t, d, "Kim Sorel"))
	assert.Equal(t, "Maria Lopez", doctest.EntityOf(d, "She", 0))
	assert.Equal(t, "Kim Sorel", doctest.EntityOf(d, "him", 0))

	d = doctest.Parsed(t, "Kim Sorel, a retired policeman, greeted Maria Lopez at the door. She thanked him.",
		map[string]doc.EntityType{"Kim Sorel": doc.Person, "Maria Lopez": doc.Person})
	resolve(d)
	assert.Equal(t, doc.Male, genderOf(t, d, "Kim Sorel"))
	assert.Equal(t, "Maria Lopez", doctest.EntityOf(d, "She", 0))
}

func TestGenderedDescriptionSkipsNameOfTheOtherGender(t *testing.T) {
	// A woman described after only a man was named is someone new; a
	// pronoun would still fall back on him, a description does not.
	d := doctest.Parsed(t, "Tom Reed praised the clinic in Kessel. The young woman who runs it was away.",
		map[string]doc.EntityType{"Tom Reed": doc.Person, "Kessel": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Tom Reed", doctest.EntityOf(d, "The young woman", 0))
	assert.NotEqual(t, "Tom Reed", doctest.EntityOf(d, "who", 0))
	assert.Equal(t, doc.Male, genderOf(t, d, "Tom Reed"))
}

// A first name that is also a word ("Bill", "Hope") gives its gender too:
// without it the first "she" after the man would make him a woman, and
// every later "she" would follow.
func TestFirstNameThatIsAWordKeepsPronounsOfTheOtherGenderOff(t *testing.T) {
	d := doctest.Parsed(t, "Former Governor Bill Hadley arrived in Kessel on Monday. A woman in the crowd waved at the stage. She said that she had waited for hours.",
		map[string]doc.EntityType{"Bill Hadley": doc.Person, "Kessel": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Bill Hadley", doctest.EntityOf(d, "She", 0))
	assert.NotEqual(t, "Bill Hadley", doctest.EntityOf(d, "she", 0))
}
