package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// genderOf is the gender of the entity whose canonical name is name.
func genderOf(t *testing.T, d *Document, name string) Gender {
	t.Helper()
	for _, e := range d.Entities {
		if e.Name == name {
			return e.Gender
		}
	}
	t.Fatalf("no entity %q", name)
	return Unknown
}

func TestFirstNameGazetteer(t *testing.T) {
	assert.Equal(t, Female, firstNameGender("Maria"))
	assert.Equal(t, Male, firstNameGender("tom"))
	assert.Equal(t, Unknown, firstNameGender("Andrea"), "a name given to both genders is not listed")
	assert.Equal(t, Unknown, firstNameGender("Kessel"))
	require.Contains(t, firstNameData, "MIT License", "the list carries compromise's licence notice")
	seen := map[string]string{}
	for _, line := range strings.Split(firstNameData, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		require.Contains(t, []string{"M", "F"}, f[0], line)
		_, dup := seen[f[1]]
		require.False(t, dup, "%s is listed twice", f[1])
		seen[f[1]] = f[0]
	}
	assert.Greater(t, len(seen), 2000)
}

func TestFirstNameRulesOutAntecedentOfTheOtherGender(t *testing.T) {
	// Without the list the subject, Tom Reed, would take "She".
	d := docWithNames(t, "Tom Reed met Ana Cruz in Kessel on Monday. She said the talks went well.",
		map[string]EntityType{"Tom Reed": Person, "Ana Cruz": Person, "Kessel": Place})
	Resolve(d)
	assert.Equal(t, "Ana Cruz", entityOf(d, "She", 0))
	assert.Equal(t, Male, genderOf(t, d, "Tom Reed"), "no pronoun names Tom Reed: his first name gives the gender")
	for _, e := range d.Entities {
		switch e.Name {
		case "Tom Reed":
			assert.Equal(t, Unknown, e.StatedGender(), "a first name alone is a guess, not output as a fact")
		case "Ana Cruz":
			assert.Equal(t, Female, e.StatedGender(), "'She' states it")
		}
	}

	d = docWithNames(t, "Maria Lopez hired Paul Voss last year. He said the firm would grow.",
		map[string]EntityType{"Maria Lopez": Person, "Paul Voss": Person})
	Resolve(d)
	assert.Equal(t, "Paul Voss", entityOf(d, "He", 0))
	assert.Equal(t, Female, genderOf(t, d, "Maria Lopez"))
}

func TestFirstNameGivesNoGenderToSurnameAlone(t *testing.T) {
	d := docWithNames(t, "Paul spoke to Voss Trading on Friday.",
		map[string]EntityType{"Paul": Person, "Voss Trading": Organization})
	Resolve(d)
	assert.Equal(t, Unknown, genderOf(t, d, "Paul"), "a lone name may be a surname")
}

func TestPronounAgainstFirstNameWinsWhenNoOneElseFits(t *testing.T) {
	// A man called Lindsey: the only person in reach takes "He", and the
	// pronoun, not the list, gives his gender.
	d := docWithNames(t, "Lindsey Varga won the vote in Kessel on Monday. He thanked his staff.",
		map[string]EntityType{"Lindsey Varga": Person, "Kessel": Place})
	Resolve(d)
	assert.Equal(t, "Lindsey Varga", entityOf(d, "He", 0))
	assert.Equal(t, "Lindsey Varga", entityOf(d, "his", 0))
	assert.Equal(t, Male, genderOf(t, d, "Lindsey Varga"))
}

func TestHonorificAndNounWinOverFirstName(t *testing.T) {
	// "Kim" is listed as a woman's name; "Mr." says otherwise, so "She"
	// can only be Maria Lopez although Kim Sorel is the subject.
	d := docWithNames(t, "Mr. Kim Sorel greeted Maria Lopez at the door. She thanked him.",
		map[string]EntityType{"Kim Sorel": Person, "Maria Lopez": Person})
	Resolve(d)
	assert.Equal(t, Male, genderOf(t, d, "Kim Sorel"))
	assert.Equal(t, "Maria Lopez", entityOf(d, "She", 0))
	assert.Equal(t, "Kim Sorel", entityOf(d, "him", 0))

	d = docWithNames(t, "Kim Sorel, a retired policeman, greeted Maria Lopez at the door. She thanked him.",
		map[string]EntityType{"Kim Sorel": Person, "Maria Lopez": Person})
	Resolve(d)
	assert.Equal(t, Male, genderOf(t, d, "Kim Sorel"))
	assert.Equal(t, "Maria Lopez", entityOf(d, "She", 0))
}

func TestGenderedDescriptionSkipsNameOfTheOtherGender(t *testing.T) {
	// A woman described after only a man was named is someone new; a
	// pronoun would still fall back on him, a description does not.
	d := docWithNames(t, "Tom Reed praised the clinic in Kessel. The young woman who runs it was away.",
		map[string]EntityType{"Tom Reed": Person, "Kessel": Place})
	Resolve(d)
	assert.NotEqual(t, "Tom Reed", entityOf(d, "The young woman", 0))
	assert.NotEqual(t, "Tom Reed", entityOf(d, "who", 0))
	assert.Equal(t, Male, genderOf(t, d, "Tom Reed"))
}

func TestGenderedNominalSkipsEntityOfTheOtherGender(t *testing.T) {
	// The whole pipeline: the chunker's "the pregnant woman at the clinic"
	// does not join Tom Reed, whom "he" and his first name make a man.
	d := NewDocument("t", "Tom Reed said he would visit Kessel. The pregnant woman at the clinic thanked the crowd.",
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	require.Equal(t, "Tom Reed", entityOf(d, "he", 0))
	assert.NotEqual(t, "Tom Reed", entityOf(d, "The pregnant woman at the clinic", 0))
}
