package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The prepositions of PropBank's frames give their core roles
// (event/prepRoles).
func TestFramePrepositionsGiveCoreRoles(t *testing.T) {
	for _, c := range []struct{ text, trigger, name, role string }{
		{"Kim Lund shared the prize with Ola Berg.", "shared", "Ola Berg", "Arg2"},
		{"Kim Lund fought for Ola Berg.", "fought", "Ola Berg", "Arg2"},
		{"Ola Berg talked about Kim Lund.", "talked", "Kim Lund", "Arg1"},
		{"Kim Lund cares about Ola Berg.", "cares", "Ola Berg", "Arg1"},
		{"Ola Berg asked about Nova Corp on Friday.", "asked", "Nova Corp", "Arg1"},
		{"Ola Berg was burdened with Nova Corp and its debts.", "burdened", "Nova Corp", "Arg2"},
	} {
		d := parsed(t, c.text, people)
		assert.Equal(t, c.role, roles(d, event(t, d, c.trigger))[c.name], c.text)
	}
}

// Who reaches a deal is a party to it; who claims a victory won it.
func TestPlannerVerbsOfDealsAndVictories(t *testing.T) {
	d := parsed(t, "Kim Lund and Ola Berg reached a deal on Monday.", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg0"}, roles(d, event(t, d, "deal")))
	d = parsed(t, "Ola Berg claimed victory in Ohio.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "victory"))["Ola Berg"])
}

// Who files or applies for an event asks for their own: "filed for
// bankruptcy protection" is the filer's bankruptcy.
func TestPetitionVerbsLendTheirSubject(t *testing.T) {
	d := parsed(t, "Kim Lund filed for bankruptcy protection.", people)
	assert.Contains(t, roles(d, event(t, d, "bankruptcy")), "Kim Lund")
	d = parsed(t, "Nova Corp filed for bankruptcy in May.", people)
	assert.Contains(t, roles(d, event(t, d, "bankruptcy")), "Nova Corp")
}

// A quantifier object picks a part of its of-phrase: what the phrase names
// takes part.
func TestQuantifierObjectGivesItsOfPhrase(t *testing.T) {
	d := parsed(t, "Kim Lund will use some of the money.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "use"))["the money"])
	d = parsed(t, "Ola Berg attaches some of the credits.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "attaches"))["the credits"])
}
