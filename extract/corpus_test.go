package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// linkedEntities resolves names in several documents through one corpus
// and returns each document's entities by name.
func linkedEntities(t *testing.T, c *Corpus, docs ...map[string]EntityType) []map[string]Entity {
	t.Helper()
	var out []map[string]Entity
	for _, names := range docs {
		text := ""
		for n := range names {
			text += n + " spoke. "
		}
		d := docWithNames(t, text, names)
		Resolve(d)
		c.Link(d)
		ents := map[string]Entity{}
		for _, e := range d.Entities {
			ents[e.Name] = e
		}
		out = append(out, ents)
	}
	return out
}

// linked is linkedEntities, returning the id each name got.
func linked(t *testing.T, c *Corpus, docs ...map[string]EntityType) []map[string]string {
	t.Helper()
	var out []map[string]string
	for _, ents := range linkedEntities(t, c, docs...) {
		ids := map[string]string{}
		for n, e := range ents {
			ids[n] = e.ID
		}
		out = append(out, ids)
	}
	return out
}

func TestCorpusJoinsNameVariantsAcrossDocuments(t *testing.T) {
	c := NewCorpus()
	ids := linked(t, c,
		map[string]EntityType{"Mary Barra": Person, "General Motors Corporation": Organization},
		map[string]EntityType{"Barra": Person, "General Motors": Organization},
		map[string]EntityType{"Boeing Commercial Airplanes": Organization},
		map[string]EntityType{"Boeing": Organization})
	assert.Equal(t, "mary-barra", ids[1]["Barra"])
	assert.Equal(t, "general-motors-corporation", ids[1]["General Motors"])
	assert.Equal(t, "boeing-commercial-airplanes", ids[3]["Boeing"])
}

func TestCorpusKeepsAmbiguityAndTypes(t *testing.T) {
	c := NewCorpus()
	ids := linked(t, c,
		map[string]EntityType{"John Smith": Person},
		map[string]EntityType{"Anna Smith": Person},
		map[string]EntityType{"Smith": Person},
		map[string]EntityType{"Jordan": Place},
		map[string]EntityType{"Jordan": Person})
	assert.Equal(t, "smith", ids[2]["Smith"], "two Smiths are known: no merge")
	assert.Equal(t, "jordan", ids[3]["Jordan"])
	assert.Equal(t, "jordan-person", ids[4]["Jordan"], "a person named like a country is another entity")
}

func TestCorpusRecordsWhy(t *testing.T) {
	c := NewCorpus()
	c.Add("ada-lovelace", "Ada Lovelace", Person, nil)
	d := docWithNames(t, "Lovelace wrote notes.", map[string]EntityType{"Lovelace": Person})
	Resolve(d)
	c.Link(d)
	assert.Equal(t, "ada-lovelace", d.Entities[0].ID)
	assert.Contains(t, d.Entities[0].Merge, "Ada Lovelace")
}

// linkedTypes is linkedEntities, returning the type each name got.
func linkedTypes(t *testing.T, c *Corpus, docs ...map[string]EntityType) []map[string]EntityType {
	t.Helper()
	var out []map[string]EntityType
	for _, ents := range linkedEntities(t, c, docs...) {
		types := map[string]EntityType{}
		for n, e := range ents {
			types[n] = e.Type
		}
		out = append(out, types)
	}
	return out
}

func TestCorpusTypeVotesCorrectAStrayType(t *testing.T) {
	c := NewCorpus()
	person := map[string]EntityType{"Rosalind Achebe": Person}
	types := linkedTypes(t, c, person, person, person,
		map[string]EntityType{"Rosalind Achebe": Organization},
		map[string]EntityType{"Rosalind Achebe": Other})
	assert.Equal(t, Person, types[3]["Rosalind Achebe"], "three documents say person")
	assert.Equal(t, Person, types[4]["Rosalind Achebe"])

	c = NewCorpus()
	types = linkedTypes(t, c, person, person, map[string]EntityType{"Rosalind Achebe": Organization})
	assert.Equal(t, Organization, types[2]["Rosalind Achebe"], "two votes are too few to overrule")
}

func TestCorpusTypeVotesNeverSwapPlaceAndOrganisation(t *testing.T) {
	c := NewCorpus()
	place := map[string]EntityType{"Norland": Place}
	types := linkedTypes(t, c, place, place, place, place, map[string]EntityType{"Norland": Organization})
	assert.Equal(t, Organization, types[4]["Norland"], "the country's team is an organisation")
}

func TestCorpusTypeVotesRetypeAOneWordPerson(t *testing.T) {
	c := NewCorpus()
	org := map[string]EntityType{"Velmora": Organization}
	types := linkedTypes(t, c, org, org, org, map[string]EntityType{"Velmora": Person})
	assert.Equal(t, Organization, types[3]["Velmora"], "a company the tagger once took for a person")

	c = NewCorpus()
	org = map[string]EntityType{"Velmora Works": Organization}
	types = linkedTypes(t, c, org, org, org, map[string]EntityType{"Velmora Works": Person})
	assert.Equal(t, Person, types[3]["Velmora Works"], "a longer name keeps its person type")
}
