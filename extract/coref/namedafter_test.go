package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// A person's name used only for where someone is, in an article that
// names a body after that person, is the body; used otherwise, or a place
// the tagger took for a person, it stays what it is.
func TestAPersonsNameUsedForABodyNamedAfterThemIsTheBody(t *testing.T) {
	d := doctest.Parsed(t, "The singer checked into the Marta Ruiz Clinic on Monday. She had stayed at Marta Ruiz in 2019.",
		map[string]doc.EntityType{"Marta Ruiz Clinic": doc.Organization, "Marta Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Marta Ruiz Clinic", doctest.EntityOf(d, "Marta Ruiz", 0))

	d = doctest.Parsed(t, "Marta Ruiz opened the Marta Ruiz Clinic in 1990. Patients at Marta Ruiz praised her.",
		map[string]doc.EntityType{"Marta Ruiz Clinic": doc.Organization, "Marta Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Marta Ruiz", doctest.EntityOf(d, "Marta Ruiz", 0), "the founder, named as a subject")
}
