package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A description of a role that says something right after a named person
// did is that person.
func TestSpeakingDescriptionIsTheLastSpeaker(t *testing.T) {
	names := map[string]doc.EntityType{"Carly Fiorina": doc.Person}
	d := resolvePredicates(t, "Carly Fiorina said Monday that attacks on the governor were fair. The former chief of the shipping firm added that they would not win the race.", names)
	assert.Equal(t, "Carly Fiorina", doctest.EntityOf(d, "The former chief of the shipping firm", 0))
	d = resolvePredicates(t, "Carly Fiorina said Monday that attacks on the governor were fair. But, the former chief of the shipping firm added, they would not win the race.", names)
	assert.Equal(t, "Carly Fiorina", doctest.EntityOf(d, "the former chief of the shipping firm", 0), "an inserted verb of saying the parse hangs as an adverbial clause")
}

// One of another gender, a bare role anyone may hold, or one the text
// introduced before without a name is someone else.
func TestSpeakingDescriptionOfSomeoneElse(t *testing.T) {
	names := map[string]doc.EntityType{"Tomas Berg": doc.Person, "Ana Lund": doc.Person}
	d := resolvePredicates(t, "Tomas Berg said on Friday that he had won the vote. The campaign spokeswoman said the count would resume.", names)
	assert.NotEqual(t, "Tomas Berg", doctest.EntityOf(d, "The campaign spokeswoman", 0))
	d = resolvePredicates(t, "Tomas Berg said on Friday that the vote was close. The moderator said the count would resume.", names)
	assert.NotEqual(t, "Tomas Berg", doctest.EntityOf(d, "The moderator", 0))
	d = resolvePredicates(t, "A union official spoke to reporters at noon. Ana Lund said the deal was dead. The union official said talks would go on.", names)
	assert.NotEqual(t, "Ana Lund", doctest.EntityOf(d, "The union official", 0))
	d = resolvePredicates(t, "Tomas Berg said on Friday that he would march. Even the organizer of the other rally said the rules were unfair.", names)
	assert.NotEqual(t, "Tomas Berg", doctest.EntityOf(d, "the organizer of the other rally", 0))
	d = resolvePredicates(t, "Tomas Berg said he had seen Ana Lund at the port. The former harbour master has denied it.", names)
	assert.NotEqual(t, "Tomas Berg", doctest.EntityOf(d, "The former harbour master", 0))
}
