package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestHeOrSheIsNoNamedPerson(t *testing.T) {
	d := doctest.Parsed(t, "Anna Reyes and Paul Kent are running for mayor. Whoever wins, he or she will face a large deficit.",
		map[string]doc.EntityType{"Anna Reyes": doc.Person, "Paul Kent": doc.Person})
	resolve(d)
	assert.Equal(t, "", doctest.EntityOf(d, "he", 0), "he or she is anyone who wins")
	assert.Equal(t, "", doctest.EntityOf(d, "she", 0), "he or she is anyone who wins")
}

func TestWhoAfterAnOfPhraseIsItsNearestNoun(t *testing.T) {
	d := doctest.Parsed(t, "Relatives of miners who died in the flood met the governor on Tuesday.", nil)
	resolve(d)
	assert.NotEqual(t, doctest.EntityOf(d, "Relatives", 0), doctest.EntityOf(d, "who", 0), "the miners died, not their relatives")
}

func TestWhoAfterANationalityInADescriptionIsTheNationality(t *testing.T) {
	d := doctest.Parsed(t, "The minister visited parents of Canadians who were hurt in the crash.",
		map[string]doc.EntityType{"Canadians": doc.Other})
	resolve(d)
	assert.Equal(t, "Canadians", doctest.EntityOf(d, "who", 0), "the Canadians were hurt, not their parents")
}

func TestWhoAfterABodyNamedInTheSingularIsLeftToTheDescription(t *testing.T) {
	d := doctest.Parsed(t, "The senator met three members of the Freedom Caucus who voted against the bill.",
		map[string]doc.EntityType{"Freedom Caucus": doc.Other})
	resolve(d)
	assert.NotEqual(t, "Freedom Caucus", doctest.EntityOf(d, "who", 0), "the members voted; a caucus is one body")
}

func TestWhoOnAPredicateNounIsTheSubject(t *testing.T) {
	d := doctest.Parsed(t, "Tom Reed is a liar, a bully and a cheat who has repeatedly promised to close the border.",
		map[string]doc.EntityType{"Tom Reed": doc.Person})
	resolve(d)
	assert.Equal(t, "Tom Reed", doctest.EntityOf(d, "who", 0), "the predicate describes Reed, and so does its clause")
}

func TestWhoOnANegatedPredicateNounIsNotTheSubject(t *testing.T) {
	d := doctest.Parsed(t, "Tom Reed is not a cheat who breaks his word.",
		map[string]doc.EntityType{"Tom Reed": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Tom Reed", doctest.EntityOf(d, "who", 0), "a cheat of that kind is what Reed is not")
}
