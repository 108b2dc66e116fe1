package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A bare number counts the people an event kills, wounds or arrests.
func TestBareNumberCountsPeople(t *testing.T) {
	d := parsed(t, "A bomb exploded in Lyon, killing 12 and injuring more than 40.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "killing"))["12"])
	assert.Equal(t, "Arg1", roles(d, event(t, d, "injuring"))["40"])

	d = parsed(t, "Two people died in Oslo and 31 were injured.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "injured"))["31"], "a passive's subject")

	d = parsed(t, "Police in Oslo arrested 14 after the march.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "arrested"))["14"])
}

// Of other frames, and with a unit, a number is an amount.
func TestBareNumberOfOtherFramesIsAnAmount(t *testing.T) {
	d := parsed(t, "Vega Labs gained 155 in Oslo on Friday.", people)
	assert.NotContains(t, roles(d, event(t, d, "gained")), "155")

	d = parsed(t, "The storm in Ohio killed 12 percent of the herd.", people)
	assert.NotContains(t, roles(d, event(t, d, "killed")), "12")
}
