package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func linkText(d *doc.Document, l doc.EventLink) string {
	return d.Slice(d.Events[l.From].Trigger) + " " + l.Relation + " " + l.Offset + " " + d.Slice(d.Events[l.To].Trigger)
}

func TestDurationAfterEventLinksTheEvents(t *testing.T) {
	text := "Lena Holt visited Marc Ivry two days after he was released from jail."
	d := parsed(t, text, map[string]doc.EntityType{"Lena Holt": doc.Person, "Marc Ivry": doc.Person},
		doc.Timex{Span: span(text, "two days"), Text: "two days", Type: "DURATION", Value: "P2D", Anchor: -1})
	FindEventLinks(d)
	require.Len(t, d.Links, 1)
	assert.Equal(t, "visited AFTER P2D released", linkText(d, d.Links[0]))
}

func TestBarePluralUnitAndBefore(t *testing.T) {
	d := parsed(t, "Ivo Sand quit his job months before the firm was acquired.",
		map[string]doc.EntityType{"Ivo Sand": doc.Person})
	FindEventLinks(d)
	require.Len(t, d.Links, 1)
	assert.Equal(t, "quit BEFORE PXM acquired", linkText(d, d.Links[0]))
}

func TestOrderWithoutDuration(t *testing.T) {
	d := parsed(t, "Ada Moss was arrested after the attack.", map[string]doc.EntityType{"Ada Moss": doc.Person})
	FindEventLinks(d)
	require.Len(t, d.Links, 1)
	assert.Equal(t, "arrested AFTER  attack", linkText(d, d.Links[0]))
}

func TestNoLinkWithoutAnEventOnBothSides(t *testing.T) {
	d := parsed(t, "Ada Moss smiled after lunch.", map[string]doc.EntityType{"Ada Moss": doc.Person})
	FindEventLinks(d)
	assert.Empty(t, d.Links)
}
