package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Every item of a list of predicates is the copula's subject, however the
// parse hangs the later items on the first.
func TestListedPredicatesJoinTheSubject(t *testing.T) {
	names := map[string]doc.EntityType{"Mara Lindqvist": doc.Person, "Lindqvist": doc.Person, "Tallberg": doc.Place}
	d := resolvePredicates(t, "Mara Lindqvist, the mayor of Tallberg, spoke on Monday. Lindqvist is a skilled negotiator, a stubborn optimist and a patient listener, her aides say.", names)
	assert.Equal(t, "Mara Lindqvist", doctest.EntityOf(d, "a skilled negotiator", 0))
	assert.Equal(t, "Mara Lindqvist", doctest.EntityOf(d, "a stubborn optimist", 0))
	assert.Equal(t, "Mara Lindqvist", doctest.EntityOf(d, "a patient listener", 0))
	names = map[string]doc.EntityType{"Tomas Berg": doc.Person, "Lindqvist": doc.Person}
	d = resolvePredicates(t, "Tomas Berg is a fraud, a coward and a bully, Lindqvist said.", names)
	assert.Equal(t, "Tomas Berg", doctest.EntityOf(d, "a coward", 0))
}

// An item that is negated, or a list that is not asserted, says nothing
// of who the subject is.
func TestListedPredicatesNotAsserted(t *testing.T) {
	names := map[string]doc.EntityType{"Tomas Berg": doc.Person}
	d := resolvePredicates(t, "If Tomas Berg were a banker, a coward and a thief, nobody would vote for him.", names)
	assert.NotEqual(t, "Tomas Berg", doctest.EntityOf(d, "a coward", 0))
	d = resolvePredicates(t, "Tomas Berg is at the brink of winning the title and still none of his rivals, for all their envy, are challenging him.", names)
	assert.NotEqual(t, "Tomas Berg", doctest.EntityOf(d, "none of his rivals", 0), "a prepositional predicate is no list of descriptions")
}

// A later item of an apposition joined by "and" is the name the
// apposition stands by; after a comma, the "and" adds someone else.
func TestListedAppositionJoinsTheName(t *testing.T) {
	names := map[string]doc.EntityType{"Elin Sand": doc.Person, "Sand": doc.Person, "Harald Moe": doc.Person}
	d := resolvePredicates(t, "Elin Sand, a former aide to Harald Moe and now the treasurer of the farmers' union, said the vote was rigged.", names)
	assert.Equal(t, "Elin Sand", doctest.EntityOf(d, "the treasurer of the farmers' union", 0))
	d = resolvePredicates(t, "Elin Sand, a retired teacher, and her neighbour signed the letter on Friday.", names)
	assert.NotEqual(t, "Elin Sand", doctest.EntityOf(d, "her neighbour", 0))
}

// A list after "as" describes whom its first item does.
func TestListedAsPhraseJoinsItsPerson(t *testing.T) {
	names := map[string]doc.EntityType{"Elin Sand": doc.Person}
	d := resolvePredicates(t, "Elin Sand worked for years as a teacher, a nurse and a farmer.", names)
	assert.Equal(t, "Elin Sand", doctest.EntityOf(d, "a nurse", 0))
	assert.Equal(t, "Elin Sand", doctest.EntityOf(d, "a farmer", 0))
}

// A verb opened by "when" or a conjunction is a clause set before the
// main one: a noun after its comma may be the main clause's subject
// ("When Ms. Holm was revealed as a donor, a columnist for Vexa said"),
// which the parse may hang on the "as" phrase as an apposition.
func TestSubordinateClauseOfAnAsPhrase(t *testing.T) {
	d := doctest.Parsed(t, "When Tomas Berg was named as a delegate, a reporter said he was ashamed.", map[string]doc.EntityType{"Tomas Berg": doc.Person})
	assert.True(t, subordinate(d, wordOf(d, "named")))
	d = doctest.Parsed(t, "Tomas Berg was named as a delegate in May.", map[string]doc.EntityType{"Tomas Berg": doc.Person})
	assert.False(t, subordinate(d, wordOf(d, "named")))
}

// wordOf is the first word of d whose text is text.
func wordOf(d *doc.Document, text string) int {
	for i, w := range d.Words {
		if w.Text == text {
			return i
		}
	}
	return -1
}
