package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Names the parse reads as compounds after a plural noun are a group in
// apposition to it (branch gum22b): one entity with the description.

func TestNamesInAppositionToAPluralNounAreItsGroup(t *testing.T) {
	d := processed("US carmakers Ford and Kia seek more state aid\nThe two firms asked for help on Monday.")
	var texts []string
	for _, e := range d.Entities {
		for _, mi := range e.Mentions {
			if d.Mentions[mi].Text == "Ford and Kia" {
				for _, mj := range e.Mentions {
					texts = append(texts, d.Mentions[mj].Text)
				}
			}
		}
	}
	assert.Contains(t, texts, "US carmakers Ford and Kia")
}
