package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An "I" that reports a belief inside a quotation is the one who speaks
// the quotation: here the last person quoted, as the quotation has no
// attribution of its own.
func TestQuotedFirstPersonBelieverIsTheQuotationsSpeaker(t *testing.T) {
	text := "Priya Nandakumar opened the new children's ward at the city hospital on Thursday.\n\n" +
		"“We have waited eight years for this room,” Nandakumar told the staff.\n\n" +
		"Her speech ended on a hopeful line — “I believe that every family who comes here will get better care.”"
	d := doc.NewDocument("t", text, time.Time{})
	Process(d)
	var found bool
	for _, q := range d.Quotes {
		if q.Direct || q.Cue == nil || d.Slice(*q.Cue) != "believe" {
			continue
		}
		found = true
		require.GreaterOrEqual(t, q.Speaker, 0)
		e := d.Mentions[q.Speaker].Entity
		require.GreaterOrEqual(t, e, 0)
		assert.Equal(t, "Priya Nandakumar", d.Entities[e].Name)
	}
	if !found {
		for _, q := range d.Quotes {
			t.Logf("%v %q", q.Direct, d.Slice(q.Content[0]))
		}
	}
	assert.True(t, found, "no claim of 'believe'")
}
