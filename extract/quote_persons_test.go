package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func processed(text string) *doc.Document {
	d := doc.NewDocument("persons-test", text, time.Date(2021, 4, 2, 0, 0, 0, 0, time.UTC))
	Process(d)
	return d
}

// pronounEntities returns the entity of each PRONOUN mention whose text is w, in text order.
func pronounEntities(d *doc.Document, w string) []int {
	var out []int
	for _, m := range d.Mentions {
		if m.Kind == doc.Pronoun && m.Text == w {
			out = append(out, m.Entity)
		}
	}
	return out
}

func TestWriterFirstPersonIsOneUnnamedPerson(t *testing.T) {
	d := processed("I reached the old market before dawn. The stalls were empty, so I walked along the river until my feet hurt.")
	es := append(pronounEntities(d, "I"), pronounEntities(d, "my")...)
	require.Len(t, es, 3)
	assert.Equal(t, es[0], es[1])
	assert.Equal(t, es[0], es[2])
	require.GreaterOrEqual(t, es[0], 0)
	assert.Equal(t, doc.Person, d.Entities[es[0]].Type)
	assert.False(t, doc.HasNameMention(d, es[0]), "the writer has no name: it stays out of the graph")
}

func TestLoneFirstPersonIsLeftAlone(t *testing.T) {
	d := processed("The mayor opened the bridge on Friday. Traffic, I am told, was light.")
	assert.Empty(t, pronounEntities(d, "I"), "one stray 'I' is more likely a quote whose marks were missed")
}

func TestSecondPersonIsOneAddresseePerVoice(t *testing.T) {
	d := processed("If you arrive early, your seat is free. Nobody checks when you leave.")
	es := append(pronounEntities(d, "you"), pronounEntities(d, "your")...)
	require.Len(t, es, 3)
	assert.Equal(t, es[0], es[1])
	assert.Equal(t, es[0], es[2])
	assert.Equal(t, "you", d.Entities[es[0]].Name)
}

func TestSecondPersonInTwoQuotesIsTwoListeners(t *testing.T) {
	d := processed("\"You will love the new line,\" Ana Ruiz told reporters on Monday. " +
		"Tom Weller disagreed. \"You will wait a year for it,\" he said.")
	es := pronounEntities(d, "You")
	require.Len(t, es, 2)
	assert.NotEqual(t, es[0], es[1], "each quote addresses its own listener")
}
