package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func linkText(d *Document, l EventLink) string {
	return d.Slice(d.Events[l.From].Trigger) + " " + l.Relation + " " + l.Offset + " " + d.Slice(d.Events[l.To].Trigger)
}

func TestDurationAfterEventLinksTheEvents(t *testing.T) {
	text := "Lena Holt visited Marc Ivry two days after he was released from jail."
	at := strings.Index(text, "two days")
	d := eventsOf(t, text, map[string]EntityType{"Lena Holt": Person, "Marc Ivry": Person},
		Timex{Span: Span{at, at + 8}, Text: "two days", Type: "DURATION", Value: "P2D", Anchor: -1})
	FindEventLinks(d)
	require.Len(t, d.Links, 1)
	assert.Equal(t, "visited AFTER P2D released", linkText(d, d.Links[0]))
}

func TestBarePluralUnitAndBefore(t *testing.T) {
	d := eventsOf(t, "Ivo Sand resigned months before the company was acquired.",
		map[string]EntityType{"Ivo Sand": Person})
	FindEventLinks(d)
	require.Len(t, d.Links, 1)
	assert.Equal(t, "resigned BEFORE PXM acquired", linkText(d, d.Links[0]))
}

func TestOrderWithoutDuration(t *testing.T) {
	d := eventsOf(t, "Ada Moss was arrested after the attack.", map[string]EntityType{"Ada Moss": Person})
	FindEventLinks(d)
	require.Len(t, d.Links, 1)
	assert.Equal(t, "arrested AFTER  attack", linkText(d, d.Links[0]))
}

func TestNoLinkWithoutAnEventOnBothSides(t *testing.T) {
	d := eventsOf(t, "Ada Moss smiled after lunch.", map[string]EntityType{"Ada Moss": Person})
	FindEventLinks(d)
	assert.Empty(t, d.Links)
}
