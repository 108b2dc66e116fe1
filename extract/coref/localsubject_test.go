package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// An object pronoun is not the subject of its own clause (binding
// principle B), also when that subject is a pronoun placed before it, or
// the owner of a gerund ("Berg's calling him"), which the parse hangs
// under another clause.
func TestAnObjectPronounIsNotAPronounSubjectOfItsClause(t *testing.T) {
	names := map[string]doc.EntityType{"Ivar Berg": doc.Person, "Dag Lund": doc.Person}
	d := doctest.Parsed(t, "Ivar Berg met Dag Lund on Monday. He thanked him for the help.", names)
	resolve(d)
	assert.Equal(t, "Ivar Berg", doctest.EntityOf(d, "He", 0))
	assert.Equal(t, "Dag Lund", doctest.EntityOf(d, "him", 0), "'He thanked him': not whom 'He' is")
}

func TestAnObjectPronounOfAGerundIsNotItsOwner(t *testing.T) {
	names := map[string]doc.EntityType{"Ivar Berg": doc.Person, "Tom Hale": doc.Person}
	d := doctest.Parsed(t, "Tom Hale complained of Ivar Berg's calling him a fraud in public.", names)
	resolve(d)
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "him", 0), "Berg calls, so 'him' is not Berg")
}

// What someone is told leaves its subject pronoun uncertain (the teller
// or the one told), so it rules out no one for the object pronoun.
func TestAnObjectPronounInWhatOneIsToldKeepsEveryone(t *testing.T) {
	names := map[string]doc.EntityType{"Ivar Berg": doc.Person, "Dag Lund": doc.Person}
	d := doctest.Parsed(t, "Dag Lund lost his job in May. He flew to Oslo to meet with Ivar Berg, who had told Lund he would help him with housing.", names)
	resolve(d)
	assert.Equal(t, "Dag Lund", doctest.EntityOf(d, "him", 0))
}
