package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pronounEntity is the entity of the pronoun mention at byte offset start.
func pronounEntity(t *testing.T, d *doc.Document, start int) int {
	for _, m := range d.Mentions {
		if m.Kind == doc.Pronoun && m.Start == start {
			return m.Entity
		}
	}
	t.Fatalf("no pronoun at %d", start)
	return -1
}

func TestPronounInOpeningPhraseRefersAhead(t *testing.T) {
	text := "Tom Reilly spoke first. In her first speech as mayor, Ann Walsh promised lower taxes. " +
		"Ford posted a loss on Monday. In its annual report, General Motors said sales fell."
	d := doc.NewDocument("c1", text, time.Time{})
	Process(d)
	walsh, gm := entityOf(d, "Ann Walsh"), entityOf(d, "General Motors")
	require.GreaterOrEqual(t, walsh, 0)
	require.GreaterOrEqual(t, gm, 0)
	assert.Equal(t, walsh, pronounEntity(t, d, strings.Index(text, "her first")), "her speech is Ann Walsh's")
	assert.Equal(t, gm, pronounEntity(t, d, strings.Index(text, "its annual")), "its report is General Motors'")

	// The object of the opening phrase is not its understood subject.
	text = "Ann Walsh called the police on Friday. Keeping her on the line, Tom Reilly said help was coming."
	d = doc.NewDocument("c2", text, time.Time{})
	Process(d)
	reilly := entityOf(d, "Tom Reilly")
	require.GreaterOrEqual(t, reilly, 0)
	assert.NotEqual(t, reilly, pronounEntity(t, d, strings.Index(text, "her on")))
}
