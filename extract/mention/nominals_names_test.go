package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestMergeKeepsTheChunkersModifiers(t *testing.T) {
	d := nominalDoc(t, "The mill laid off seasonal workers and spoke among subcontractors yesterday.")
	at := func(w string) int { return tokenAt(t, d, w) }
	tagged := []doc.NominalMention{
		describeNominal(d, at("workers"), at("workers")+1, doc.Person),
		describeNominal(d, at("subcontractors"), at("subcontractors")+1, doc.Person),
	}
	chunked := []doc.NominalMention{
		describeNominal(d, at("seasonal"), at("workers")+1, doc.Person),
		describeNominal(d, at("among"), at("subcontractors")+1, doc.Person),
	}
	got := nominalTexts(d, mergeNominals(d, tagged, chunked, map[[2]int]bool{}))
	assert.Contains(t, got, "seasonal workers", "the modifier the tagger left out is kept")
	assert.NotContains(t, got, "workers")
	assert.Contains(t, got, "subcontractors", "a preposition is no modifier")
	assert.NotContains(t, got, "among subcontractors")
}

func TestDescriptionWithANameIsNotTheLastCompany(t *testing.T) {
	d := doctest.WithNames(t, "Kestrel Foods bought a flour mill. The Oslo firm that sold it was glad.",
		map[string]doc.EntityType{"Kestrel Foods": doc.Organization, "Oslo": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Kestrel Foods", doctest.EntityOf(d, "The Oslo firm", 0), "the name says which firm it is")
}

func TestDescriptionBeforeANameIsThatName(t *testing.T) {
	d := doctest.WithNames(t, "Kestrel analyst Ana Ruiz said prices rose. Critics of analyst Ana Ruiz disagreed. "+
		"Rivals Kestrel and Ardent Labs merged.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Ana Ruiz": doc.Person, "Ardent Labs": doc.Organization})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "Kestrel analyst Ana Ruiz", 0), "the description joins the name it describes")
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "Ana Ruiz", 0), "the name keeps its own mention")
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Entity >= 0 && d.Entities[m.Entity].Name == "Ana Ruiz" {
			assert.NotContains(t, m.Text, "Critics", "critics of someone are not that someone")
		}
		if m.Kind == doc.Nominal && m.Entity >= 0 && d.Entities[m.Entity].Name == "Ardent Labs" {
			assert.NotContains(t, m.Text, "Rivals", "a plural description names two")
		}
	}
}

func TestOfficerTitleBeforeANameHeadsTheDescription(t *testing.T) {
	d := doctest.WithNames(t, "Shares fell after Kestrel CEO Ana Ruiz resigned.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "Kestrel CEO Ana Ruiz", 0))
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "Kestrel", 0), "the company stays a mention of its own")
}

func TestAppositiveDescriptionJoinsTheName(t *testing.T) {
	d := doctest.WithNames(t, "Prices rose at Kestrel, a software firm in Oslo, on Monday. "+
		"A rival firm, Holm, cut prices. Kestrel, Holm, a baker and Ardent Labs met.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Oslo": doc.Place, "Holm": doc.Organization, "Ardent Labs": doc.Organization})
	resolve(d)
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "a software firm in Oslo", 0), "name, description,")
	assert.Equal(t, "Holm", doctest.EntityOf(d, "A rival firm", 0), "description, name,")
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Text == "a baker" && m.Entity >= 0 {
			assert.NotEqual(t, "Holm", d.Entities[m.Entity].Name, "an item of a list is no apposition")
		}
	}
}

func TestCopulaComplementIsTheSubject(t *testing.T) {
	d := doctest.WithNames(t, "Kestrel remains the largest software firm in Oslo. Ana Ruiz is a firm believer in rules.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Oslo": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "the largest software firm in Oslo", 0))
}

func TestCompoundModifiersAfterAnArticle(t *testing.T) {
	d := nominalDoc(t, "Officials met a market research firm on Monday. The firm fired workers. The plant employs engineers.")
	got := nominalTexts(d, FindNominals(d))
	assert.Contains(t, got, "a market research firm")
	assert.NotContains(t, got, "The firm fired workers", "a past form inside is the verb")
	assert.NotContains(t, got, "The plant employs engineers", "so is an -s form")
}

func TestQuantifiersOpenThePhrase(t *testing.T) {
	d := nominalDoc(t, "The town has too many dealers. Several junior doctors quit.")
	got := nominalTexts(d, FindNominals(d))
	assert.Contains(t, got, "too many dealers", "the degree word belongs to the quantifier")
	assert.Contains(t, got, "Several junior doctors", "a modifier after a quantifier")
}

func TestDescribedNameTakesNoAdverbial(t *testing.T) {
	d := doctest.WithNames(t, "Varga met coach Ana Ruiz in Oslo. Ruiz met analyst Ola Berg",
		map[string]doc.EntityType{"Varga": doc.Person, "Ana Ruiz": doc.Person, "Oslo": doc.Place, "Ruiz": doc.Person, "Ola Berg": doc.Person})
	resolve(d)
	for _, m := range d.Mentions {
		assert.NotContains(t, m.Text, "in Oslo", "a place after the name is the verb's, not the description's")
	}
	assert.Equal(t, "Ola Berg", doctest.EntityOf(d, "analyst Ola Berg", 0), "a name at the end of the text")
}
