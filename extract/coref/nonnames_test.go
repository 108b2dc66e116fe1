package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// hasEntity reports whether d has an entity of that name with a mention.
func hasEntity(d *doc.Document, name string) bool {
	for _, e := range d.Entities {
		if e.Name == name && len(e.Mentions) > 0 {
			return true
		}
	}
	return false
}

// An adjective or participle of origin before a noun, or an untyped
// adjective said of a subject, names nothing, whatever type the tagger gave.
func TestModifierNamesNameNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "Envoys from several Middle Eastern nations met in Oslo on Friday.",
		map[string]doc.EntityType{"Middle Eastern": doc.Place, "Oslo": doc.Place})
	resolve(d)
	assert.False(t, hasEntity(d, "Middle Eastern"), "two adjectives of one noun")
	assert.True(t, hasEntity(d, "Oslo"))

	d = doctest.Parsed(t, "A Santa Rosa-based lawyer filed the suit on Monday.",
		map[string]doc.EntityType{"Santa Rosa-based": doc.Other})
	resolve(d)
	assert.False(t, hasEntity(d, "Santa Rosa-based"), "a hyphenated participle of a noun")

	d = doctest.Parsed(t, "The mayor said that most of the new arrivals are Catholic.",
		map[string]doc.EntityType{"Catholic": doc.Other})
	resolve(d)
	assert.False(t, hasEntity(d, "Catholic"), "a predicate adjective")
}

// A name the parse reads as an adjective is kept where the lists know it
// or it stands as a proper noun elsewhere: the parse is wrong there.
func TestModifierReadingKeepsNamesOfThings(t *testing.T) {
	d := doctest.Tree(t, "Torvane/ADJ/JJ/2/amod shares/NOUN/NNS/3/nsubj fell/VERB/VBD/0/root ,/PUNCT/,/6/punct "+
		"Torvane/PROPN/NNP/6/nsubj said/VERB/VBD/3/conj so/ADV/RB/6/advmod")
	doctest.Names(d, map[string]doc.EntityType{"Torvane": doc.Organization})
	resolve(d)
	assert.Equal(t, "Torvane", doctest.EntityOf(d, "Torvane", 0), "the firm's name the parse read as an adjective")
}

// The singular word for a party's member names neither the party nor a
// person as a name; the plural names the party's people.
func TestPartyMemberWordNamesNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "Tom Ruiz, a Democrat from Ohio, voted against the bill. Republicans cheered.",
		map[string]doc.EntityType{"Tom Ruiz": doc.Person, "Democrat": doc.Other, "Ohio": doc.Place, "Republicans": doc.Other})
	resolve(d)
	assert.False(t, hasEntity(d, "Democrat"), "a member described")
	assert.True(t, hasEntity(d, "Republicans"), "the plural stays")

	d = doctest.Parsed(t, "Senator Ana Ruiz, Republican of Idaho, spoke first.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Republican": doc.Person, "Idaho": doc.Place})
	resolve(d)
	assert.False(t, hasEntity(d, "Republican"), "whatever type the tagger gave it")
}

// A title alone, cut from the name after it, names no one.
func TestTitleAloneNamesNoEntity(t *testing.T) {
	d := doctest.Parsed(t, "Mr. and Mrs. Okafor attended the dinner in Lagos.",
		map[string]doc.EntityType{"Mr.": doc.Place, "Mrs. Okafor": doc.Person, "Lagos": doc.Place})
	resolve(d)
	assert.False(t, hasEntity(d, "Mr."))
	assert.True(t, hasEntity(d, "Okafor"))

	d = doctest.Parsed(t, "Voters liked Sens. Hale and Moreno more than the governor.",
		map[string]doc.EntityType{"Sens.": doc.Organization, "Hale": doc.Person, "Moreno": doc.Person})
	resolve(d)
	assert.False(t, hasEntity(d, "Sens."), "a plural abbreviated title")
}

// A name with "v." between its parties is a court case; a middle initial V.
// is not.
func TestCourtCaseIsOther(t *testing.T) {
	d := doctest.Parsed(t, "The judges cited Hale v. Moreno in their ruling. Pavel V. Orlov disagreed.",
		map[string]doc.EntityType{"Hale v. Moreno": doc.Person, "Pavel V. Orlov": doc.Person})
	resolve(d)
	for _, e := range d.Entities {
		switch e.Name {
		case "Hale v. Moreno":
			assert.Equal(t, doc.Other, e.Type, "the case")
		case "Pavel V. Orlov":
			assert.Equal(t, doc.Person, e.Type, "a middle initial")
		}
	}
	assert.True(t, hasEntity(d, "Hale v. Moreno"))
}

// A nationality's or a faith's adjective the parse read as a proper noun
// before a common noun names nothing; one before a title neither.
func TestDemonymBeforeANounNamesNoEntity(t *testing.T) {
	d := doctest.Tree(t, "Jewish/PROPN/NNP/2/compound cooks/NOUN/NNS/3/nsubj mourned/VERB/VBD/0/root "+
		"in/ADP/IN/5/case Lyon/PROPN/NNP/3/obl")
	doctest.Names(d, map[string]doc.EntityType{"Jewish": doc.Other, "Lyon": doc.Place})
	resolve(d)
	assert.False(t, hasEntity(d, "Jewish"), "the parse's proper noun is an adjective by its shape")
	assert.True(t, hasEntity(d, "Lyon"))

	d = doctest.Tree(t, "Maltese/ADJ/JJ/2/amod President/PROPN/NNP/4/compound Vella/PROPN/NNP/2/flat resigned/VERB/VBD/0/root")
	doctest.Names(d, map[string]doc.EntityType{"Maltese": doc.Place, "Vella": doc.Person})
	resolve(d)
	assert.False(t, hasEntity(d, "Maltese"), "an adjective of a title")
}

// A title before the surname of a person named in full is the person's,
// whatever type the tagger gave the titled name; a title before a body's
// head noun is not.
func TestTitledSurnameIsThePerson(t *testing.T) {
	d := doctest.Parsed(t, "Lena Okafor joined the court in 2009. On Monday, Justice Okafor wrote the opinion.",
		map[string]doc.EntityType{"Lena Okafor": doc.Person, "Justice Okafor": doc.Organization})
	resolve(d)
	assert.Equal(t, "Lena Okafor", doctest.EntityOf(d, "Justice Okafor", 0))

	d = doctest.Parsed(t, "Tom Baptist spoke first. Later, King Tom Baptist Church held a vigil.",
		map[string]doc.EntityType{"Tom Baptist": doc.Person, "King Tom Baptist Church": doc.Place})
	resolve(d)
	assert.Equal(t, "King Tom Baptist Church", doctest.EntityOf(d, "King Tom Baptist Church", 0), "a church")
}

// A person's surname the parse read as an adjective stays the person's
// ("said Cuban, who ..." after Mark Cuban).
func TestSurnameReadAsAdjectiveStaysThePerson(t *testing.T) {
	d := doctest.Tree(t, "Tom/PROPN/NNP/2/compound Kuban/PROPN/NNP/3/nsubj spoke/VERB/VBD/0/root and/CCONJ/CC/5/cc "+
		"praised/VERB/VBD/3/conj Kuban/ADJ/JJ/9/amod ,/PUNCT/,/9/punct a/DET/DT/9/det host/NOUN/NN/5/obj ./PUNCT/./3/punct")
	for _, r := range []struct {
		first, last int
		typ         doc.EntityType
	}{{0, 2, doc.Person}, {5, 6, doc.Other}} {
		sp := doc.Span{Start: d.Tokens[r.first].Start, End: d.Tokens[r.last-1].End}
		d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Name, Type: r.typ,
			Entity: -1, FirstTok: r.first, LastTok: r.last})
	}
	resolve(d)
	assert.Equal(t, "Tom Kuban", doctest.EntityOf(d, "Kuban", 0))
}

// A text that ends on an apposition without a final stop (a caption, a cut
// feed item) is read, not a crash.
func TestAppositionAtTheTextsEnd(t *testing.T) {
	d := doctest.Parsed(t, "In an interview with Ana Ruiz, the host", map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	assert.NotPanics(t, func() { resolve(d) })
}
