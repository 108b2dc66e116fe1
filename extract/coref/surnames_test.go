package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

func TestABareSurnameIsTheOneTheArticleIsAbout(t *testing.T) {
	d := doctest.WithNames(t, "Harold Wexby, the retired judge, died on Sunday. Harold Wexby was 91. "+
		"His daughter, Lena Wexby, said he had been ill. Wexby served on the bench for 30 years. "+
		"Harold Wexby also taught law.",
		map[string]doc.EntityType{"Harold Wexby": doc.Person, "Lena Wexby": doc.Person, "Wexby": doc.Person})
	resolve(d)
	bare := entityOfMention(t, d, "Wexby")
	assert.False(t, bare.Ambiguous(), "the man named in full three times, first, is who the surname means")
	assert.Equal(t, "harold-wexby", bare.ID)
	assert.Equal(t, "lena-wexby", entityOfMention(t, d, "Lena Wexby").ID)
}

func TestABareSurnameStaysAmbiguousWithoutAMainPerson(t *testing.T) {
	for _, text := range []string{
		// named equally often
		"Ruth Ambler and Colin Ambler run the farm. Ruth Ambler keeps the books and Colin Ambler drives. Ambler said prices fell.",
		// the one named more often was not named first
		"Colin Ambler bought the farm. Ruth Ambler, his sister, runs it. Ruth Ambler keeps the books. Ruth Ambler hired staff. Ambler said prices fell.",
	} {
		d := doctest.WithNames(t, text,
			map[string]doc.EntityType{"Ruth Ambler": doc.Person, "Colin Ambler": doc.Person, "Ambler": doc.Person})
		resolve(d)
		amb := entityOfMention(t, d, "Ambler")
		assert.True(t, amb.Ambiguous(), text)
	}
}

func TestAnHonorificOutsideTheNameTellsApartASharedSurname(t *testing.T) {
	d := doctest.WithNames(t, "Dorothy Pell met voters in Ohio. Her husband, Arthur Pell, stayed home. Later Mrs. Pell spoke about jobs.",
		map[string]doc.EntityType{"Dorothy Pell": doc.Person, "Arthur Pell": doc.Person, "Pell": doc.Person})
	resolve(d)
	assert.Equal(t, "dorothy-pell", entityOfMention(t, d, "Pell").ID, "Mrs. before the name is the woman of the two")
}

func TestAWordOfANameIsNotItsAcronym(t *testing.T) {
	assert.True(t, isAcronymOf("GM", "General Motors"))
	assert.True(t, isAcronymOf("N.W.C.", "Nordic Water Council"))
	assert.False(t, isAcronymOf("U.S.", "U.S. Senate"), "U.S. is the name's first word, not the initials of the Senate")
	assert.False(t, isAcronymOf("UK", "UK Treasury"))
}

func TestRanksOfPoliceAreTitles(t *testing.T) {
	d := doctest.WithNames(t, "Brenna Soler stopped the van on the highway. Deputy Soler said the driver ran. Trooper Ivo Marsh helped her.",
		map[string]doc.EntityType{"Brenna Soler": doc.Person, "Deputy Soler": doc.Person, "Trooper Ivo Marsh": doc.Person})
	resolve(d)
	assert.Equal(t, "brenna-soler", entityOfMention(t, d, "Deputy Soler").ID, "a deputy's rank is no part of her name")
	assert.Equal(t, "ivo-marsh", entityOfMention(t, d, "Trooper Ivo Marsh").ID)
}

func TestABareSurnameMeansThePersonNamedBeforeIt(t *testing.T) {
	d := doctest.WithNames(t, "Marta Okafor opened the clinic in May. Okafor said the town had waited years. "+
		"Her son, Daniel Okafor, now runs the pharmacy, and her niece Ada Okafor keeps the books. "+
		"Daniel Okafor said the pharmacy was busy.",
		map[string]doc.EntityType{"Marta Okafor": doc.Person, "Okafor": doc.Person, "Daniel Okafor": doc.Person, "Ada Okafor": doc.Person})
	resolve(d)
	assert.Equal(t, "marta-okafor", entityOfMention(t, d, "Okafor").ID,
		"only Marta Okafor was named when the surname came, though Daniel is named as often later")
}

func TestABareSurnameAfterTwoFirstNamesJoinedStaysOpen(t *testing.T) {
	d := doctest.WithNames(t, "The parents, Rahim and Leyla Demir, spoke on Monday. Demir said the school had ignored them. "+
		"Their son Emre Demir was 12.",
		map[string]doc.EntityType{"Leyla Demir": doc.Person, "Demir": doc.Person, "Emre Demir": doc.Person})
	resolve(d)
	assert.NotEqual(t, "leyla-demir", entityOfMention(t, d, "Demir").ID,
		"Rahim Demir was named too, through his first name alone")
}

// A bare surname before anyone is named stays ambiguous, but the titled
// surnames after it are read one by one: the title's gender and the
// people named before each decide, as for the first one.
func TestTitledSurnamesAfterAnAmbiguousOneAreReadByTheirTitle(t *testing.T) {
	d := doctest.WithNames(t, "Vance loses in court. Gordon Vance and his former wife, Alicia Vance, met in court on Monday. "+
		"Mr. Vance said the deal was fair. Mrs. Vance disagreed.",
		map[string]doc.EntityType{"Vance": doc.Person, "Gordon Vance": doc.Person, "Alicia Vance": doc.Person,
			"Mr. Vance": doc.Person, "Mrs. Vance": doc.Person})
	resolve(d)
	headline := entityOfMention(t, d, "Vance")
	assert.True(t, headline.Ambiguous(), "the headline's surname names no one yet")
	assert.Equal(t, "gordon-vance", entityOfMention(t, d, "Mr. Vance").ID)
	assert.Equal(t, "alicia-vance", entityOfMention(t, d, "Mrs. Vance").ID)
}

// A title's gender rules out the people of the other gender, and among
// those left, the one named before: "Mr." is the man whose first name
// ("Bill", also a noun) tells no gender, and is a man from then on;
// "Mrs." the woman named before it.
func TestATitleRulesOutTheOtherGender(t *testing.T) {
	d := doctest.WithNames(t, "Marsha Hadley and Bill Hadley own the mill. Mr. Hadley said orders fell. "+
		"Mrs. Hadley keeps the books. Their daughter Joan Hadley works there too.",
		map[string]doc.EntityType{"Marsha Hadley": doc.Person, "Bill Hadley": doc.Person, "Joan Hadley": doc.Person,
			"Mr. Hadley": doc.Person, "Mrs. Hadley": doc.Person})
	resolve(d)
	assert.Equal(t, "bill-hadley", entityOfMention(t, d, "Mr. Hadley").ID)
	assert.Equal(t, "marsha-hadley", entityOfMention(t, d, "Mrs. Hadley").ID)
}

// A title's gender does not pass over the one person named before for a
// man named only later: "Mr. Lorne" is Zeb Lorne, whose first name tells
// no gender, though Walter Lorne's does.
func TestATitledSurnameIsThePersonNamedBeforeIt(t *testing.T) {
	d := doctest.WithNames(t, "Lorne quits the race. Zeb Lorne ended his campaign on Sunday. Mr. Lorne thanked his staff. "+
		"His brother, Walter Lorne, was governor.",
		map[string]doc.EntityType{"Lorne": doc.Person, "Zeb Lorne": doc.Person, "Mr. Lorne": doc.Person, "Walter Lorne": doc.Person})
	resolve(d)
	assert.Equal(t, "zeb-lorne", entityOfMention(t, d, "Mr. Lorne").ID)
}

// An office in the title tells apart two people with one surname, whoever
// is named more or last: "Governor Marlow" is the Marlow called governor.
func TestATitlesOfficeTellsApartPeopleWhoShareASurname(t *testing.T) {
	d := doctest.WithNames(t, "Ruth Marlow met her sister, Governor Ada Marlow, in Boston. Ruth Marlow spoke first. "+
		"Ruth Marlow praised the plan. Governor Marlow signed the bill.",
		map[string]doc.EntityType{"Ruth Marlow": doc.Person, "Governor Ada Marlow": doc.Person, "Governor Marlow": doc.Person})
	resolve(d)
	assert.Equal(t, "ada-marlow", entityOfMention(t, d, "Governor Marlow").ID)
}
