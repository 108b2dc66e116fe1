package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docWithNames tokenizes text and marks every occurrence of the given names
// as NAME mentions, standing in for the tagger so coreference is tested alone.
func docWithNames(t *testing.T, text string, names map[string]EntityType) *Document {
	t.Helper()
	d := NewDocument("t", text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	Tokenize(d)
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) }) // longest first
	taken := make([]bool, len(d.Tokens))
	for _, name := range keys {
		words := strings.Fields(name)
	tok:
		for i := 0; i+len(words) <= len(d.Tokens); i++ {
			for k, w := range words {
				if d.Tokens[i+k].Text != w || taken[i+k] {
					continue tok
				}
			}
			for k := range words {
				taken[i+k] = true
			}
			sp := Span{d.Tokens[i].Start, d.Tokens[i+len(words)-1].End}
			d.Mentions = append(d.Mentions, Mention{Span: sp, Text: d.Slice(sp), Kind: Name, Type: names[name],
				Entity: -1, FirstTok: i, LastTok: i + len(words)})
		}
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return d
}

// entityOf returns the canonical name of the entity the n-th mention whose
// text is s refers to ("" when unlinked).
func entityOf(d *Document, s string, n int) string {
	for _, m := range d.Mentions {
		if m.Text == s {
			if n == 0 {
				if m.Entity < 0 {
					return ""
				}
				return d.Entities[m.Entity].Name
			}
			n--
		}
	}
	return "<no mention " + s + ">"
}

func TestNameVariantsJoinTheFullName(t *testing.T) {
	d := docWithNames(t, "Maria Santos won the race. Santos trained for years. Maria thanked her coach, Tom Berg. Berg smiled.",
		map[string]EntityType{"Maria Santos": Person, "Santos": Person, "Maria": Person, "Tom Berg": Person, "Berg": Person})
	Resolve(d)
	assert.Equal(t, "Maria Santos", entityOf(d, "Santos", 0))
	assert.Equal(t, "Maria Santos", entityOf(d, "Maria", 0))
	assert.Equal(t, "Tom Berg", entityOf(d, "Berg", 0))
	assert.Equal(t, "maria-santos", d.Entities[d.Mentions[0].Entity].ID)
}

func TestSharedSurnameIsNotMerged(t *testing.T) {
	d := docWithNames(t, "Anna Kowalski and her brother Piotr Kowalski opened a bakery. Kowalski said it was hard.",
		map[string]EntityType{"Anna Kowalski": Person, "Piotr Kowalski": Person, "Kowalski": Person})
	Resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "Kowalski" {
			require.GreaterOrEqual(t, m.Entity, 0)
			assert.True(t, d.Entities[m.Entity].Ambiguous(), "a surname two people share stays ambiguous")
		}
	}
	assert.NotEqual(t, entityOf(d, "Anna Kowalski", 0), entityOf(d, "Piotr Kowalski", 0))
}

func TestMisspeltNameJoinsTheEntity(t *testing.T) {
	d := docWithNames(t, "Priscilla Okafor runs the clinic. Later Prsicilla posted a photo. Okafro was not there.",
		map[string]EntityType{"Priscilla Okafor": Person, "Prsicilla": Person, "Okafro": Person})
	Resolve(d)
	assert.Equal(t, "Priscilla Okafor", entityOf(d, "Prsicilla", 0), "transposed letters")
	assert.Equal(t, "Priscilla Okafor", entityOf(d, "Okafro", 0))
	ent := d.Entities[d.Mentions[0].Entity]
	assert.Contains(t, ent.Aliases, "Prsicilla")
}

func TestShortNamesNeverFuzzyMatch(t *testing.T) {
	d := docWithNames(t, "Li Wei met Le Wen.", map[string]EntityType{"Li Wei": Person, "Le Wen": Person})
	Resolve(d)
	assert.NotEqual(t, entityOf(d, "Li Wei", 0), entityOf(d, "Le Wen", 0))
}

func TestAcronymJoinsOrganization(t *testing.T) {
	d := docWithNames(t, "General Motors named a new chief. GM shares rose.",
		map[string]EntityType{"General Motors": Organization, "GM": Organization})
	Resolve(d)
	assert.Equal(t, "General Motors", entityOf(d, "GM", 0))
}

func TestPronounsFollowGenderAndSalience(t *testing.T) {
	d := docWithNames(t, "Mr. Daniel Reyes met Ms. Clara Voss in Lisbon. He praised her plan. She thanked him.",
		map[string]EntityType{"Daniel Reyes": Person, "Clara Voss": Person, "Lisbon": Place})
	Resolve(d)
	assert.Equal(t, "Daniel Reyes", entityOf(d, "He", 0))
	assert.Equal(t, "Clara Voss", entityOf(d, "her", 0))
	assert.Equal(t, "Clara Voss", entityOf(d, "She", 0))
	assert.Equal(t, "Daniel Reyes", entityOf(d, "him", 0))
	for _, m := range d.Mentions {
		if m.Text == "He" {
			assert.Equal(t, Pronoun, m.Kind)
		}
	}
}

func TestPronounWithNoCandidateStaysUnlinked(t *testing.T) {
	d := docWithNames(t, "The storm hit Manila. He said nothing.", map[string]EntityType{"Manila": Place})
	Resolve(d)
	assert.Equal(t, "", entityOf(d, "He", 0))
}

func TestAppositionGivesAgeAndRole(t *testing.T) {
	d := docWithNames(t, "Jonas Weber, 58, runs a farm. He hired Lena Hart, a 24-year-old engineer, last spring.",
		map[string]EntityType{"Jonas Weber": Person, "Lena Hart": Person})
	Resolve(d)
	w := d.Entities[d.Mentions[0].Entity]
	assert.Equal(t, 58, w.Age)
	var hart Entity
	for _, e := range d.Entities {
		if e.Name == "Lena Hart" {
			hart = e
		}
	}
	assert.Equal(t, 24, hart.Age)
	assert.Contains(t, hart.Roles, "engineer")
	assert.Equal(t, "Lena Hart", entityOf(d, "a 24-year-old engineer", 0))
}

func TestEpithetResolvesToSalientPerson(t *testing.T) {
	d := docWithNames(t, "Rosa Lindqvist launched her third album on Friday. The pop singer toured Norway after that.",
		map[string]EntityType{"Rosa Lindqvist": Person, "Norway": Place})
	Resolve(d)
	assert.Equal(t, "Rosa Lindqvist", entityOf(d, "The pop singer", 0))
	e := d.Entities[d.Mentions[0].Entity]
	assert.Contains(t, e.Roles, "pop singer")
}

func TestAgeDescriptionPicksTheEntityOfThatAge(t *testing.T) {
	d := docWithNames(t, "Omar Haddad, 61, met Yusuf Tan on Monday. Tan shook his hand. Later the 61-year-old left.",
		map[string]EntityType{"Omar Haddad": Person, "Yusuf Tan": Person, "Tan": Person})
	Resolve(d)
	assert.Equal(t, "Omar Haddad", entityOf(d, "the 61-year-old", 0))
}

func TestAgeDescriptionSkipsEntityOfAnotherAge(t *testing.T) {
	d := docWithNames(t, "Helen Marsh, 70, praised Ivy Cole. Marsh said the 25-year-old had talent.",
		map[string]EntityType{"Helen Marsh": Person, "Ivy Cole": Person, "Marsh": Person})
	Resolve(d)
	assert.Equal(t, "Ivy Cole", entityOf(d, "the 25-year-old", 0))
}

func TestRoleNounNeedsAKnownRole(t *testing.T) {
	d := docWithNames(t, "Paul Grant testified on Monday. The judge adjourned the case.",
		map[string]EntityType{"Paul Grant": Person})
	Resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "The judge" && m.Entity >= 0 {
			assert.NotEqual(t, "Paul Grant", d.Entities[m.Entity].Name, "a judge nobody named is not Paul Grant")
		}
	}
}

func TestRelationalAppositionLinksTheName(t *testing.T) {
	d := docWithNames(t, "Tara Quinn visited her father, Liam Quinn, in Cork.",
		map[string]EntityType{"Tara Quinn": Person, "Liam Quinn": Person, "Cork": Place})
	Resolve(d)
	assert.Equal(t, "Liam Quinn", entityOf(d, "her father", 0))
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
	d := docWithNames(t, "Ava Moreno joined the show. The Morenos is a hit.",
		map[string]EntityType{"Ava Moreno": Person, "Morenos": Work})
	Resolve(d)
	assert.NotEqual(t, "Ava Moreno", entityOf(d, "Morenos", 0))
}

func TestPossessiveInCoordinationTakesTheConjunct(t *testing.T) {
	d := docWithNames(t, "Ms. Irene Falk said that Ms. Paula Berg and her brother were questioned.",
		map[string]EntityType{"Irene Falk": Person, "Paula Berg": Person})
	Resolve(d)
	assert.Equal(t, "Paula Berg", entityOf(d, "her", 0))
}

func TestDashAppositionAndCustodyPreference(t *testing.T) {
	d := docWithNames(t, "Ms. Alma Pike met a convicted felon - Ruth Oyelaran - in Lagos. Pike said she was released in May.",
		map[string]EntityType{"Ruth Oyelaran": Person, "Alma Pike": Person, "Pike": Person, "Lagos": Place})
	Resolve(d)
	assert.Equal(t, "Ruth Oyelaran", entityOf(d, "a convicted felon", 0))
	assert.Equal(t, "Ruth Oyelaran", entityOf(d, "she", 0), "the felon is the one released")
}

func TestFirstPersonInsideAQuoteIsTheSpeaker(t *testing.T) {
	d := docWithNames(t, `"I told my staff that 'I quit' was not an option," Rosa Delgado said.`,
		map[string]EntityType{"Rosa Delgado": Person})
	Resolve(d)
	FindQuotes(d)
	LinkQuotedSpeakers(d)
	assert.Equal(t, "Rosa Delgado", entityOf(d, "I", 0))
	assert.Equal(t, "Rosa Delgado", entityOf(d, "my", 0))
	assert.Equal(t, "<no mention I>", entityOf(d, "I", 1), "the nested 'I quit' is someone else's voice")
}

func TestOrganizationPronounsAndNominals(t *testing.T) {
	d := docWithNames(t, "Halvorsen Shipping cut 200 jobs. The company said its profits fell. It is unclear why.",
		map[string]EntityType{"Halvorsen Shipping": Organization})
	Resolve(d)
	assert.Equal(t, "Halvorsen Shipping", entityOf(d, "The company", 0))
	assert.Equal(t, "Halvorsen Shipping", entityOf(d, "its", 0))
	assert.Equal(t, "<no mention It>", entityOf(d, "It", 0), "expletive it")
}

func TestDescriptionIsNotSomeoneNamedLaterInItsSentence(t *testing.T) {
	d := docWithNames(t, "Sara Olsen thanked Lea Brun. The billionaire said she wanted to help Lea Brun.",
		map[string]EntityType{"Sara Olsen": Person, "Lea Brun": Person})
	Resolve(d)
	assert.Equal(t, "Sara Olsen", entityOf(d, "The billionaire", 0))
}

func TestPronounAfterSharedSurnameTakesTheOneItsGenderFits(t *testing.T) {
	d := docWithNames(t, "Pablo Herrera and Lucia Herrera run a vineyard with Marco Bellini. Herrera said her harvest was late.",
		map[string]EntityType{"Pablo Herrera": Person, "Lucia Herrera": Person, "Marco Bellini": Person, "Herrera": Person})
	Resolve(d)
	assert.Equal(t, "Lucia Herrera", entityOf(d, "her", 0), "of the two Herreras only Lucia fits her")
}

func TestPronounAfterSharedSurnameOfTwoMenStaysUnresolved(t *testing.T) {
	d := docWithNames(t, "Pablo Herrera and Marco Herrera run a vineyard with Tomas Bellini. Herrera said his harvest was late.",
		map[string]EntityType{"Pablo Herrera": Person, "Marco Herrera": Person, "Tomas Bellini": Person, "Herrera": Person})
	Resolve(d)
	assert.Equal(t, "", entityOf(d, "his", 0), "his is one of the two Herreras, not Bellini")
}
