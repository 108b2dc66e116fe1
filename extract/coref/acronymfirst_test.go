package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A body's initials said more often than its name spelt out are placed
// first; the name spelt out then joins them, as the initials join a name
// placed first.
func TestANameSpeltOutJoinsItsInitialsPlacedFirst(t *testing.T) {
	names := map[string]doc.EntityType{"Federal Aviation Administration": doc.Organization, "F.A.A.": doc.Organization}
	d := doctest.Parsed(t, "Pilots have complained to the Federal Aviation Administration for years. "+
		"Inspectors from the F.A.A. visited the airfield in March. Critics say the F.A.A. acted late. "+
		"Last week the F.A.A. closed the runway.", names)
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "F.A.A.", 0), doctest.EntityOf(d, "Federal Aviation Administration", 0))
}

// Initials that also abbreviate a place the article names are not a
// body's spelt out later.
func TestInitialsOfAPlaceDoNotJoinABodySpeltOutLater(t *testing.T) {
	names := map[string]doc.EntityType{"Nova Scotia": doc.Place, "N.S.": doc.Organization, "National Service": doc.Organization}
	d := doctest.Parsed(t, "Nova Scotia raised its fuel tax in 2015. Drivers in N.S. paid more at once. Officials in N.S. say "+
		"prices fell later. Critics in N.S. disagree. The National Service of road inspectors backed the tax.", names)
	resolve(d)
	assert.NotEqual(t, doctest.EntityOf(d, "N.S.", 0), doctest.EntityOf(d, "National Service", 0))
}
