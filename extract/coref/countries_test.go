package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// A body named without its country is the body the article named with
// it; not where two countries' bodies share the name.
func TestABodyNamedWithoutItsCountryIsTheCountrysBody(t *testing.T) {
	d := doctest.Parsed(t, "The U.S. Trade Board fined the firm. The Trade Board said more fines would follow.",
		map[string]doc.EntityType{"U.S. Trade Board": doc.Organization, "Trade Board": doc.Organization})
	resolve(d)
	assert.Equal(t, "U.S. Trade Board", doctest.EntityOf(d, "Trade Board", 0))

	d = doctest.Parsed(t, "The U.S. Trade Board and the UK Trade Board met. The Trade Board of one of them left.",
		map[string]doc.EntityType{"U.S. Trade Board": doc.Organization, "UK Trade Board": doc.Organization, "Trade Board": doc.Organization})
	resolve(d)
	assert.Equal(t, "Trade Board", doctest.EntityOf(d, "Trade Board", 0), "two countries' boards fit: the bare name says which of neither")
}
