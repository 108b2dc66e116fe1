package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A description of an institution names the body before only when the
// name holds its modifiers: "the appeals court" is the Court of Appeals,
// "the district court" is another court.
func TestInstitutionDescriptionNeedsItsModifiersInTheName(t *testing.T) {
	names := map[string]doc.EntityType{"Ninth Court of Appeals": doc.Organization}
	d := doctest.Parsed(t, "The Ninth Court of Appeals ruled on Friday. The district court had ruled for the city.", names)
	resolve(d)
	assert.NotEqual(t, "Ninth Court of Appeals", doctest.EntityOf(d, "The district court", 0), "another court")

	d = doctest.Parsed(t, "The Ninth Court of Appeals ruled on Friday. The appeals court sent the case back.", names)
	resolve(d)
	assert.Equal(t, "Ninth Court of Appeals", doctest.EntityOf(d, "The appeals court", 0), "the court named")

	d = doctest.Parsed(t, "The Ninth Court of Appeals ruled on Friday. The same court sent the case back.", names)
	resolve(d)
	assert.Equal(t, "Ninth Court of Appeals", doctest.EntityOf(d, "The same court", 0), "\"same\" asks nothing of the name")

	d = doctest.Parsed(t, "The Ninth Court of Appeals ruled on Friday. The lower court had ruled for the city.", names)
	resolve(d)
	assert.NotEqual(t, "Ninth Court of Appeals", doctest.EntityOf(d, "The lower court", 0), "\"lower\" sets it apart")

	d = doctest.Parsed(t, "The Ninth Court of Appeals ruled on Friday. The divided court sent the case back.", names)
	resolve(d)
	assert.Equal(t, "Ninth Court of Appeals", doctest.EntityOf(d, "The divided court", 0), "an adjective that describes")
}
