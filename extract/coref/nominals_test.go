package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// The tests of how descriptions join names run on parsed documents: the
// nominal candidates take their extents from the parse.

func TestDescriptionWithANameIsNotTheLastCompany(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel Foods bought a flour mill. The Oslo firm that sold it was glad.",
		map[string]doc.EntityType{"Kestrel Foods": doc.Organization, "Oslo": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Kestrel Foods", doctest.EntityOf(d, "The Oslo firm", 0), "the name says which firm it is")
}

func TestDescriptionBeforeANameIsThatName(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel analyst Ana Ruiz said prices rose. Critics of analyst Ana Ruiz disagreed. "+
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
	d := doctest.Parsed(t, "Shares fell after Kestrel CEO Ana Ruiz resigned.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "Kestrel CEO Ana Ruiz", 0))
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "Kestrel", 0), "the company stays a mention of its own")
}

func TestAppositiveDescriptionJoinsTheName(t *testing.T) {
	d := doctest.Parsed(t, "Prices rose at Kestrel, a software firm in Oslo, on Monday. "+
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
	d := doctest.Parsed(t, "Kestrel remains the largest software firm in Oslo. Ana Ruiz is a firm believer in rules.",
		map[string]doc.EntityType{"Kestrel": doc.Organization, "Oslo": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "the largest software firm in Oslo", 0))
}

func TestDescribedNameTakesNoAdverbial(t *testing.T) {
	d := doctest.Parsed(t, "Varga met coach Ana Ruiz in Oslo. Ruiz met analyst Ola Berg",
		map[string]doc.EntityType{"Varga": doc.Person, "Ana Ruiz": doc.Person, "Oslo": doc.Place, "Ruiz": doc.Person, "Ola Berg": doc.Person})
	resolve(d)
	for _, m := range d.Mentions {
		assert.NotContains(t, m.Text, "in Oslo", "a place after the name is the verb's, not the description's")
	}
	assert.Equal(t, "Ola Berg", doctest.EntityOf(d, "analyst Ola Berg", 0), "a name at the end of the text")
}

func TestParsedCopulaLinksTheSubjectAcrossAClause(t *testing.T) {
	d := doctest.Tree(t, "Kestrel/PROPN/NNP/10/nsubj ,/PUNCT/,/3/punct founded/VERB/VBN/1/acl in/ADP/IN/5/case 1990/NUM/CD/3/obl "+
		",/PUNCT/,/3/punct is/AUX/VBZ/10/cop the/DET/DT/10/det largest/ADJ/JJS/10/amod firm/NOUN/NN/0/root "+
		"in/ADP/IN/12/case Oslo/PROPN/NNP/10/nmod ./PUNCT/./10/punct")
	doctest.Names(d, map[string]doc.EntityType{"Kestrel": doc.Organization, "Oslo": doc.Place})
	resolve(d)
	assert.Equal(t, "Kestrel", doctest.EntityOf(d, "the largest firm in Oslo", 0))

	d = doctest.Tree(t, "Kestrel/PROPN/NNP/6/nsubj is/AUX/VBZ/6/cop not/PART/RB/6/advmod the/DET/DT/6/det largest/ADJ/JJS/6/amod "+
		"firm/NOUN/NN/0/root ./PUNCT/./6/punct")
	doctest.Names(d, map[string]doc.EntityType{"Kestrel": doc.Organization})
	resolve(d)
	assert.NotEqual(t, "Kestrel", doctest.EntityOf(d, "the largest firm", 0), "a denied predicate says who it is not")
}

func TestParsedAppositionLinksTheName(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/3/det firm/NOUN/NN/3/nmod:poss founder/NOUN/NN/8/nsubj ,/PUNCT/,/6/punct Ana/PROPN/NNP/6/compound "+
		"Ruiz/PROPN/NNP/3/appos ,/PUNCT/,/3/punct resigned/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "The firm founder", 0))
}

func TestTitleGivesARoleADescriptionTakesUp(t *testing.T) {
	d := doctest.Parsed(t, "Sen. Ana Ruiz attacked Ola Berg on Monday. The Oslo senator said he had lied.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Ola Berg": doc.Person, "Oslo": doc.Place})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "The Oslo senator", 0), "the senator is the one titled so")
	assert.Contains(t, d.Entities[entityNamed(d, "Ana Ruiz")].Roles, "senator")

	d = doctest.Parsed(t, "Ana Ruiz attacked Ola Berg on Monday. The Oslo senator said he had lied.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Ola Berg": doc.Person, "Oslo": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "The Oslo senator", 0), "no one was said to be a senator")
}

func entityNamed(d *doc.Document, name string) int {
	for e := range d.Entities {
		if d.Entities[e].Name == name {
			return e
		}
	}
	return -1
}

func TestInstitutionNounNeedsAnInstitutionOfItsKind(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel Press reported the vote on Monday. The party said it would appeal. "+
		"Ardent Labs cut jobs. The company said sales fell.",
		map[string]doc.EntityType{"Kestrel Press": doc.Organization, "Ardent Labs": doc.Organization})
	resolve(d)
	assert.NotEqual(t, "Kestrel Press", doctest.EntityOf(d, "The party", 0), "a news agency is no party")
	assert.Equal(t, "Ardent Labs", doctest.EntityOf(d, "The company", 0), "any firm is a company")

	d = doctest.Parsed(t, "The Green Party won the vote in Oslo. The party said it would govern.",
		map[string]doc.EntityType{"Green Party": doc.Organization, "Oslo": doc.Place})
	resolve(d)
	assert.Equal(t, "Green Party", doctest.EntityOf(d, "The party", 0))
}

func TestADescriptionWhosePredicateIsANameIsThatName(t *testing.T) {
	d := doctest.Parsed(t, "Voters met on Sunday. The strongest candidate in the race is Ana Ruiz.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "The strongest candidate in the race", 0))
	d = doctest.Parsed(t, "Voters met on Sunday. The strongest candidate in the race is not Ana Ruiz.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "The strongest candidate in the race", 0), "a denied predicate says who it is not")
}

func TestATitleBeforeANameIsThatPerson(t *testing.T) {
	d := doctest.Parsed(t, "Former Secretary of State Ana Ruiz spoke on Monday.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "Former Secretary of State Ana Ruiz", 0))
	d = doctest.Parsed(t, "Voters said they had been a fan of Ana Ruiz for years.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "a fan of Ana Ruiz", 0), "a fan of someone is someone else")
}

func TestABarePluralFarFromTheLastIsAnotherGroup(t *testing.T) {
	text := "Farmers sold grain in Kessel on Monday. Farmers left early. Prices rose. The mill closed. Trucks waited. " +
		"Rain fell in Holm. Farmers protested on Tuesday."
	d := doctest.Parsed(t, text, map[string]doc.EntityType{"Kessel": doc.Place, "Holm": doc.Place})
	resolve(d)
	var farmers []int
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Text == "Farmers" {
			farmers = append(farmers, m.Entity)
		}
	}
	if !assert.Len(t, farmers, 3) {
		return
	}
	assert.Equal(t, farmers[0], farmers[1], "the next sentence: the same farmers")
	assert.NotEqual(t, farmers[1], farmers[2], "five sentences on, a bare plural is another group")
}
