package link

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// linkedEntities resolves names in several documents through one corpus
// and returns each document's entities by name.
func linkedEntities(t *testing.T, c *Corpus, docs ...map[string]doc.EntityType) []map[string]doc.Entity {
	t.Helper()
	var out []map[string]doc.Entity
	for _, names := range docs {
		text := ""
		for n := range names {
			text += n + " spoke. "
		}
		d := doctest.WithEntities(t, text, names)
		c.Link(d)
		ents := map[string]doc.Entity{}
		for _, e := range d.Entities {
			ents[e.Name] = e
		}
		out = append(out, ents)
	}
	return out
}

// linked is linkedEntities, returning the id each name got.
func linked(t *testing.T, c *Corpus, docs ...map[string]doc.EntityType) []map[string]string {
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
		map[string]doc.EntityType{"Mary Barra": doc.Person, "General Motors Corporation": doc.Organization},
		map[string]doc.EntityType{"Barra": doc.Person, "General Motors": doc.Organization},
		map[string]doc.EntityType{"Boeing Commercial Airplanes": doc.Organization},
		map[string]doc.EntityType{"Boeing": doc.Organization})
	assert.Equal(t, "mary-barra", ids[1]["Barra"])
	assert.Equal(t, "general-motors-corporation", ids[1]["General Motors"])
	assert.Equal(t, "boeing-commercial-airplanes", ids[3]["Boeing"])
}

func TestCorpusKeepsAmbiguityAndTypes(t *testing.T) {
	c := NewCorpus()
	ids := linked(t, c,
		map[string]doc.EntityType{"John Smith": doc.Person},
		map[string]doc.EntityType{"Anna Smith": doc.Person},
		map[string]doc.EntityType{"Smith": doc.Person},
		map[string]doc.EntityType{"Jordan": doc.Place},
		map[string]doc.EntityType{"Jordan": doc.Person})
	assert.Equal(t, "smith", ids[2]["Smith"], "two Smiths are known: no merge")
	assert.Equal(t, "jordan", ids[3]["Jordan"])
	assert.Equal(t, "jordan-person", ids[4]["Jordan"], "a person named like a country is another entity")
}

func TestCorpusRecordsWhy(t *testing.T) {
	c := NewCorpus()
	c.Add("ada-lovelace", "Ada Lovelace", doc.Person, nil)
	d := doctest.WithEntities(t, "Lovelace wrote notes.", map[string]doc.EntityType{"Lovelace": doc.Person})
	c.Link(d)
	assert.Equal(t, "ada-lovelace", d.Entities[0].ID)
	assert.Contains(t, d.Entities[0].Merge, "Ada Lovelace")
}

// linkedTypes is linkedEntities, returning the type each name got.
func linkedTypes(t *testing.T, c *Corpus, docs ...map[string]doc.EntityType) []map[string]doc.EntityType {
	t.Helper()
	var out []map[string]doc.EntityType
	for _, ents := range linkedEntities(t, c, docs...) {
		types := map[string]doc.EntityType{}
		for n, e := range ents {
			types[n] = e.Type
		}
		out = append(out, types)
	}
	return out
}

func TestCorpusTypeVotesCorrectAStrayType(t *testing.T) {
	c := NewCorpus()
	person := map[string]doc.EntityType{"Rosalind Achebe": doc.Person}
	types := linkedTypes(t, c, person, person, person,
		map[string]doc.EntityType{"Rosalind Achebe": doc.Organization},
		map[string]doc.EntityType{"Rosalind Achebe": doc.Other})
	assert.Equal(t, doc.Person, types[3]["Rosalind Achebe"], "three documents say person")
	assert.Equal(t, doc.Person, types[4]["Rosalind Achebe"])

	c = NewCorpus()
	types = linkedTypes(t, c, person, person, map[string]doc.EntityType{"Rosalind Achebe": doc.Organization})
	assert.Equal(t, doc.Organization, types[2]["Rosalind Achebe"], "two votes are too few to overrule")
}

func TestCorpusTypeVotesNeverSwapPlaceAndOrganisation(t *testing.T) {
	c := NewCorpus()
	place := map[string]doc.EntityType{"Norland": doc.Place}
	types := linkedTypes(t, c, place, place, place, place, map[string]doc.EntityType{"Norland": doc.Organization})
	assert.Equal(t, doc.Organization, types[4]["Norland"], "the country's team is an organisation")
}

func TestCorpusTypeVotesRetypeAOneWordPerson(t *testing.T) {
	c := NewCorpus()
	org := map[string]doc.EntityType{"Velmora": doc.Organization}
	types := linkedTypes(t, c, org, org, org, map[string]doc.EntityType{"Velmora": doc.Person})
	assert.Equal(t, doc.Organization, types[3]["Velmora"], "a company the tagger once took for a person")

	c = NewCorpus()
	org = map[string]doc.EntityType{"Velmora Works": doc.Organization}
	types = linkedTypes(t, c, org, org, org, map[string]doc.EntityType{"Velmora Works": doc.Person})
	assert.Equal(t, doc.Person, types[3]["Velmora Works"], "a longer name keeps its person type")
}
