package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// typeOf returns the type of the entity of the first mention whose text is s.
func typeOf(d *doc.Document, s string) doc.EntityType {
	for _, m := range d.Mentions {
		if m.Text == s && m.Entity >= 0 {
			return d.Entities[m.Entity].Type
		}
	}
	return ""
}

func TestOtherNameThatActsAsAFirmIsAnOrganization(t *testing.T) {
	for _, text := range []string{
		"Corvane said profits fell in March.",
		"Corvane has announced a new engine.",
		"A Corvane spokesman declined to comment.",
		"Corvane's chief executive resigned.",
		"Shares of Corvane fell 4%.",
		"The order went to rival Corvane.",
		"The jet maker, Corvane, won the order.",
	} {
		d := doctest.Parsed(t, text, map[string]doc.EntityType{"Corvane": doc.Other})
		resolve(d)
		assert.Equal(t, doc.Organization, typeOf(d, "Corvane"), text)
	}
}

func TestOtherNameWithoutFirmCuesStaysOther(t *testing.T) {
	for text, name := range map[string]string{
		"She flew on a Corvane to Oslo.":           "Corvane",
		"The American spokesman said nothing.":     "American",
		"Japanese shares fell on Monday.":          "Japanese",
		"The Corvane engine failed on the runway.": "Corvane",
	} {
		d := doctest.Parsed(t, text, map[string]doc.EntityType{name: doc.Other})
		resolve(d)
		if typ := typeOf(d, name); typ != "" { // an adjective before a noun may name nothing (nonnames.go)
			assert.Equal(t, doc.Other, typ, text)
		}
	}
}

func TestPersonOrPlaceNameNeedsAStrongFirmCue(t *testing.T) {
	for text, want := range map[string]doc.EntityType{
		"Hollis Brandt CEO Mara Wu resigned.":            doc.Organization, // a person's name has no CEO
		"The automaker Hollis Brandt cut jobs.":          doc.Organization,
		"Hollis Brandt said he would resign.":            doc.Person, // people speak too
		"A Hollis Brandt spokesman declined to comment.": doc.Person, // people have spokesmen too
	} {
		d := doctest.Parsed(t, text, map[string]doc.EntityType{"Hollis Brandt": doc.Person, "Mara Wu": doc.Person})
		resolve(d)
		assert.Equal(t, want, typeOf(d, "Hollis Brandt"), text)
	}
	for text, want := range map[string]doc.EntityType{
		"Fiat bought a stake in Kessel last year.": doc.Organization,
		"Kessel shares fell on Monday.":            doc.Place, // a market's shares
		"The Kessel CEO of the bank resigned.":     doc.Place, // a regional CEO
		"Kessel said it would protest.":            doc.Place,
	} {
		d := doctest.Parsed(t, text, map[string]doc.EntityType{"Kessel": doc.Place, "Fiat": doc.Organization})
		resolve(d)
		assert.Equal(t, want, typeOf(d, "Kessel"), text)
	}
}
