package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A name that modifies a noun phrase takes no part beside it: "the
// Lindqvist administration" acts itself, Lindqvist does not, and
// "Halvard Steel executives" are met, not their firm.
func TestOrganisationNamedAfterSomeoneActsItself(t *testing.T) {
	process := func(text string) *doc.Document {
		d := doc.NewDocument("t", text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
		Process(d)
		return d
	}
	d := process("Governor Eva Lindqvist took office in 2019. The Lindqvist administration announced new tariffs on Monday.")
	ev, ok := doctest.Event(d, "STATEMENT")
	require.True(t, ok, "%v", d.Events)
	roles := doctest.ArgNames(d, ev)
	assert.NotContains(t, roles, "Eva Lindqvist", "%v", roles)
	assert.NotEmpty(t, roles)

	d = process("Union leaders met Halvard Steel executives in Oslo on Monday.")
	ev, ok = doctest.Event(d, "MEET")
	require.True(t, ok, "%v", d.Events)
	assert.NotContains(t, doctest.ArgNames(d, ev), "Halvard Steel", "the executives take part, not their firm")
	assert.Len(t, doctest.ArgNames(d, ev), 2, "the leaders and the executives: %v", doctest.ArgNames(d, ev))
}
