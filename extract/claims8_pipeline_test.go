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
	text := "Tamsin Reyes spoke to reporters in Leeds on Monday.\n\n" +
		"“The council has failed the city. It wasted two years,” Reyes said.\n\n" +
		"Reyes also spoke about the ring road, a project that has cost the city millions. (The road was approved in 2019 and runs past the old docks.)\n" +
		"“The road is a mistake. But I believe very firmly that the money can still be saved.”"
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
		assert.Equal(t, "Tamsin Reyes", d.Entities[e].Name)
	}
	if !found {
		for _, q := range d.Quotes {
			t.Logf("%v %q", q.Direct, d.Slice(q.Content[0]))
		}
	}
	assert.True(t, found, "no claim of 'believe'")
}
