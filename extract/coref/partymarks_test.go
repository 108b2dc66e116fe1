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

// A party tag after a name ("(D-Iowa)") marks the person's party, which
// "her party" then means; two tags of different letters mark none.
func TestAPartyTagGivesTheOwnersParty(t *testing.T) {
	d := doctest.Parsed(t, "Rep. Lena Marsh (D-Iowa) said her party would fight the cuts.",
		map[string]doc.EntityType{"Lena Marsh": doc.Person, "Iowa": doc.Place})
	resolve(d)
	assert.Equal(t, "Democratic Party", doctest.EntityOf(d, "her party", 0), "D- marks a Democrat")
	d = doctest.Parsed(t, "Sen. Omar Haddad (R-Utah) said his party would fight the cuts.",
		map[string]doc.EntityType{"Omar Haddad": doc.Person, "Utah": doc.Place})
	resolve(d)
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "his party", 0), "R- marks a Republican")
}

func TestBarePartyTakesThePartyOfAMembersTag(t *testing.T) {
	d := doctest.Parsed(t, "Sen. Lena Park, D-Iowa, said the party would not back the farm bill.",
		map[string]doc.EntityType{"Lena Park": doc.Person})
	resolve(d)
	assert.Equal(t, "Democratic Party", doctest.EntityOf(d, "the party", 0), "D- after her name marks a Democrat")
	d = doctest.Parsed(t, "The talks on fishing rights ended in Oslo. Hal Berg, a fisherman, said the party was over.",
		map[string]doc.EntityType{"Hal Berg": doc.Person, "Oslo": doc.Place})
	resolve(d)
	assert.NotContains(t, doctest.EntityOf(d, "the party", 0), "Party", "no partisan sign: no party invented")
}

func TestBarePartyTakesTheMarkedPartyBeforeAnEarlierBareParty(t *testing.T) {
	d := doctest.Parsed(t, "The party at the lake ended late. Two weeks later, Republican voters gathered in Reno, and the party chose its leader.",
		map[string]doc.EntityType{"Reno": doc.Place})
	resolve(d)
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "the party", 0), "the members' word marks their party")
}

// A chain of bare "the party" that a later mark places goes with it: the
// chain was one party all along.
func TestAMarkedPartyTakesTheBarePartyChainBeforeIt(t *testing.T) {
	d := doctest.Parsed(t, "The party will meet in Denver in July. Farmers trust the party. Rain fell on Monday. "+
		"The roads closed on Tuesday. Republican lawmakers said the party would back the farm bill.",
		map[string]doc.EntityType{"Denver": doc.Place})
	resolve(d)
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "the party", 1), "the marked one")
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "the party", 0), "the chain before it")
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "The party", 0), "the chain before it")
}
