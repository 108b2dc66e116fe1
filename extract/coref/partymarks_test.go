package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestBarePartyTakesThePartyItsMembersMark(t *testing.T) {
	d := doctest.Parsed(t, "Tax cuts pleased voters in Kansas. Republican lawmakers met on Tuesday, and the party backed the bill.",
		map[string]doc.EntityType{"Kansas": doc.Place})
	resolve(d)
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "the party", 0), "the members' word marks their party")
}

func TestBarePartyIgnoresACapitalThatOpensASentenceOrSitsInAName(t *testing.T) {
	d := doctest.Parsed(t, "Democratic habits are fading in Ruritania. Observers fear the party will stay in power.",
		map[string]doc.EntityType{"Ruritania": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Democratic Party", doctest.EntityOf(d, "the party", 0), "an adjective's opening capital marks no party")
	d = doctest.Parsed(t, "The Free Republican Front gave up its guns. Its allies said the party would run in May.",
		map[string]doc.EntityType{"Free Republican Front": doc.Organization})
	resolve(d)
	assert.NotEqual(t, "Republican Party", doctest.EntityOf(d, "the party", 0), "a word inside a longer name marks no party")
}
