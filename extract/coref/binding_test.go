package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestAPronounUnderARelativeClauseTakesTheNounItModifies(t *testing.T) {
	d := doctest.Parsed(t, "Paul Weller met Tom Rusk, who told reporters he would resign in May.",
		map[string]doc.EntityType{"Paul Weller": doc.Person, "Tom Rusk": doc.Person})
	resolve(d)
	assert.Equal(t, "Tom Rusk", doctest.EntityOf(d, "he", 0), "the subject above is 'who', which is Rusk")
	d = doctest.Parsed(t, "Voters moved from Ohio to Vermont, which holds its primary in May.",
		map[string]doc.EntityType{"Ohio": doc.Place, "Vermont": doc.Place})
	resolve(d)
	assert.Equal(t, "Vermont", doctest.EntityOf(d, "its", 0), "'which' is the name right before it")
}

func TestAPronounAfterAPrepositionIsNotItsClauseSubject(t *testing.T) {
	d := doctest.Parsed(t, "Paul Weller ran for mayor. Tom Rusk, who campaigned against him, lost.",
		map[string]doc.EntityType{"Paul Weller": doc.Person, "Tom Rusk": doc.Person})
	resolve(d)
	assert.Equal(t, "Paul Weller", doctest.EntityOf(d, "him", 0), "'who campaigned against him': not who")
	d = doctest.Parsed(t, "Paul Weller ran for mayor. Tom Rusk, who brought his dog with him, lost.",
		map[string]doc.EntityType{"Paul Weller": doc.Person, "Tom Rusk": doc.Person})
	resolve(d)
	assert.Equal(t, "Tom Rusk", doctest.EntityOf(d, "him", 0), "'with him' may be the subject")
}

// A subject pronoun whose clause hangs under a clause with one person as
// its subject is that person, though an earlier man's gender was stated
// and this one's was not ("Jeb" is in no first-name list).
// Not a plural subject: "Latinos in Texas think that he ..." is someone
// else.
func TestASubjectPronounUnderASpeakerIsTheSpeakerWhateverGenderWasStated(t *testing.T) {
	names := map[string]doc.EntityType{"Peter Hale": doc.Person, "Hale": doc.Person, "Jeb Berg": doc.Person,
		"Dag Lund": doc.Person, "Lund": doc.Person, "Latinos": doc.Person, "Bergen": doc.Place}
	d := doctest.Parsed(t, "Peter Hale won the state on Saturday. Hale said he was thrilled with the result.\n\n"+
		"On Monday, Jeb Berg says he is ending his bid for the post.", names)
	resolve(d)
	assert.Equal(t, "Jeb Berg", doctest.EntityOf(d, "he", 1))
	d = doctest.Parsed(t, "Dag Lund won the state on Saturday. Lund said he was thrilled with the result.\n\n"+
		"Latinos in Bergen think that he does not speak for them.", names)
	resolve(d)
	assert.NotEqual(t, "Latinos", doctest.EntityOf(d, "he", 1), "a plural subject is not 'he'")
}
