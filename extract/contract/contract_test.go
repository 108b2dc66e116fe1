package contract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

func TestAnAmbiguousShortNameStaysUnresolved(t *testing.T) {
	d := doctest.WithEntities(t, "Anna Kowalski and Piotr Kowalski opened a bakery. Kowalski said it was hard.",
		map[string]doc.EntityType{"Anna Kowalski": doc.Person, "Piotr Kowalski": doc.Person, "Kowalski": doc.Person})
	for i := range d.Entities {
		if d.Entities[i].Name == "Kowalski" {
			d.Entities[i].Among = []int{0, 1} // as coreference marks it
		}
	}
	r := From(d)
	var names []string
	for _, e := range r.Entities {
		names = append(names, e.Name)
		assert.NotContains(t, e.ID, "ambiguous")
		if e.Name == "Kowalski" {
			assert.Len(t, e.Mentions, 1, "each mention of the short name stays on its own")
			assert.Contains(t, e.ID, "unresolved-t-", "with an id of this document and mention only")
		}
	}
	assert.ElementsMatch(t, []string{"Anna Kowalski", "Piotr Kowalski", "Kowalski"}, names)
}
