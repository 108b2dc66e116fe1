package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// The "as" phrase of a verb of choosing describes its object even when
// the parse heads the object's titled name on the place before the title
// ("chose Ohio Sen. Tom Hale as her running mate").
func TestAsPhraseDescribesATitledObject(t *testing.T) {
	names := map[string]doc.EntityType{"Maria Lopez": doc.Person, "Tom Hale": doc.Person, "Ohio": doc.Place}
	d := doctest.Parsed(t, "Maria Lopez has chosen Ohio Sen. Tom Hale as her running mate.", names)
	resolve(d)
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "her running mate", 0))
}
