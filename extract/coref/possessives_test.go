package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestItsTakesTheBodyDescribedBeforeIt(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz spoke to Kestrel Media on Monday. She said the union would hold its convention in May.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Kestrel Media": doc.Organization})
	resolve(d)
	assert.Equal(t, "the union", doctest.EntityOf(d, "its", 0), "not the firm named in the sentence before")
	d = doctest.Parsed(t, "Ana Ruiz said the union asked Kestrel Media to change its name.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Kestrel Media": doc.Organization})
	resolve(d)
	assert.NotEqual(t, "the union", doctest.EntityOf(d, "its", 0), "a body named after the description is nearer")
}
