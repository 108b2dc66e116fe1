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
