package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// resolvePredicates is resolve and then the late pass of predicates, as
// the pipeline runs it once every pronoun is placed.
func resolvePredicates(t *testing.T, text string, names map[string]doc.EntityType) *doc.Document {
	t.Helper()
	d := doctest.Parsed(t, text, names)
	resolve(d)
	JoinPredicates(d)
	return d
}

// A bare noun phrase after a verb of naming or calling says what its
// object is; in the passive, what its subject is.
func TestSecondaryPredicateIsItsObjectOrPassiveSubject(t *testing.T) {
	names := map[string]doc.EntityType{"Oskar Lind": doc.Person, "Lind": doc.Person, "Marta Ilves": doc.Person}
	d := resolvePredicates(t, "The council called Oskar Lind a reckless gambler on Monday.", names)
	assert.Equal(t, "Oskar Lind", doctest.EntityOf(d, "a reckless gambler", 0))
	d = resolvePredicates(t, "Marta Ilves joined the board in 2019. She was named chairman of the audit committee in May.", names)
	assert.Equal(t, "Marta Ilves", doctest.EntityOf(d, "chairman of the audit committee", 0))
}

// A passive verb of naming whose complement the parse takes for an object
// says it of the subject all the same.
func TestPassiveNamingVerbWithParsedObject(t *testing.T) {
	names := map[string]doc.EntityType{"Marta Ilves": doc.Person, "Ilves": doc.Person}
	d := resolvePredicates(t, "Marta Ilves spoke first. Ilves was later dubbed the quiz champion by the judges.", names)
	assert.Equal(t, "Marta Ilves", doctest.EntityOf(d, "the quiz champion", 0))
}

// "become" links its subject to the phrase as a copula does, however far
// apart the words put them.
func TestBecomingVerbLinksItsSubject(t *testing.T) {
	d := resolvePredicates(t, "Marta Ilves on Tuesday became the first woman to run the port of Tallinn.",
		map[string]doc.EntityType{"Marta Ilves": doc.Person, "Tallinn": doc.Place})
	assert.Equal(t, "Marta Ilves", doctest.EntityOf(d, "the first woman to run the port of Tallinn", 0))
}

// An "as" phrase whose subject is a relative "who", placed only by the
// late pronouns, describes the one the clause is about.
func TestAsPhraseOfARelativeSubject(t *testing.T) {
	d := resolvePredicates(t, "Oskar Lind, who served as a fire chief in Tartu for a decade, retired on Friday.",
		map[string]doc.EntityType{"Oskar Lind": doc.Person, "Tartu": doc.Place})
	assert.Equal(t, "Oskar Lind", doctest.EntityOf(d, "a fire chief in Tartu", 0))
}

// A faith's noun typed OTHER is a person's description when it is said of
// a person, and takes the person's type.
func TestFaithNounPredicateJoinsThePerson(t *testing.T) {
	d := resolvePredicates(t, "Oskar Lind has described himself as a devout Catholic.",
		map[string]doc.EntityType{"Oskar Lind": doc.Person, "Catholic": doc.Other})
	assert.Equal(t, "Oskar Lind", doctest.EntityOf(d, "a devout Catholic", 0))
	for _, m := range d.Mentions {
		if m.Text == "a devout Catholic" {
			assert.Equal(t, doc.Person, m.Type)
		}
	}
}

// What is not asserted of the subject does not make it that one: a
// condition, a modal, a negation, a question.
func TestUnassertedPredicateStaysApart(t *testing.T) {
	names := map[string]doc.EntityType{"Oskar Lind": doc.Person, "Lind": doc.Person, "Marta Ilves": doc.Person}
	for text, desc := range map[string]string{
		"If Oskar Lind were a senator, he would vote against the bill.":     "a senator",
		"Marta Ilves could become the next mayor of the town.":              "the next mayor of the town",
		"Oskar Lind never became a partner at the firm.":                    "a partner at the firm",
		"Marta Ilves spoke on Monday. Did the board name her its chairman?": "its chairman",
		"Voters may call Oskar Lind a hero after the flood.":                "a hero after the flood",
	} {
		d := resolvePredicates(t, text, names)
		e := doctest.EntityOf(d, desc, 0)
		assert.NotContains(t, []string{"Oskar Lind", "Marta Ilves"}, e, text)
	}
}

// A question the sentence quotes does not make a predicate outside it
// unasserted: the "?" must be the predicate's own.
func TestQuotedQuestionLeavesThePredicateAsserted(t *testing.T) {
	d := resolvePredicates(t, "Oskar Lind, who served as a fire chief in Tartu for years, asked the council: \"Why did you close the station?\"",
		map[string]doc.EntityType{"Oskar Lind": doc.Person, "Tartu": doc.Place})
	assert.Equal(t, "Oskar Lind", doctest.EntityOf(d, "a fire chief in Tartu", 0))
}

// "support" is a verb whose "as" phrase describes its object, as
// "endorse" and "back" are.
func TestSupportAsDescribesTheObject(t *testing.T) {
	d := resolvePredicates(t, "Ana Ruiz has pledged to support Tom Hale as the nominee of the party.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Hale": doc.Person})
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "the nominee of the party", 0))
}

// A gerund's predicate is asserted though a preposition "to" opens it
// (only the particle "to" of an infinitive is irrealis), and the parse's
// bare nominal modifier of the verb is its second object.
func TestAGerundAfterToCallsItsObjectWhatItSays(t *testing.T) {
	names := map[string]doc.EntityType{"Tom Hale": doc.Person, "Ivar Berg": doc.Person, "Lena Ruiz": doc.Person}
	d := resolvePredicates(t, "Tom Hale objected to Ivar Berg's calling him a coward.", names)
	assert.Equal(t, "Tom Hale", doctest.EntityOf(d, "a coward", 0))
	d = resolvePredicates(t, "Lena Ruiz shrugged off Tom Hale's calling her a coward.", names)
	assert.Equal(t, "Lena Ruiz", doctest.EntityOf(d, "a coward", 0))
	d = resolvePredicates(t, "Lena Ruiz was eager to call Tom Hale a coward.", names)
	assert.NotEqual(t, "Tom Hale", doctest.EntityOf(d, "a coward", 0), "an infinitive is not asserted")
}
