package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestPrivateEpithetPassesOverAnOfficeHolder(t *testing.T) {
	d := doctest.Parsed(t, "Victor Kane won the primary in March. Senator Ruth Adler has refused to endorse him. "+
		"Adler met party donors on Tuesday. Several donors worry about the real estate mogul.",
		map[string]doc.EntityType{"Victor Kane": doc.Person, "Ruth Adler": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Kane", doctest.EntityOf(d, "the real estate mogul", 0), "the article calls the senator a senator, not a mogul")
}

func TestPrivateEpithetGoesToWhomTheArticleGaveIt(t *testing.T) {
	d := doctest.Parsed(t, "Victor Kane, a billionaire businessman, won the primary in March. Omar Pruitt has refused to endorse him. "+
		"Pruitt met donors on Tuesday. He asked whether they would back Kane if the businessman lost in May.",
		map[string]doc.EntityType{"Victor Kane": doc.Person, "Omar Pruitt": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Kane", doctest.EntityOf(d, "the businessman", 0), "Kane is the businessman the article named")
}

func TestLongEpithetAfterTwoNamesTakesTheOneWithoutOffice(t *testing.T) {
	d := doctest.Parsed(t, "Senator Ruth Adler praised Victor Kane on Friday. \"We agree on taxes,\" the wealthy shipping tycoon told reporters.",
		map[string]doc.EntityType{"Victor Kane": doc.Person, "Ruth Adler": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Kane", doctest.EntityOf(d, "the wealthy shipping tycoon", 0), "of the two named, only Kane is no office holder")
}

func TestPrivateEpithetTakesAnOfficeHolderWhenNoOneElseIsThere(t *testing.T) {
	d := doctest.Parsed(t, "Mayor Ivan Holt met party donors on Tuesday. Holt spoke for an hour. "+
		"Several donors said the billionaire would fund the new stadium.",
		map[string]doc.EntityType{"Ivan Holt": doc.Person})
	resolve(d)
	assert.Equal(t, "Ivan Holt", doctest.EntityOf(d, "the billionaire", 0), "a mayor may be a billionaire when no one else is named")
}

func TestOfficeIsATitleOnTheNameNotAPhraseTheNameFollows(t *testing.T) {
	d := doctest.Parsed(t, "Ruth Adler was the federal judge Victor Kane attacked on television. House Speaker Omar Pruitt met Kane on Monday.",
		map[string]doc.EntityType{"Ruth Adler": doc.Person, "Victor Kane": doc.Person, "Omar Pruitt": doc.Person})
	resolve(d)
	entity := func(name string) int {
		for e := range d.Entities {
			if d.Entities[e].Name == name {
				return e
			}
		}
		t.Fatalf("no entity %s", name)
		return -1
	}
	assert.False(t, givenOffice(d, entity("Victor Kane")), "Kane attacked the judge; he is none")
	assert.True(t, givenOffice(d, entity("Omar Pruitt")), "Pruitt is titled speaker")
}

func TestPrivateEpithetRefersBackToANameItFollowsThatIsNoSubject(t *testing.T) {
	d := doctest.Parsed(t, "Omar Pruitt met donors on Tuesday. Pruitt said they would back Victor Kane if the businessman won the primary.",
		map[string]doc.EntityType{"Victor Kane": doc.Person, "Omar Pruitt": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Kane", doctest.EntityOf(d, "the businessman", 0), "Kane is backed; the sentence's subject speaks of him")
}

func TestPrivateEpithetAfterTheSubjectIsSomeoneElse(t *testing.T) {
	d := doctest.Parsed(t, "Victor Kane won the primary in March. Omar Pruitt said on Tuesday that the businessman had misled the voters.",
		map[string]doc.EntityType{"Victor Kane": doc.Person, "Omar Pruitt": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Kane", doctest.EntityOf(d, "the businessman", 0), "Pruitt speaks of the businessman; he is not him")
}

func TestPrivateEpithetAfterAnInvertedWriterIsSomeoneElse(t *testing.T) {
	d := doctest.Parsed(t, "Victor Kane won the primary in March. \"That is troubling,\" writes Omar Pruitt, apparently weighing the case against the businessman.",
		map[string]doc.EntityType{"Victor Kane": doc.Person, "Omar Pruitt": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Kane", doctest.EntityOf(d, "the businessman", 0), "the writer speaks of the businessman; he is not him")
}
