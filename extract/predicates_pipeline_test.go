package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A speaker's "I am a ..." is said of the speaker, whom only the quote
// stages place: the late pass of predicates joins the description to
// them once they have.
func TestFirstPersonPredicateOfAQuoteJoinsTheSpeaker(t *testing.T) {
	d := doc.NewDocument("pred-1", "Oskar Lind runs a small bakery in Tartu. \"I am a retired welder, not a baker,\" Lind said on Monday.",
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	got := ""
	for _, m := range d.Mentions {
		if m.Text == "a retired welder" && m.Entity >= 0 {
			got = d.Entities[m.Entity].Name
		}
	}
	assert.Equal(t, "Oskar Lind", got)
}
