package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Tests of how pronouns choose between people: binding, the gender a
// first name gives, and when to leave a pronoun unresolved.

func TestLikelyGenderCountsAgainstAnEarlierMan(t *testing.T) {
	// Both are men: Olsen by an earlier "he", Lukas Brandt only by his first
	// name. "him" in the clause whose subject is Brandt is Brandt, not the
	// man whose gender the text happened to state first.
	d := doctest.Parsed(t, "Erik Olsen said he would stay in Bergen. Lukas Brandt, meanwhile, hopes that a win in the north will give him a seat.",
		map[string]doc.EntityType{"Erik Olsen": doc.Person, "Lukas Brandt": doc.Person})
	resolve(d)
	assert.Equal(t, "Erik Olsen", doctest.EntityOf(d, "he", 0))
	assert.Equal(t, "Lukas Brandt", doctest.EntityOf(d, "him", 0))
}

func TestReflexiveIsBoundToItsClauseSubject(t *testing.T) {
	// The subject of the coordinated clause, not the reporter who governs it.
	d := doctest.Parsed(t, "Paul Weber told reporters that Jonas Keller walked into the station and turned himself in.",
		map[string]doc.EntityType{"Paul Weber": doc.Person, "Jonas Keller": doc.Person})
	resolve(d)
	assert.Equal(t, "Jonas Keller", doctest.EntityOf(d, "himself", 0))
}

func TestIntensifyingReflexiveIsTheNounItFollows(t *testing.T) {
	d := doctest.Parsed(t, "Tomas Lind spoke with a calm that Victor Hugo himself might have envied.",
		map[string]doc.EntityType{"Tomas Lind": doc.Person, "Victor Hugo": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Hugo", doctest.EntityOf(d, "himself", 0))
}
