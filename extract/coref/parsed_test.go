package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestAnAsPhraseDescribesTheObjectOfANamingVerb(t *testing.T) {
	d := doctest.Parsed(t, "The union chose Lena Marsh as its new president.",
		map[string]doc.EntityType{"Lena Marsh": doc.Person})
	resolve(d)
	assert.Equal(t, "Lena Marsh", doctest.EntityOf(d, "its new president", 0), "naming someone as president makes her the president")
	d = doctest.Parsed(t, "Lena Marsh served as a judge for ten years.",
		map[string]doc.EntityType{"Lena Marsh": doc.Person})
	resolve(d)
	assert.Equal(t, "Lena Marsh", doctest.EntityOf(d, "a judge", 0), "without an object the subject is the judge")
}

func TestAnAsPhraseOfTimeDescribesTheSubjectNotTheObject(t *testing.T) {
	d := doctest.Parsed(t, "Lena Marsh first met Omar Haddad as a student in Leeds. Haddad later praised her.",
		map[string]doc.EntityType{"Lena Marsh": doc.Person, "Omar Haddad": doc.Person, "Haddad": doc.Person, "Leeds": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Omar Haddad", doctest.EntityOf(d, "a student in Leeds", 0), "meeting him as a student says who the student was")
	d = doctest.Parsed(t, "Omar Haddad posed as a guard to enter the bank.", map[string]doc.EntityType{"Omar Haddad": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Omar Haddad", doctest.EntityOf(d, "a guard", 0), "posing as a guard is not being one")
}

func TestCallingSomeoneAsAWitnessDescribesTheObject(t *testing.T) {
	d := doctest.Parsed(t, "The committee called Lena Marsh as a witness.",
		map[string]doc.EntityType{"Lena Marsh": doc.Person})
	resolve(d)
	assert.Equal(t, "Lena Marsh", doctest.EntityOf(d, "a witness", 0))
}

func TestAReflexiveObjectOfAnAsPhraseIsTheSubject(t *testing.T) {
	d := doctest.Parsed(t, "Omar Haddad styled himself as a reformer.",
		map[string]doc.EntityType{"Omar Haddad": doc.Person})
	resolve(d)
	assert.Equal(t, "Omar Haddad", doctest.EntityOf(d, "a reformer", 0), "an unlisted verb with a reflexive object")
}

// A headline's source label before a colon is who reports, not the one
// the report is about, though the parse may read the name after the colon
// as its apposition; a description with a determiner before a colon is
// answered by the name after it.
func TestAHeadlinesSourceLabelIsNoApposition(t *testing.T) {
	types := map[string]doc.EntityType{"Lena Marsh": doc.Person}
	d := doctest.Tree(t, "Doctor/NOUN/NN/5/nsubj :/PUNCT/:/3/punct Lena/PROPN/NNP/1/appos Marsh/PROPN/NNP/3/flat "+
		"leaves/VERB/VBZ/0/root hospital/NOUN/NN/5/obj")
	doctest.Names(d, types)
	resolve(d)
	assert.NotEqual(t, "Lena Marsh", doctest.EntityOf(d, "Doctor", 0), "the doctor reports that she leaves")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj named/VERB/VBD/0/root the/DET/DT/4/det winner/NOUN/NN/2/obj :/PUNCT/:/6/punct "+
		"Lena/PROPN/NNP/4/appos Marsh/PROPN/NNP/6/flat ./PUNCT/./2/punct")
	doctest.Names(d, types)
	resolve(d)
	assert.Equal(t, "Lena Marsh", doctest.EntityOf(d, "the winner", 0), "the winner is named after the colon")
}
