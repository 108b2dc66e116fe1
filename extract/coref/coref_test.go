package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNameVariantsJoinTheFullName(t *testing.T) {
	d := doctest.Parsed(t, "Maria Santos won the race. Santos trained for years. Maria thanked her coach, Tom Berg. Berg smiled.",
		map[string]doc.EntityType{"Maria Santos": doc.Person, "Santos": doc.Person, "Maria": doc.Person, "Tom Berg": doc.Person, "Berg": doc.Person})
	resolve(d)
	assert.Equal(t, "Maria Santos", doctest.EntityOf(d, "Santos", 0))
	assert.Equal(t, "Maria Santos", doctest.EntityOf(d, "Maria", 0))
	assert.Equal(t, "Tom Berg", doctest.EntityOf(d, "Berg", 0))
	assert.Equal(t, "maria-santos", d.Entities[d.Mentions[0].Entity].ID)
}

func TestSharedSurnameIsNotMerged(t *testing.T) {
	d := doctest.Parsed(t, "Anna Kowalski and her brother Piotr Kowalski opened a bakery. Kowalski said it was hard.",
		map[string]doc.EntityType{"Anna Kowalski": doc.Person, "Piotr Kowalski": doc.Person, "Kowalski": doc.Person})
	resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "Kowalski" {
			require.GreaterOrEqual(t, m.Entity, 0)
			assert.True(t, d.Entities[m.Entity].Ambiguous(), "a surname two people share stays ambiguous")
		}
	}
	assert.NotEqual(t, doctest.EntityOf(d, "Anna Kowalski", 0), doctest.EntityOf(d, "Piotr Kowalski", 0))
}

func TestMisspeltNameJoinsTheEntity(t *testing.T) {
	d := doctest.Parsed(t, "Priscilla Okafor runs the clinic. Later Prsicilla posted a photo. Okafro was not there.",
		map[string]doc.EntityType{"Priscilla Okafor": doc.Person, "Prsicilla": doc.Person, "Okafro": doc.Person})
	resolve(d)
	assert.Equal(t, "Priscilla Okafor", doctest.EntityOf(d, "Prsicilla", 0), "transposed letters")
	assert.Equal(t, "Priscilla Okafor", doctest.EntityOf(d, "Okafro", 0))
	ent := d.Entities[d.Mentions[0].Entity]
	assert.Contains(t, ent.Aliases, "Prsicilla")
}

func TestShortNamesNeverFuzzyMatch(t *testing.T) {
	d := doctest.Parsed(t, "Li Wei met Le Wen.", map[string]doc.EntityType{"Li Wei": doc.Person, "Le Wen": doc.Person})
	resolve(d)
	assert.NotEqual(t, doctest.EntityOf(d, "Li Wei", 0), doctest.EntityOf(d, "Le Wen", 0))
}

func TestAcronymJoinsOrganization(t *testing.T) {
	d := doctest.Parsed(t, "General Motors named a new chief. GM shares rose.",
		map[string]doc.EntityType{"General Motors": doc.Organization, "GM": doc.Organization})
	resolve(d)
	assert.Equal(t, "General Motors", doctest.EntityOf(d, "GM", 0))
}

// A place's dotted initials are the place, whichever comes first, and the
// entity takes the full name; undotted initials of a place are no join
// ("US" may be the word "us" in a headline).
func TestDottedInitialsJoinAPlace(t *testing.T) {
	for _, text := range []string{
		"The Federated States said it would act. F.S. officials met in Oslo.",
		"F.S. officials met in Oslo. The Federated States said it would act.",
	} {
		d := doctest.Parsed(t, text, map[string]doc.EntityType{"Federated States": doc.Place, "F.S.": doc.Place, "Oslo": doc.Place})
		resolve(d)
		assert.Equal(t, "Federated States", doctest.EntityOf(d, "F.S.", 0), text)
		assert.Equal(t, "Federated States", doctest.EntityOf(d, "Federated States", 0), text)
	}
	d := doctest.Parsed(t, "The Federated States said it would act. FS officials met in Oslo.",
		map[string]doc.EntityType{"Federated States": doc.Place, "FS": doc.Place, "Oslo": doc.Place})
	resolve(d)
	assert.Equal(t, "FS", doctest.EntityOf(d, "FS", 0))
}

func TestPronounsFollowGenderAndSalience(t *testing.T) {
	d := doctest.Parsed(t, "Mr. Daniel Reyes met Ms. Clara Voss in Lisbon. He praised her plan. She thanked him.",
		map[string]doc.EntityType{"Daniel Reyes": doc.Person, "Clara Voss": doc.Person, "Lisbon": doc.Place})
	resolve(d)
	assert.Equal(t, "Daniel Reyes", doctest.EntityOf(d, "He", 0))
	assert.Equal(t, "Clara Voss", doctest.EntityOf(d, "her", 0))
	assert.Equal(t, "Clara Voss", doctest.EntityOf(d, "She", 0))
	assert.Equal(t, "Daniel Reyes", doctest.EntityOf(d, "him", 0))
	for _, m := range d.Mentions {
		if m.Text == "He" {
			assert.Equal(t, doc.Pronoun, m.Kind)
		}
	}
}

func TestPronounWithNoCandidateStaysUnlinked(t *testing.T) {
	d := doctest.Parsed(t, "The storm hit Manila. He said nothing.", map[string]doc.EntityType{"Manila": doc.Place})
	resolve(d)
	assert.Equal(t, "", doctest.EntityOf(d, "He", 0))
}

func TestAppositionGivesAgeAndRole(t *testing.T) {
	d := doctest.Parsed(t, "Jonas Weber, 58, runs a farm. He hired Lena Hart, a 24-year-old engineer, last spring.",
		map[string]doc.EntityType{"Jonas Weber": doc.Person, "Lena Hart": doc.Person})
	resolve(d)
	w := d.Entities[d.Mentions[0].Entity]
	assert.Equal(t, 58, w.Age)
	var hart doc.Entity
	for _, e := range d.Entities {
		if e.Name == "Lena Hart" {
			hart = e
		}
	}
	assert.Equal(t, 24, hart.Age)
	assert.Contains(t, hart.Roles, "engineer")
	assert.Equal(t, "Lena Hart", doctest.EntityOf(d, "a 24-year-old engineer", 0))
}

func TestEpithetResolvesToSalientPerson(t *testing.T) {
	d := doctest.Parsed(t, "Rosa Lindqvist launched her third album on Friday. The pop singer toured Norway after that.",
		map[string]doc.EntityType{"Rosa Lindqvist": doc.Person, "Norway": doc.Place})
	resolve(d)
	assert.Equal(t, "Rosa Lindqvist", doctest.EntityOf(d, "The pop singer", 0))
	e := d.Entities[d.Mentions[0].Entity]
	assert.Contains(t, e.Roles, "pop singer")
}

func TestAgeDescriptionPicksTheEntityOfThatAge(t *testing.T) {
	d := doctest.Parsed(t, "Omar Haddad, 61, met Yusuf Tan on Monday. Tan shook his hand. Later the 61-year-old left.",
		map[string]doc.EntityType{"Omar Haddad": doc.Person, "Yusuf Tan": doc.Person, "Tan": doc.Person})
	resolve(d)
	assert.Equal(t, "Omar Haddad", doctest.EntityOf(d, "the 61-year-old", 0))
}

func TestAgeDescriptionSkipsEntityOfAnotherAge(t *testing.T) {
	d := doctest.Parsed(t, "Helen Marsh, 70, praised Ivy Cole. Marsh said the 25-year-old had talent.",
		map[string]doc.EntityType{"Helen Marsh": doc.Person, "Ivy Cole": doc.Person, "Marsh": doc.Person})
	resolve(d)
	assert.Equal(t, "Ivy Cole", doctest.EntityOf(d, "the 25-year-old", 0))
}

func TestRoleNounNeedsAKnownRole(t *testing.T) {
	d := doctest.Parsed(t, "Paul Grant testified on Monday. The judge adjourned the case.",
		map[string]doc.EntityType{"Paul Grant": doc.Person})
	resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "The judge" && m.Entity >= 0 {
			assert.NotEqual(t, "Paul Grant", d.Entities[m.Entity].Name, "a judge nobody named is not Paul Grant")
		}
	}
}

func TestRelationalAppositionLinksTheName(t *testing.T) {
	d := doctest.Parsed(t, "Tara Quinn visited her father, Liam Quinn, in Cork.",
		map[string]doc.EntityType{"Tara Quinn": doc.Person, "Liam Quinn": doc.Person, "Cork": doc.Place})
	resolve(d)
	assert.Equal(t, "Liam Quinn", doctest.EntityOf(d, "her father", 0))
	for _, e := range d.Entities {
		if e.Name == "Liam Quinn" {
			assert.Contains(t, e.Roles, "father")
		}
	}
}

func TestEditDistance1(t *testing.T) {
	assert.True(t, editDistance1("gyspy", "gypsy"))
	assert.True(t, editDistance1("martin", "martn"))
	assert.True(t, editDistance1("martin", "marten"))
	assert.False(t, editDistance1("martin", "martin"))
	assert.False(t, editDistance1("martin", "mratni"))
}

func TestPluralSurnameIsNotThePerson(t *testing.T) {
	d := doctest.Parsed(t, "Ava Moreno joined the show. The Morenos is a hit.",
		map[string]doc.EntityType{"Ava Moreno": doc.Person, "Morenos": doc.Work})
	resolve(d)
	assert.NotEqual(t, "Ava Moreno", doctest.EntityOf(d, "Morenos", 0))
}

func TestPossessiveInCoordinationTakesTheConjunct(t *testing.T) {
	d := doctest.Parsed(t, "Ms. Irene Falk said that Ms. Paula Berg and her brother were questioned.",
		map[string]doc.EntityType{"Irene Falk": doc.Person, "Paula Berg": doc.Person})
	resolve(d)
	assert.Equal(t, "Paula Berg", doctest.EntityOf(d, "her", 0))
}

func TestDashAppositionAndCustodyPreference(t *testing.T) {
	d := doctest.Parsed(t, "Ms. Alma Pike met a convicted felon - Ruth Oyelaran - in Lagos. Pike said she was released in May.",
		map[string]doc.EntityType{"Ruth Oyelaran": doc.Person, "Alma Pike": doc.Person, "Pike": doc.Person, "Lagos": doc.Place})
	resolve(d)
	assert.Equal(t, "Ruth Oyelaran", doctest.EntityOf(d, "a convicted felon", 0))
	assert.Equal(t, "Ruth Oyelaran", doctest.EntityOf(d, "she", 0), "the felon is the one released")
}

func TestOrganizationPronounsAndNominals(t *testing.T) {
	d := doctest.Parsed(t, "Halvorsen Shipping cut 200 jobs. The company said its profits fell. It is unclear why.",
		map[string]doc.EntityType{"Halvorsen Shipping": doc.Organization})
	resolve(d)
	assert.Equal(t, "Halvorsen Shipping", doctest.EntityOf(d, "The company", 0))
	assert.Equal(t, "Halvorsen Shipping", doctest.EntityOf(d, "its", 0))
	assert.Equal(t, "<no mention It>", doctest.EntityOf(d, "It", 0), "expletive it")
}

func TestDescriptionIsNotSomeoneNamedLaterInItsSentence(t *testing.T) {
	d := doctest.Parsed(t, "Sara Olsen thanked Lea Brun. The billionaire said she wanted to help Lea Brun.",
		map[string]doc.EntityType{"Sara Olsen": doc.Person, "Lea Brun": doc.Person})
	resolve(d)
	assert.Equal(t, "Sara Olsen", doctest.EntityOf(d, "The billionaire", 0))
}

func TestPronounAfterSharedSurnameTakesTheOneItsGenderFits(t *testing.T) {
	d := doctest.Parsed(t, "Pablo Herrera and Lucia Herrera run a vineyard with Marco Bellini. Herrera said her harvest was late.",
		map[string]doc.EntityType{"Pablo Herrera": doc.Person, "Lucia Herrera": doc.Person, "Marco Bellini": doc.Person, "Herrera": doc.Person})
	resolve(d)
	assert.Equal(t, "Lucia Herrera", doctest.EntityOf(d, "her", 0), "of the two Herreras only Lucia fits her")
}

func TestPronounAfterSharedSurnameOfTwoMenStaysUnresolved(t *testing.T) {
	d := doctest.Parsed(t, "Pablo Herrera and Marco Herrera run a vineyard with Tomas Bellini. Herrera said his harvest was late.",
		map[string]doc.EntityType{"Pablo Herrera": doc.Person, "Marco Herrera": doc.Person, "Tomas Bellini": doc.Person, "Herrera": doc.Person})
	resolve(d)
	assert.Equal(t, "", doctest.EntityOf(d, "his", 0), "his is one of the two Herreras, not Bellini")
}

// resolve runs coreference the way the pipeline does: names, nominal
// candidates, then the rest.
func resolve(d *doc.Document) {
	ResolveNames(d)
	mention.FindNominalMentions(d)
	LinkMentions(d)
}

func TestEpithetThatModifiesANounIsNoDescription(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz, the billionaire, spoke on Monday. Ads paid for by the billionaire brothers Ola Berg and Per Berg ran later.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Ola Berg": doc.Person, "Per Berg": doc.Person})
	resolve(d)
	for _, m := range d.Mentions {
		if m.Entity >= 0 && d.Entities[m.Entity].Name == "Ana Ruiz" {
			assert.NotContains(t, m.Text, "brothers", "the billionaire brothers are not the billionaire named before")
			assert.False(t, m.Start > 40 && m.Text == "the billionaire", "'the billionaire' of 'the billionaire brothers' is no mention of her")
		}
	}
}

func TestAStatedGenderBeatsAMoreSalientPersonOfUnknownGender(t *testing.T) {
	d := doctest.Parsed(t, "Mrs. Odile Brandt hired the agent Kasimir Venn. Venn would not say where the actress had gone. Venn said she was resting.",
		map[string]doc.EntityType{"Odile Brandt": doc.Person, "Kasimir Venn": doc.Person, "Venn": doc.Person})
	resolve(d)
	assert.Equal(t, "Odile Brandt", doctest.EntityOf(d, "she", 0), "Mrs. made Brandt female; nothing says Venn is")
}

func TestAnOrganisationPronounTakesTheSubjectOfItsClause(t *testing.T) {
	d := doctest.Parsed(t, "Norvik Foods completed its purchase of Baltra Dairy last week as part of its plan to grow.",
		map[string]doc.EntityType{"Norvik Foods": doc.Organization, "Baltra Dairy": doc.Organization})
	resolve(d)
	assert.Equal(t, "Norvik Foods", doctest.EntityOf(d, "its", 1), "not Baltra Dairy, named last: Norvik Foods is the subject")

	d = doctest.Parsed(t, "Norvik Foods said it would buy Baltra Dairy.",
		map[string]doc.EntityType{"Norvik Foods": doc.Organization, "Baltra Dairy": doc.Organization})
	resolve(d)
	assert.Equal(t, "Norvik Foods", doctest.EntityOf(d, "it", 0))
}

func TestAPronounFavoursTheSubjectOfTheClauseAboveIt(t *testing.T) {
	d := doctest.Parsed(t, "Mira Holt met Dana Ek. Ek told reporters that Holt had called her twice.",
		map[string]doc.EntityType{"Mira Holt": doc.Person, "Dana Ek": doc.Person, "Ek": doc.Person, "Holt": doc.Person})
	resolve(d)
	assert.Equal(t, "Dana Ek", doctest.EntityOf(d, "her", 0), "Ek told ... her: the teller, not Holt, the subject of the inner clause")
}

func TestADescriptionWithAnAsideAfterACommaTakesUpThePersonNamed(t *testing.T) {
	d := doctest.Parsed(t, "Lina Sorvik is resting at a clinic in Oslo. The actress, who starred in the film Grey Harbour, left the set last week.",
		map[string]doc.EntityType{"Lina Sorvik": doc.Person, "Oslo": doc.Place, "Grey Harbour": doc.Work})
	resolve(d)
	assert.Equal(t, "Lina Sorvik", doctest.EntityOf(d, "who", 0), "the clause after the comma is an aside: the actress is Lina Sorvik")
}

func TestAPluralPronounTakesTheGroupThatIsTheSubjectAboveIt(t *testing.T) {
	d := doctest.Parsed(t, "Velora Telecom announced on Facebook that they had restored service.",
		map[string]doc.EntityType{"Velora Telecom": doc.Organization, "Facebook": doc.Organization})
	resolve(d)
	assert.Equal(t, "Velora Telecom", doctest.EntityOf(d, "they", 0), "the subject of announced, not Facebook, named last")
}

func TestAPluralPronounUnderAGroupWithNoEntityStaysUnresolved(t *testing.T) {
	d := doctest.Parsed(t, "Local reporters saw the strike in Tarvik. Vardia's armed forces denied they had fired the shells.",
		map[string]doc.EntityType{"Tarvik": doc.Place, "Vardia": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Local reporters", doctest.EntityOf(d, "they", 0), "they are Vardia's armed forces, which nothing else names, not the reporters")
}

// Names of one thing that share no words (coref/nameAliases) are one
// entity, whatever type the tagger gave each.
func TestListedAliasesJoin(t *testing.T) {
	d := doctest.Parsed(t, "The United States sent grain to Moldova. America has sent grain before, and US ships carried it.",
		map[string]doc.EntityType{"United States": doc.Place, "Moldova": doc.Place, "America": doc.Place, "US": doc.Organization})
	resolve(d)
	assert.Equal(t, "United States", doctest.EntityOf(d, "America", 0))
	assert.Equal(t, "United States", doctest.EntityOf(d, "US", 0))
	assert.Equal(t, "Moldova", doctest.EntityOf(d, "Moldova", 0))
}

// "the" and words that are a name of the article, in capitals, refer to
// that name's entity, where the tagger found only a piece of the name.
func TestADescriptionWhoseWordsAreANameIsTheName(t *testing.T) {
	d := doctest.Parsed(t, "The Northern Guard attacked a town. Officials said the Northern Guard had lost ground.",
		map[string]doc.EntityType{"Northern Guard": doc.Organization})
	require.Len(t, d.Mentions, 2)
	cut := &d.Mentions[1] // the tagger found "Northern" alone
	cut.LastTok--
	cut.End = d.Tokens[cut.FirstTok].End
	cut.Text, cut.Type = "Northern", doc.Other
	resolve(d)
	var texts []string
	for _, mi := range d.Entities[d.Mentions[0].Entity].Mentions {
		texts = append(texts, d.Mentions[mi].Text)
	}
	assert.Equal(t, []string{"Northern Guard", "the Northern Guard"}, texts, "the phrase with its article, as a description of the name's entity")
	for _, m := range d.Mentions {
		assert.False(t, m.Text == "Northern" && m.Entity >= 0, "the piece of the name is no entity's mention")
	}
}

// A dateline's place in capitals is the city the article names in full
// later, whatever the tagger typed it, though not a name other articles
// may call it by; a firm that opens a report with a ticker in brackets is
// no dateline.
func TestADatelineIsTheCityNamedLater(t *testing.T) {
	d := doctest.Parsed(t, "PORT ELLIS (AP) -- Shares fell on Monday. Traders in Port Ellis City worried about rates.",
		map[string]doc.EntityType{"PORT ELLIS": doc.Organization, "Port Ellis City": doc.Place})
	resolve(d)
	assert.Equal(t, "Port Ellis City", doctest.EntityOf(d, "PORT ELLIS", 0))
	for _, e := range d.Entities {
		assert.NotContains(t, e.Aliases, "PORT ELLIS", "no name of the city for other articles: Port Ellis may be the state")
	}
	d = doctest.Parsed(t, "VANTIC (NYSE: VNT) said on Monday it would buy Vantic City Bank.",
		map[string]doc.EntityType{"VANTIC": doc.Organization, "Vantic City Bank": doc.Organization})
	resolve(d)
	assert.Equal(t, "VANTIC", doctest.EntityOf(d, "VANTIC", 0))
}

// A body the tagger named only by its initials is the description that
// spells them.
func TestADescriptionSpellingAnAcronymIsItsBody(t *testing.T) {
	d := doctest.Parsed(t, "The F.W.A. approved the plan on Monday. Critics said the Federal Water Agency had waited too long.",
		map[string]doc.EntityType{"F.W.A.": doc.Organization})
	resolve(d)
	var texts []string
	for _, mi := range d.Entities[d.Mentions[0].Entity].Mentions {
		texts = append(texts, d.Mentions[mi].Text)
	}
	assert.Contains(t, texts, "the Federal Water Agency")
}
