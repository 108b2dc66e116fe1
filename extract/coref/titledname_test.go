package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A description right before an abbreviated title and a name is that
// person, as it is right before the name.
func TestDescriptionBeforeATitleAndNameIsThePerson(t *testing.T) {
	names := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Ruiz": doc.Person, "Tom Vale": doc.Person, "Vale": doc.Person}
	for _, tc := range []struct{ text, desc, name string }{
		{"The study looked at claims by former Green presidential candidate Sen. Ana Ruiz about wages. Ruiz did not reply.",
			"former Green presidential candidate", "Ana Ruiz"},
		{"Labor presidential candidate Gov. Tom Vale said no. Vale left early.", "Labor presidential candidate", "Tom Vale"},
	} {
		d := doctest.Parsed(t, tc.text, names)
		resolve(d)
		assert.Equal(t, tc.name, doctest.EntityOf(d, tc.desc, 0), tc.text)
	}
}

// A second role that comes with a name of its own is that person's, not
// the first role's: two people, each described before the name.
func TestSecondRoleWithItsOwnNameIsThatPerson(t *testing.T) {
	d := doctest.Parsed(t, "Letters written by longtime county treasurer Dr. Ana Ruiz and union leader Tom Vale were read aloud at the hearing.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Vale": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "longtime county treasurer", 0))
	assert.Equal(t, "Tom Vale", doctest.EntityOf(d, "union leader Tom Vale", 0))
	assert.Equal(t, "Tom Vale", doctest.EntityOf(d, "union leader", 0))
}

// A name the tagger opened with "of" names no one: the second role of
// "president and CEO of Acme Growers Association" stays the first's.
func TestSecondRoleWithALowerCaseNameStaysTheFirsts(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz, president and CEO of Acme Growers Association said it is a math problem.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "of Acme Growers Association": doc.Person})
	resolve(d)
	assert.NotEqual(t, "of Acme Growers Association", doctest.EntityOf(d, "CEO of Acme Growers Association", 0))
}

// The first of two roles before one name ("banker and river
// advocate Mara Lind") is that person's too, once the second role has
// brought the name.
func TestFirstRoleFollowsTheSecondRolesName(t *testing.T) {
	d := doctest.Parsed(t, "The fund was backed by banker and river advocate Mara Lind. Lind paid for the ads.",
		map[string]doc.EntityType{"Mara Lind": doc.Person, "Lind": doc.Person})
	resolve(d)
	assert.Equal(t, "Mara Lind", doctest.EntityOf(d, "banker", 0))
}

// Only the first role itself follows when its chain reaches back to an
// earlier sentence: "the front-runner" there is someone else.
func TestFirstRoleLeavesItsEarlierChainBehind(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz tops the field. The mayor and her aides plan to wear the front-runner out. "+
		"In 2009, the same tactic hurt front-runner and former Oregon treasurer Tom Vale.",
		map[string]doc.EntityType{"Tom Vale": doc.Person, "Ana Ruiz": doc.Person, "Oregon": doc.Place})
	resolve(d)
	assert.Equal(t, "Tom Vale", doctest.EntityOf(d, "front-runner", 0))
	assert.NotEqual(t, "Tom Vale", doctest.EntityOf(d, "the front-runner", 0))
}
