package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

var partyNames = map[string]doc.EntityType{"Green Party": doc.Organization, "Leeds": doc.Place,
	"Ana Ruiz": doc.Person, "Tom Baker": doc.Person}

func TestAnOwnersPartyOfAMarkedMember(t *testing.T) {
	d := doctest.Parsed(t, "The Green Party met in Leeds on Monday. Many stayed away. "+
		"Green councillor Ana Ruiz spoke first. She said her own party had lost its way.", partyNames)
	resolve(d)
	assert.Equal(t, "Green Party", doctest.EntityOf(d, "her own party", 0), "a member by the word before her name")

	d = doctest.Parsed(t, "The Green Party met in Leeds on Monday. Many stayed away. "+
		"Tom Baker, a Green councillor, spoke first. He said his party had lost its way.", partyNames)
	resolve(d)
	assert.Equal(t, "Green Party", doctest.EntityOf(d, "his party", 0), "a member by a description of him")
}

func TestAnOwnersPartyNeedsAMark(t *testing.T) {
	d := doctest.Parsed(t, "The Green Party met in Leeds on Monday. Many stayed away. "+
		"Councillor Ana Ruiz spoke first. She said her own party had lost its way.", partyNames)
	resolve(d)
	assert.NotEqual(t, "Green Party", doctest.EntityOf(d, "her own party", 0), "nothing says she is a Green")
}

func TestAPartyTagMarksAMember(t *testing.T) {
	names := map[string]doc.EntityType{"Republican Party": doc.Organization, "Tampa": doc.Place, "Tom Baker": doc.Person}
	d := doctest.Parsed(t, "The Republican Party met in Tampa on Monday. Rep. Tom Baker, R-Ohio, spoke first. "+
		"He said his party had lost its way.", names)
	resolve(d)
	assert.Equal(t, "Republican Party", doctest.EntityOf(d, "his party", 0))

	d = doctest.Parsed(t, "The Republican Party met in Tampa on Monday. Rep. Tom Baker, D-Ohio, spoke first. "+
		"He said his party had lost its way.", names)
	resolve(d)
	assert.NotEqual(t, "Republican Party", doctest.EntityOf(d, "his party", 0), "a member of another party")
}

func TestTheMarkPicksOneOfTwoParties(t *testing.T) {
	names := map[string]doc.EntityType{"Green Party": doc.Organization, "Labour Party": doc.Organization, "Leeds": doc.Place,
		"Ana Ruiz": doc.Person}
	d := doctest.Parsed(t, "The Green Party and the Labour Party met in Leeds on Monday. Many stayed away. "+
		"Labour councillor Ana Ruiz spoke first. She said her party had lost its way.", names)
	resolve(d)
	assert.Equal(t, "Labour Party", doctest.EntityOf(d, "her party", 0))

	d = doctest.Parsed(t, "The Green Party and the Labour Party met in Leeds on Monday. Many stayed away. Tom Baker left. "+
		"The hall was cold. Labour councillor Ana Ruiz spoke first. She said the party had lost its way.", names)
	resolve(d)
	assert.Equal(t, "Labour Party", doctest.EntityOf(d, "the party", 0), "the member's party, far from both names")

	d = doctest.Parsed(t, "The Green Party and the Labour Party met in Leeds on Monday. Many stayed away. "+
		"Councillor Ana Ruiz spoke first. She said her party had lost its way.", names)
	resolve(d)
	got := doctest.EntityOf(d, "her party", 0)
	assert.NotEqual(t, "Labour Party", got)
	assert.NotEqual(t, "Green Party", got)
}
