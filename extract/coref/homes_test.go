package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

var homeTypes = map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Baker": doc.Person, "Portugal": doc.Place,
	"Chile": doc.Place, "Lisbon": doc.Place, "Georgia": doc.Place, "Atlanta": doc.Place}

func TestTheCountryIsTheArticlesCountry(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz landed in Portugal on Monday. Portugal has cut taxes twice. "+filler+
		"She said the country needs more nurses.", homeTypes)
	resolve(d)
	assert.Equal(t, "Portugal", doctest.EntityOf(d, "the country", 0), "the only country named, twice")
}

func TestOurOwnCountryIsTheCountryNamedMost(t *testing.T) {
	d := doctest.Parsed(t, "Portugal will send aid to Chile. Portugal has sent aid before. Ana Ruiz backs Portugal's plan. "+
		filler+"\"We must protect our own country first,\" Tom Baker said.", homeTypes)
	resolve(d)
	assert.Equal(t, "Portugal", doctest.EntityOf(d, "our own country", 0), "named three times to Chile's once")
}

func TestTheCountryAfterACountryNamedJustBefore(t *testing.T) {
	d := doctest.Parsed(t, "Portugal will send aid. Portugal has sent aid before. Portugal's navy is ready. "+
		filler+"A storm hit Chile on Friday and left the country without power.", homeTypes)
	resolve(d)
	assert.Equal(t, "Chile", doctest.EntityOf(d, "the country", 0), "the country named in its sentence")
}

func TestAnotherCountryOrTwoEvenCountriesStayOpen(t *testing.T) {
	d := doctest.Parsed(t, "Portugal will send aid. Portugal has sent aid before. "+filler+
		"Ana Ruiz said another country would help.", homeTypes)
	resolve(d)
	assert.NotEqual(t, "Portugal", doctest.EntityOf(d, "another country", 0), "a determiner that says which")

	d = doctest.Parsed(t, "Portugal will send aid to Chile. "+filler+"Ana Ruiz said the country needs help.", homeTypes)
	resolve(d)
	got := doctest.EntityOf(d, "the country", 0)
	assert.NotEqual(t, "Portugal", got)
	assert.NotEqual(t, "Chile", got, "two countries named once each, neither near")
}

func TestTheCountryIsNoStateOfTheSameName(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz flew to Atlanta, Georgia. Georgia has cut taxes twice. "+filler+
		"She said the country needs more nurses.", homeTypes)
	resolve(d)
	assert.NotEqual(t, "Georgia", doctest.EntityOf(d, "the country", 0), "Georgia is also a state's name")
}

func TestACountryNamedOnceFarUpIsNotTheCountry(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz once studied in Chile. "+filler+"She said the country needs more nurses.", homeTypes)
	resolve(d)
	assert.NotEqual(t, "Chile", doctest.EntityOf(d, "the country", 0), "named once, in passing, four sentences up")
}

func TestAnotherOrEveryCountryIsNotTheCountryBefore(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Baker": doc.Person}
	d := doctest.Parsed(t, "Ana Ruiz said the country needs more nurses. Tom Baker said every country needs them.", types)
	resolve(d)
	assert.NotEqual(t, doctest.EntityOf(d, "the country", 0), doctest.EntityOf(d, "every country", 0))

	d = doctest.Parsed(t, "Ana Ruiz said another firm had bid. Tom Baker said the firm had not.", types)
	resolve(d)
	assert.NotEqual(t, doctest.EntityOf(d, "another firm", 0), doctest.EntityOf(d, "the firm", 0), "nothing follows on from another")
}

func TestATitleRightBeforeANameIsThePerson(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Baker": doc.Person, "Leeds": doc.Place}
	d := doctest.Parsed(t, "Secretary of State Tom Baker said the plan would pass. Baker spoke in Leeds.", types)
	resolve(d)
	assert.Equal(t, "Tom Baker", doctest.EntityOf(d, "Secretary of State", 0), "the title the parse hangs on the name")

	// A compound title is one phrase with the name ("Budget Committee
	// Chairman"), a mention of the person as a whole.
	d = doctest.Parsed(t, "Budget Committee Chairman Tom Baker said the plan would pass.", types)
	resolve(d)
	assert.Equal(t, "Tom Baker", doctest.EntityOf(d, "Budget Committee Chairman", 0), "the title's compounds are the title's")

	d = doctest.Parsed(t, "Ana Ruiz said that when the chairman left Tom Baker spoke.", types)
	resolve(d)
	assert.NotEqual(t, "Tom Baker", doctest.EntityOf(d, "the chairman", 0), "two clauses' subjects side by side")
}

func TestHerOwnPartyIsThePartyAgain(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Leeds": doc.Place}
	d := doctest.Parsed(t, "Ana Ruiz said the party had lost its way. In Leeds, she said her own party must change.", types)
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "the party", 0), doctest.EntityOf(d, "her own party", 0), "\"own\" does not say which")
}

func TestOfficialsWhoSpeakAgainFarOnAreTheSameOfficials(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Baker": doc.Person, "Leeds": doc.Place}
	d := doctest.Parsed(t, "On Monday, officials said the bridge in Leeds would close. "+filler+
		"On Friday, officials said the work would take a year.", types)
	resolve(d)
	assert.Equal(t, entityIndex(d, "officials", 0), entityIndex(d, "officials", 1), "the sources of one story")

	d = doctest.Parsed(t, "On Monday, officials said the bridge in Leeds would close. "+filler+
		"On Friday, Ana Ruiz met officials.", types)
	resolve(d)
	assert.NotEqual(t, entityIndex(d, "officials", 0), entityIndex(d, "officials", 1), "met, not a source: farFrom holds")
}

// entityIndex is the entity of the n-th mention whose text is s, -2 when
// there is none: descriptions of two entities can share one name.
func entityIndex(d *doc.Document, s string, n int) int {
	for _, m := range d.Mentions {
		if m.Text == s {
			if n == 0 {
				return m.Entity
			}
			n--
		}
	}
	return -2
}

func TestTheStateIsTheStateTheStoryIsIn(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Baker": doc.Person, "Oregon": doc.Place, "Idaho": doc.Place}
	d := doctest.Parsed(t, "Ana Ruiz won Oregon on Tuesday. Voters in Oregon backed her by ten points. "+filler+
		"She will tour the state in June.", types)
	resolve(d)
	assert.Equal(t, "Oregon", doctest.EntityOf(d, "the state", 0), "the only state named, twice")

	d = doctest.Parsed(t, "Ana Ruiz won Oregon on Tuesday. Voters in Oregon backed her by ten points. "+filler+
		"She lost Idaho and Oregon to the state's governor.", types)
	resolve(d)
	got := doctest.EntityOf(d, "the state's", 0)
	assert.NotEqual(t, "Oregon", got, "two states named just before")
	assert.NotEqual(t, "Idaho", got)
}

func TestTheStateJustNamedComesBeforeAnEarlierTheState(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Oregon": doc.Place, "Idaho": doc.Place}
	d := doctest.Parsed(t, "Ana Ruiz won Oregon on Tuesday. She toured the state for a month. "+
		"Her loss in Idaho was blamed on the state's early primary.", types)
	resolve(d)
	assert.Equal(t, "Oregon", doctest.EntityOf(d, "the state", 0))
	assert.Equal(t, "Idaho", doctest.EntityOf(d, "the state's", 0), "the state named in its sentence, not the earlier \"the state\"")
}

func TestOurCountryIsNotTheForeignCountryJustBefore(t *testing.T) {
	d := doctest.Parsed(t, "Portugal will send aid. Portugal has sent aid before. Portugal's navy is ready. "+filler+
		"A storm hit Chile and left the country without power. \"We must first protect our country,\" Tom Baker said.", homeTypes)
	resolve(d)
	assert.Equal(t, "Chile", doctest.EntityOf(d, "the country", 0))
	assert.Equal(t, "Portugal", doctest.EntityOf(d, "our country", 0), "the speaker's country, not the one the same head named last")
}

// "Washington" alone is the capital; the state is "Washington state".
func TestWashingtonAloneIsNoState(t *testing.T) {
	types := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Washington": doc.Place}
	d := doctest.Parsed(t, "Ana Ruiz met the president in Washington on Monday. She said the state would sue.", types)
	resolve(d)
	assert.NotEqual(t, "Washington", doctest.EntityOf(d, "the state", 0), "the capital")

	d = doctest.Parsed(t, "Ana Ruiz won Washington state on Monday. She said the state would recount.", types)
	resolve(d)
	assert.Contains(t, doctest.EntityOf(d, "the state", 0), "Washington", "the state, so named")
}

// The states are the abbreviation table's names and the eight AP never
// cuts: fifty, none twice.
func TestTheStatesAreFifty(t *testing.T) {
	assert.Len(t, usStates, 50)
	assert.True(t, usStates["new hampshire"] && usStates["ohio"])
}
