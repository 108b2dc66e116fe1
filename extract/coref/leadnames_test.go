package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A title-case headline fuses a surname with the verb after it ("Brandt
// Blast"): no person, so the surname is the one person named in full.
func TestHeadlineFusionIsNoCandidate(t *testing.T) {
	names := map[string]doc.EntityType{"Okafor": doc.Person, "Brandt Blast": doc.Person, "Emeka Okafor": doc.Person,
		"Lena Brandt": doc.Person, "Brandt": doc.Person}
	d := doctest.Parsed(t, "Okafor and Brandt Blast The Harbor Deal\n\n"+
		"Former mayor Emeka Okafor and the engineer Lena Brandt criticised the harbor deal on Monday. "+
		"Brandt said the deal would cost the city hundreds of jobs.", names)
	resolve(d)
	assert.Equal(t, "Lena Brandt", doctest.EntityOf(d, "Brandt", 0))
}

// The fused word found again in the text is a first name after all: the
// surname stays open between the two.
func TestNameFoundAgainIsNoHeadlineFusion(t *testing.T) {
	names := map[string]doc.EntityType{"Tomasz Brandt": doc.Person, "Lena Brandt": doc.Person, "Brandt": doc.Person,
		"Tomasz": doc.Person}
	d := doctest.Parsed(t, "Tomasz Brandt Returns To The Stage\n\n"+
		"The pianist and his sister Lena Brandt played in Kraków on Monday. Tomasz was 80. "+
		"Brandt said the hall was cold.", names)
	resolve(d)
	assert.Equal(t, "Brandt", doctest.EntityOf(d, "Brandt", 0), "the entity standing for both")
}

// A headline's surname is read once the article has been: the person it
// calls by the surname from the start, not the brother named once.
func TestHeadlineSurnameIsTheArticlesPerson(t *testing.T) {
	names := map[string]doc.EntityType{"Okafor": doc.Person, "Emeka Okafor": doc.Person, "Chidi Okafor": doc.Person, "Lagos": doc.Place}
	d := doctest.Parsed(t, "Okafor wins runoff in Lagos\n\n"+
		"Emeka Okafor won the runoff for governor of Lagos on Sunday. Okafor took 61 percent of the vote. "+
		"Okafor thanked his supporters in a long speech. His brother, Chidi Okafor, ran the campaign.", names)
	resolve(d)
	assert.Equal(t, "Emeka Okafor", doctest.EntityOf(d, "Okafor", 0))
	assert.Equal(t, "Emeka Okafor", doctest.EntityOf(d, "Okafor", 1))
}

// An epithet the writer puts before a surname is no first name: the
// surname is the one person named in full.
func TestEpithetBeforeSurnameIsNoCandidate(t *testing.T) {
	names := map[string]doc.EntityType{"Kraken Varga": doc.Person, "Istvan Varga": doc.Person, "Varga": doc.Person, "Kraken": doc.Person}
	d := doctest.Parsed(t, "In the old tales the Kraken rises from the sea and swallows ships. "+
		"The town council woke it when it chose Istvan Varga as mayor. "+
		"Its members unleashed Kraken Varga, who now devours every rival. "+
		"Varga said on Monday that he would run again.", names)
	resolve(d)
	assert.Equal(t, "Istvan Varga", doctest.EntityOf(d, "Varga", 0))
}

// A surname the article gives one of its people and never the other is
// hers where nothing else decides: the pronouns bound to two of the bare
// "Kowalski" make them Anna's, and so the third.
func TestSurnameUsedForOnePersonIsHers(t *testing.T) {
	names := map[string]doc.EntityType{"Piotr Kowalski": doc.Person, "Anna Kowalski": doc.Person, "Kowalski": doc.Person}
	d := doctest.Parsed(t, "Piotr Kowalski, a dentist, watched as his wife Anna Kowalski won the vote. "+
		"Kowalski said she would cut the city's taxes. Kowalski said that she owed nothing to anyone. "+
		"The council will meet Kowalski on Friday.", names)
	resolve(d)
	assert.Equal(t, "Anna Kowalski", doctest.EntityOf(d, "Kowalski", 0))
	assert.Equal(t, "Anna Kowalski", doctest.EntityOf(d, "Kowalski", 2))
}

// A writer who calls her "Ms. Kowalski" says nothing of whom a bare
// "Kowalski" means: it stays open.
func TestTitledSurnameSaysNothingOfTheBareOne(t *testing.T) {
	names := map[string]doc.EntityType{"Piotr Kowalski": doc.Person, "Anna Kowalski": doc.Person, "Kowalski": doc.Person}
	d := doctest.Parsed(t, "Piotr Kowalski, a dentist, watched as his wife Anna Kowalski won the vote. "+
		"Ms. Kowalski said she would cut the city's taxes. Ms. Kowalski said that she owed nothing to anyone. "+
		"The council will meet Kowalski on Friday.", names)
	resolve(d)
	assert.Equal(t, "Kowalski", doctest.EntityOf(d, "Kowalski", 2), "the entity standing for both")
}
