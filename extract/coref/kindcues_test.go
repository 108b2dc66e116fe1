package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Outlets, pollsters, programmes and slogans typed by what the sentence
// does with the name, over the tagger's guess (kindcues.go).
func TestNameKindsFromTheirConstruction(t *testing.T) {
	cases := []struct {
		text, name string
		tagged     doc.EntityType
		want       doc.EntityType
	}{
		// an outlet: told, reporting, with "the" where the tagger read a person
		{"The mayor told the Ledger that the bridge would close.", "Ledger", doc.Person, doc.Organization},
		{"The bridge will close in May, the Ledger reported.", "Ledger", doc.Person, doc.Organization},
		{"The Courier reported that the bridge would close.", "Courier", doc.Place, doc.Place}, // a town reports its figures too
		{"Dunmore reported from Ankara.", "Dunmore", doc.Person, doc.Person},                   // a reporter's byline
		{"The mayor told Alice Varga that the bridge would close.", "Alice Varga", doc.Person, doc.Person},
		{"A Ledger reporter asked the mayor about the bridge.", "Ledger", doc.Person, doc.Organization},
		{"A Ledger reporter asked the mayor about the bridge.", "Ledger", doc.Place, doc.Place}, // "a Hollywood reporter" works there
		// a pollster
		{"The latest Hartwell poll put the mayor ahead.", "Hartwell", doc.Place, doc.Organization},
		{"A survey by Hartwell put the mayor ahead.", "Hartwell", doc.Person, doc.Organization},
		{"The mayor leads in the Pollwise average of recent polls.", "Pollwise", doc.Other, doc.Organization},
		{"The latest Ohio poll put the mayor ahead.", "Ohio", doc.Place, doc.Place},
		{"A Latino survey found wide support.", "Latino", doc.Other, ""}, // an adjective: no entity, no pollster
		// a programme or a law
		{"The governor vowed to repeal Carecover before the summer.", "Carecover", doc.Place, doc.Other},
		{"Lawmakers voted to expand Carecover last year.", "Carecover", doc.Organization, doc.Other},
		{"The state ran the Carecover program for ten years.", "Carecover", doc.Person, doc.Other},
		{"Lawmakers voted to expand NATO last year.", "NATO", doc.Organization, doc.Organization}, // a listed body
		{"The board voted to replace Ana Cruz as chair.", "Ana Cruz", doc.Person, doc.Person},
		// a slogan in title case
		{"Fans wore their \"Keep Ohio Dry Again\" hats to the rally.", "Ohio Dry Again", doc.Organization, doc.Other},
		{"\"Imagine Rosa Lind running against them,\" he said.", "Rosa Lind", doc.Person, doc.Person},
		{"Gunman Used Rifle To Kill Trevik Olund.", "Trevik Olund", doc.Person, doc.Person},            // a headline in title case
		{"Fans wore their \"Keep Lakemoor Dry\" caps to the rally.", "Lakemoor", doc.Place, doc.Place}, // a one-word name: the place in the slogan
	}
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, map[string]doc.EntityType{c.name: c.tagged})
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}
