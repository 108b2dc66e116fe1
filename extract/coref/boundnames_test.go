package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

var amblers = map[string]doc.EntityType{"Ruth Ambler": doc.Person, "Colin Ambler": doc.Person, "Ambler": doc.Person}

func TestASharedSurnameIsThePersonOfTheGenderOfItsBoundPronoun(t *testing.T) {
	for _, text := range []string{
		// the pronoun is the subject of the clause the name's verb governs
		"Ruth Ambler and Colin Ambler run the farm. Ruth Ambler keeps the books and Colin Ambler drives. Ambler said that she had sold the barn.",
		// the pronoun is in a clause on the noun the name possesses
		"Ruth Ambler and Colin Ambler run the farm. Ruth Ambler keeps the books and Colin Ambler drives. Ambler's story that she had sold the barn was false.",
		// a possessive in the name's own clause
		"Ruth Ambler and Colin Ambler run the farm. Ruth Ambler keeps the books and Colin Ambler drives. Ambler sold her share of the barn.",
	} {
		d := doctest.Parsed(t, text, amblers)
		resolve(d)
		assert.Equal(t, "ruth-ambler", entityOfMention(t, d, "Ambler").ID, text)
	}
}

func TestASharedSurnameStaysUnplacedWithoutABoundPronoun(t *testing.T) {
	for _, text := range []string{
		// the pronoun is the object: someone else
		"Ruth Ambler and Colin Ambler run the farm. Ruth Ambler keeps the books and Colin Ambler drives. Ambler thanked her for the loan.",
		// the nearest subject above the pronoun is someone else
		"Ruth Ambler and Colin Ambler run the farm. Ruth Ambler keeps the books and Colin Ambler drives. Ambler's lawyer said that she had sold the barn.",
	} {
		d := doctest.Parsed(t, text, amblers)
		resolve(d)
		amb := entityOfMention(t, d, "Ambler")
		assert.True(t, amb.Ambiguous(), text)
	}
}
