package link

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// art is one article of a test corpus: its names and their types, in
// order (an entity's aliases follow its name after a "|").
type art struct {
	id    string
	names []string
	types []doc.EntityType
}

func article(id string, pairs ...any) art {
	a := art{id: id}
	for i := 0; i < len(pairs); i += 2 {
		a.names = append(a.names, pairs[i].(string))
		a.types = append(a.types, pairs[i+1].(doc.EntityType))
	}
	return a
}

func (a art) records() []Record {
	var out []Record
	for i, n := range a.names {
		name, aliases := n, []string(nil)
		for k := 0; k < len(n); k++ {
			if n[k] == '|' {
				name, aliases = n[:k], []string{n[k+1:]}
				break
			}
		}
		out = append(out, Record{Local: i, ID: doc.Slug(name), Name: name, Aliases: aliases, Type: a.types[i]})
	}
	return out
}

// resolve puts the articles into a new corpus in the given order and
// returns, per article, the outcome of each name by name.
func resolve(arts ...art) map[string]map[string]Outcome {
	c := NewCorpus()
	for _, a := range arts {
		c.Put(a.id, a.records())
	}
	r := c.Resolve()
	out := map[string]map[string]Outcome{}
	for _, a := range arts {
		out[a.id] = map[string]Outcome{}
		for _, o := range r.Of(a.id) {
			out[a.id][a.names[o.Local]] = o
		}
	}
	return out
}

func ids(arts ...art) map[string]map[string]string {
	out := map[string]map[string]string{}
	for a, names := range resolve(arts...) {
		out[a] = map[string]string{}
		for n, o := range names {
			out[a][n] = o.ID
		}
	}
	return out
}

func TestFullNamesAndTheirPartsAreOneEntity(t *testing.T) {
	got := ids(
		article("a", "Mary Barra", doc.Person, "General Motors Corporation", doc.Organization),
		article("b", "Barra", doc.Person, "General Motors", doc.Organization),
		article("c", "Boeing Commercial Airplanes|Boeing", doc.Organization),
		article("d", "Boeing", doc.Organization),
		article("e", "Halvard Shipping Lines", doc.Organization),
		article("f", "Halvard", doc.Organization),
		article("g", "Norvik Ferries", doc.Organization),
		article("h", "Norvik Freight", doc.Organization),
		article("i", "Norvik", doc.Organization),
		article("j", "Norvik", doc.Place))
	assert.Equal(t, "mary-barra", got["b"]["Barra"])
	assert.Equal(t, "general-motors", got["a"]["General Motors Corporation"], "a legal suffix is not part of the name; the shorter id wins a tie")
	assert.Equal(t, "boeing-commercial-airplanes", got["d"]["Boeing"], "an article called it by that word alone")
	assert.Equal(t, "halvard-shipping-lines", got["f"]["Halvard"], "the only organisation whose name starts with it")
	assert.Equal(t, "norvik-organization", got["i"]["Norvik"], "two organisations start with it (and the place, in as many articles, comes first in type order)")
	assert.Equal(t, "norvik", got["j"]["Norvik"], "a place is not named by an organisation's first word")
}

func TestAnOrganisationIsCalledWhatMostArticlesCallIt(t *testing.T) {
	got := ids(
		article("a", "Apple Computer|Apple", doc.Organization),
		article("b", "Apple", doc.Organization),
		article("c", "Apple Inc.", doc.Organization))
	assert.Equal(t, "apple", got["a"]["Apple Computer|Apple"], "one article says Apple Computer is Apple; two say Apple")
	assert.Equal(t, "apple", got["b"]["Apple"])
	assert.Equal(t, "apple", got["c"]["Apple Inc."], "a legal suffix is not part of the name")
}

func TestAWordOfAPersonsNameMoreArticlesUseAloneStaysItself(t *testing.T) {
	got := ids(
		article("a", "Nadia Petrova", doc.Person),
		article("b", "Petrova", doc.Person),
		article("c", "Lisbon Marathoners", doc.Person),
		article("d", "Marathoners", doc.Person),
		article("e", "Marathoners", doc.Person))
	assert.Equal(t, "nadia-petrova", got["b"]["Petrova"])
	assert.Equal(t, "marathoners", got["d"]["Marathoners"], "two articles say Marathoners alone, one Lisbon Marathoners")
}

func TestSameIDIsOneEntity(t *testing.T) {
	got := ids(
		article("a", "U.S.", doc.Place),
		article("b", "US", doc.Place),
		article("c", "U.S.", doc.Other))
	assert.Equal(t, "us", got["a"]["U.S."])
	assert.Equal(t, "us", got["b"]["US"])
	assert.Equal(t, "us", got["c"]["U.S."])
}

func TestSeveralCandidatesAreToldApartByTheirArticlesOtherNames(t *testing.T) {
	corpus := []art{
		article("a", "Vincent Marrow", doc.Person, "Genovese Family", doc.Organization, "Brooklyn", doc.Place),
		article("b", "Vincent Marrow", doc.Person, "Genovese Family", doc.Organization),
		article("c", "Louis Marrow", doc.Person, "Saint Athanasius Church", doc.Organization, "South Bronx", doc.Place),
		article("d", "Marrow", doc.Person, "Genovese Family", doc.Organization),
		article("e", "Marrow", doc.Person, "Brooklyn", doc.Place),
	}
	got := ids(corpus...)
	assert.Equal(t, "vincent-marrow", got["d"]["Marrow"], "its articles name the Genovese family and Brooklyn, as Vincent's do")
	assert.Equal(t, "vincent-marrow", got["e"]["Marrow"])

	got = ids(append(corpus[:3:3], article("d", "Marrow", doc.Person, "Harbor Times", doc.Organization))...)
	assert.Equal(t, "marrow", got["d"]["Marrow"], "nothing around it says which Marrow")
}

func TestTypesKeepNamesApart(t *testing.T) {
	got := ids(
		article("a", "Jordan", doc.Place),
		article("b", "Jordan", doc.Person),
		article("c", "Jordan", doc.Place),
		article("d", "Jordan", doc.Other))
	assert.Equal(t, "jordan", got["a"]["Jordan"], "two articles name the place")
	assert.Equal(t, "jordan", got["c"]["Jordan"])
	assert.Equal(t, "jordan-person", got["b"]["Jordan"], "a person named like a country is another entity")
	assert.Equal(t, "jordan", got["d"]["Jordan"], "an untyped name joins the most named reading")
}

func TestIDIsTheNameMostArticlesUse(t *testing.T) {
	got := ids(
		article("a", "Hillary Rodham Clinton|Hillary Clinton", doc.Person),
		article("b", "Hillary Clinton", doc.Person),
		article("c", "Hillary Clinton", doc.Person))
	assert.Equal(t, "hillary-clinton", got["a"]["Hillary Rodham Clinton|Hillary Clinton"])
	assert.Equal(t, "hillary-clinton", got["b"]["Hillary Clinton"])
}

func TestMergeReasons(t *testing.T) {
	got := resolve(
		article("a", "Ada Lovelace", doc.Person),
		article("b", "Lovelace", doc.Person),
		article("c", "Ada Lovelace", doc.Person),
		article("d", "Countess Lovelace|Ada Lovelace", doc.Person))
	assert.Equal(t, "", got["a"]["Ada Lovelace"].Merge, "its own name is its id")
	assert.Equal(t, "", got["c"]["Ada Lovelace"].Merge)
	assert.Equal(t, `"Lovelace" is part of the only known name with it, "Ada Lovelace"`, got["b"]["Lovelace"].Merge)
	assert.Equal(t, `same name "Ada Lovelace" as ada-lovelace`, got["d"]["Countess Lovelace|Ada Lovelace"].Merge)
}

func TestTypeVotesCorrectAStrayType(t *testing.T) {
	person := func(id string) art { return article(id, "Rosalind Achebe", doc.Person) }
	got := resolve(person("a"), person("b"), person("c"),
		article("d", "Rosalind Achebe", doc.Organization), article("e", "Rosalind Achebe", doc.Other))
	assert.Equal(t, doc.Person, got["d"]["Rosalind Achebe"].Type, "three other articles say person")
	assert.Equal(t, doc.Person, got["e"]["Rosalind Achebe"].Type)
	assert.Equal(t, doc.Person, got["a"]["Rosalind Achebe"].Type)

	got = resolve(person("a"), person("b"), article("d", "Rosalind Achebe", doc.Organization))
	assert.Equal(t, doc.Organization, got["d"]["Rosalind Achebe"].Type, "two votes are too few to overrule")
}

func TestTypeVotesNeverSwapPlaceAndOrganisation(t *testing.T) {
	place := func(id string) art { return article(id, "Norland Bay", doc.Place) }
	got := resolve(place("a"), place("b"), place("c"), place("d"), article("e", "Norland Bay", doc.Organization))
	assert.Equal(t, doc.Organization, got["e"]["Norland Bay"].Type, "the bay's club is an organisation")
	assert.NotEqual(t, got["a"]["Norland Bay"].ID, got["e"]["Norland Bay"].ID)
}

func TestTypeVotesRetypeAOneWordPerson(t *testing.T) {
	org := func(id string) art { return article(id, "Velmora", doc.Organization) }
	got := resolve(org("a"), org("b"), org("c"), article("d", "Velmora", doc.Person))
	assert.Equal(t, doc.Organization, got["d"]["Velmora"].Type, "a company the tagger once took for a person")
	assert.Equal(t, "velmora", got["d"]["Velmora"].ID)
}

// orderCorpus has names that resolve differently depending on what came
// first when articles are resolved one at a time.
var orderCorpus = []art{
	article("a1", "Megyn Kelly", doc.Person, "Fox News", doc.Organization),
	article("a2", "Kelly", doc.Person, "Fox", doc.Organization),
	article("a3", "Mark Kelly", doc.Person, "Arizona", doc.Place),
	article("a4", "Clinton", doc.Person, "Arizona", doc.Place),
	article("a5", "Bill Clinton", doc.Person, "Hillary Clinton", doc.Person),
	article("a6", "Breitbart", doc.Organization, "Breitbart Jerusalem", doc.Organization),
	article("a7", "Breitbart News", doc.Organization, "Fox News Channel|Fox News", doc.Organization),
	article("a8", "Jordan", doc.Person, "Jordan", doc.Place, "Amman", doc.Place),
	article("a9", "Jordan", doc.Place, "Michael Jordan", doc.Person),
	article("a10", "Velmora", doc.Person, "Velmora", doc.Organization),
	article("a11", "Velmora", doc.Organization, "Kelly", doc.Person),
	article("a12", "Velmora", doc.Organization, "Hillary", doc.Person),
	article("a13", "Clinton", doc.Person, "Arkansas", doc.Place, "Fox News", doc.Organization),
	article("a14", "Bill Clinton", doc.Person, "Arkansas", doc.Place),
}

func outcomes(r *Resolution, arts []art) string {
	s := ""
	for _, a := range arts {
		s += fmt.Sprintf("%s %v\n", a.id, r.Of(a.id))
	}
	return s
}

func TestResolutionDependsOnlyOnTheSet(t *testing.T) {
	c := NewCorpus()
	for _, a := range orderCorpus {
		c.Put(a.id, a.records())
	}
	want := outcomes(c.Resolve(), orderCorpus)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		arts := append([]art(nil), orderCorpus...)
		rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
		c := NewCorpus()
		for _, a := range arts {
			recs := a.records()
			rng.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
			c.Put(a.id, recs)
		}
		// an article removed and put back, another put twice
		c.Drop(arts[0].id)
		c.Put(arts[1].id, arts[1].records())
		c.Put(arts[0].id, arts[0].records())
		require.Equal(t, want, outcomes(c.Resolve(), orderCorpus))
	}
}

func TestRecordsAndApply(t *testing.T) {
	d := doctest.WithEntities(t, "Barra met Velmora officials.", map[string]doc.EntityType{"Barra": doc.Person, "Velmora": doc.Organization})
	recs := Records(d)
	require.Len(t, recs, 2)
	back, err := DecodeRecords(EncodeRecords(recs))
	require.NoError(t, err)
	assert.Equal(t, recs, back)

	c := NewCorpus()
	c.Put("other", article("other", "Mary Barra", doc.Person).records())
	c.Put("this", recs)
	Apply(d, c.Resolve().Of("this"))
	assert.Equal(t, "mary-barra", d.Entities[recs[0].Local].ID)
	assert.Contains(t, d.Entities[recs[0].Local].Merge, "Mary Barra")
	assert.Equal(t, "velmora", d.Entities[recs[1].Local].ID)
	assert.Equal(t, Outcomes(d), c.Resolve().Of("this"))
}

func TestMiddleNamesAndInitialsOfOnePersonAreOneEntity(t *testing.T) {
	got := ids(
		article("a", "Hollis K. Varga", doc.Person),
		article("b", "Hollis Kemper Varga", doc.Person),
		article("c", "Hollis Varga", doc.Person),
		article("d", "Oren Talbot Jr.", doc.Person),
		article("e", "Oren J. Talbot", doc.Person))
	assert.Equal(t, got["a"]["Hollis K. Varga"], got["b"]["Hollis Kemper Varga"], "K. is the initial of Kemper")
	assert.Equal(t, got["a"]["Hollis K. Varga"], got["c"]["Hollis Varga"], "the name without its middle initial")
	assert.Equal(t, got["d"]["Oren Talbot Jr."], got["e"]["Oren J. Talbot"], "Jr. is not the surname")

	got = ids(
		article("a", "Ivo 'Tiger' Lund", doc.Other),
		article("b", "Ivo P. Lund", doc.Person),
		article("c", "Ivo Lund", doc.Person))
	assert.Equal(t, got["c"]["Ivo Lund"], got["a"]["Ivo 'Tiger' Lund"], "a nickname in quotes is no middle name; an untyped name joins too")
	assert.Equal(t, got["c"]["Ivo Lund"], got["b"]["Ivo P. Lund"])

	got = ids(
		article("a", "Lena P. Ostrom", doc.Person),
		article("b", "Lena T. Ostrom", doc.Person),
		article("c", "Lena Ostrom", doc.Person),
		article("d", "Lena Ostrom", doc.Organization))
	assert.NotEqual(t, got["a"]["Lena P. Ostrom"], got["b"]["Lena T. Ostrom"], "two initials, two persons")
	assert.Equal(t, "lena-ostrom", got["c"]["Lena Ostrom"], "the short name could be either")
}

func TestTheLastWordOfATeamNameJoinsItWhereItsArticlesPointThere(t *testing.T) {
	got := ids(
		article("a", "Dayton Falcons", doc.Organization, "Quentin Marsh", doc.Person),
		article("b", "Falcons", doc.Organization, "Quentin Marsh", doc.Person))
	assert.Equal(t, "dayton-falcons", got["b"]["Falcons"], "its article names Quentin Marsh, as the Dayton Falcons' does")

	got = ids(
		article("a", "Dayton Falcons", doc.Organization, "Quentin Marsh", doc.Person),
		article("c", "Falcons", doc.Organization, "Ezra Pohl", doc.Person))
	assert.Equal(t, "falcons", got["c"]["Falcons"], "nothing around it points to Dayton")
}

func TestASurnameMoreArticlesUseAloneJoinsTheFullNameItsArticlesPointTo(t *testing.T) {
	got := ids(
		article("a", "Greta Lindqvist", doc.Person, "Harwick Clinic", doc.Organization),
		article("b", "Lindqvist", doc.Person, "Harwick Clinic", doc.Organization),
		article("c", "Lindqvist", doc.Person, "Harwick Clinic", doc.Organization))
	assert.Equal(t, "greta-lindqvist", got["b"]["Lindqvist"])
	assert.Equal(t, "greta-lindqvist", got["c"]["Lindqvist"])
}

func TestAnAcronymJoinsTheFullNameItsArticlesPointTo(t *testing.T) {
	got := ids(
		article("a", "Nordic Water Council", doc.Organization, "Tarvik", doc.Place),
		article("b", "NWC", doc.Organization, "Tarvik", doc.Place),
		article("c", "Varna Holdings, Inc.", doc.Organization),
		article("d", "Varna Holdings", doc.Organization))
	assert.Equal(t, got["a"]["Nordic Water Council"], got["b"]["NWC"])
	assert.Equal(t, got["c"]["Varna Holdings, Inc."], got["d"]["Varna Holdings"], "the comma before a legal suffix")

	got = ids(
		article("a", "Nordic Water Council", doc.Organization, "Tarvik", doc.Place),
		article("b", "NWC", doc.Organization, "Harlow", doc.Place))
	assert.NotEqual(t, got["a"]["Nordic Water Council"], got["b"]["NWC"], "nothing around it points to the council")
}

func TestAnAcronymIsItsExpansionNotANameOpeningWithIt(t *testing.T) {
	got := ids(
		article("a", "Baltic Relief Union", doc.Organization, "Tarvik", doc.Place),
		article("b", "BRU Steering Board", doc.Organization, "Tarvik", doc.Place),
		article("c", "BRU", doc.Organization, "Tarvik", doc.Place))
	assert.Equal(t, got["a"]["Baltic Relief Union"], got["c"]["BRU"], "the board is a part of the union, not it")

	got = ids(
		article("a", "North Varno Isles", doc.Place, "Ellis Grane", doc.Person),
		article("b", "NVI", doc.Place, "Ellis Grane", doc.Person))
	assert.Equal(t, got["a"]["North Varno Isles"], got["b"]["NVI"], "a place's initials too")

	got = ids(
		article("a", "Baltic Relief Union", doc.Organization, "Tarvik", doc.Place),
		article("b", "BRU", doc.Organization, "Tarvik", doc.Place),
		article("c", "BRU", doc.Organization, "Tarvik", doc.Place),
		article("d", "BRU Steering Board", doc.Organization, "Tarvik", doc.Place))
	assert.NotEqual(t, got["a"]["Baltic Relief Union"], got["b"]["BRU"], "more articles use the acronym than the name it would win for")

	got = ids(
		article("a", "Ohne Hills", doc.Place, "Ellis Grane", doc.Person),
		article("b", "OH", doc.Place, "Ellis Grane", doc.Person))
	assert.NotEqual(t, got["a"]["Ohne Hills"], got["b"]["OH"], "two capitals of a place may be a state's code")

	got = ids(
		article("a", "Baltic Relief Union", doc.Organization, "Tarvik", doc.Place),
		article("b", "Bergen Rowing Union", doc.Organization, "Tarvik", doc.Place),
		article("c", "BRU", doc.Organization, "Tarvik", doc.Place))
	assert.NotEqual(t, got["a"]["Baltic Relief Union"], got["c"]["BRU"], "two full names have its initials")
	assert.NotEqual(t, got["b"]["Bergen Rowing Union"], got["c"]["BRU"])
}

func TestAFirstNameAndSurnameGivenApartAreThePersonWithBoth(t *testing.T) {
	got := ids(
		article("a", "Rosa Kettil", doc.Person),
		article("b", "Anton Kettil", doc.Person),
		article("c", "Rosa", doc.Person, "Kettil", doc.Person),
		article("d", "Kettil", doc.Person))
	assert.Equal(t, "rosa-kettil", got["c"]["Kettil"], "the article also says Rosa: Rosa Kettil, not Anton")
	assert.Equal(t, "rosa-kettil", got["c"]["Rosa"])
	assert.Equal(t, "kettil", got["d"]["Kettil"], "alone, it could be either")
}

func TestShortFirstNameIsTheFullOnesPerson(t *testing.T) {
	got := ids(
		article("a", "Ben Halloran", doc.Person),
		article("b", "Benjamin T. Halloran", doc.Person),
		article("c", "Sam Whitlock", doc.Person),
		article("d", "Samantha Whitlock", doc.Person),
		article("e", "Ben Okoro", doc.Person),
		article("f", "Benjamin Okoro", doc.Person))
	assert.Equal(t, got["a"]["Ben Halloran"], got["b"]["Benjamin T. Halloran"], "Ben is Benjamin's short form")
	assert.Equal(t, got["e"]["Ben Okoro"], got["f"]["Benjamin Okoro"], "with no middle name given either")
	assert.NotEqual(t, got["c"]["Sam Whitlock"], got["d"]["Samantha Whitlock"], "a man's name is no short form of a woman's")

	got = ids(
		article("a", "Dan Ferreira", doc.Person),
		article("b", "Daniel Ferreira", doc.Person),
		article("c", "Danny Ferreira", doc.Person))
	assert.NotEqual(t, got["a"]["Dan Ferreira"], got["b"]["Daniel Ferreira"], "Dan could be Daniel or Danny")
}

func TestAFirmsNameWithAndWithoutItsInnerSpacesIsOneFirm(t *testing.T) {
	got := ids(
		article("a", "Brightwave", doc.Organization),
		article("b", "Bright Wave", doc.Organization),
		article("c", "Bright-Wave Inc.", doc.Organization),
		article("d", "Bright Wave", doc.Place),
		article("e", "Bright Wave", doc.Place))
	assert.Equal(t, got["a"]["Brightwave"], got["b"]["Bright Wave"])
	assert.Equal(t, got["a"]["Brightwave"], got["c"]["Bright-Wave Inc."])
	assert.NotEqual(t, got["a"]["Brightwave"], got["d"]["Bright Wave"], "a place written so is not the firm")
}

func TestAPoliceDepartmentIsItsTownsPolice(t *testing.T) {
	got := ids(
		article("a", "Harwick Police Department", doc.Organization),
		article("b", "Harwick Police", doc.Organization),
		article("c", "Harwick", doc.Organization),
		article("d", "Police Service", doc.Organization),
		article("e", "Police", doc.Organization))
	assert.Equal(t, got["a"]["Harwick Police Department"], got["b"]["Harwick Police"], "the unit word after the body noun is not part of the name")
	assert.NotEqual(t, got["b"]["Harwick Police"], got["c"]["Harwick"], "the town alone is not its police")
	assert.NotEqual(t, got["d"]["Police Service"], got["e"]["Police"], "a body noun alone is no name to shorten")
}
