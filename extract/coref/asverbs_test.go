package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A verb of removing someone from a post takes an "as" phrase that says
// what its object was: the one removed held the post.
func TestAsPhraseOfRemovingVerbsDescribesTheObject(t *testing.T) {
	names := map[string]doc.EntityType{"Oskar Lind": doc.Person, "Marta Ilves": doc.Person}
	for _, text := range []string{
		"Marta Ilves moved to oust Oskar Lind as the party's treasurer.",
		"Marta Ilves fired Oskar Lind as the club's head coach on Friday.",
		"Marta Ilves wants to unseat Oskar Lind as the district's congressman.",
	} {
		d := resolvePredicates(t, text, names)
		assert.Equal(t, "Oskar Lind", asDescription(d), text)
	}
}

// A verb of taking someone's place or joining him takes an "as" phrase
// that says what its subject is or becomes.
func TestAsPhraseOfSucceedingVerbsDescribesTheSubject(t *testing.T) {
	names := map[string]doc.EntityType{"Oskar Lind": doc.Person, "Marta Ilves": doc.Person}
	for _, text := range []string{
		"Marta Ilves will succeed Oskar Lind as the party's treasurer.",
		"Marta Ilves joined Oskar Lind as a plaintiff in the lawsuit.",
		"Marta Ilves surpassed Oskar Lind as the league's top scorer.",
	} {
		d := resolvePredicates(t, text, names)
		assert.Equal(t, "Marta Ilves", asDescription(d), text)
	}
}

// asDescription is the entity of the noun phrase after " as " in d.
func asDescription(d *doc.Document) string {
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.FirstTok > 0 && d.Tokens[m.FirstTok-1].Text == "as" {
			if m.Entity < 0 {
				return ""
			}
			return d.Entities[m.Entity].Name
		}
	}
	return "(no mention)"
}
