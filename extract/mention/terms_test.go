package mention

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// A capitalised term and its acronym are no names; a body's name with its
// head noun and its acronym are.
func TestTermAcronymsAreNoNames(t *testing.T) {
	for _, c := range []struct {
		text, name, acronym string
		kept                bool
	}{
		{"He said that Inspection, Repair and Testing (IRT) costs rose.", "Repair", "IRT", false},
		{"He said that the Regional Central Bank (RCB) raised rates.", "Regional", "RCB", true},
	} {
		d := doc.NewDocument("t", c.text, time.Time{})
		tokenize.Tokenize(d)
		syntax.Parse(d)
		at := map[string]int{}
		for i, tk := range d.Tokens {
			at[tk.Text] = i
		}
		addName(d, at[c.name], at["("], doc.Organization) // what the tagger may find
		addName(d, at[c.acronym], at[c.acronym]+1, doc.Organization)
		dropTermAcronyms(d)
		assert.Equal(t, c.kept, len(d.Mentions) == 2, c.text)
		assert.Equal(t, c.kept, len(d.Mentions) != 0, c.text)
	}
}
