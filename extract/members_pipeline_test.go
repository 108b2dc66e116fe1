package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/eventlink"
	"github.com/stretchr/testify/assert"
)

// What the text says belongs to a body reaches resolution across
// documents (eventlink.Records' Members; issue #16, branch eventlink2): one
// report's agent may be the body, another's its member.

// memberPairs gives the Members of d as "part > body", each by its
// entity's name.
func memberPairs(d *doc.Document) string {
	name := func(id string) string {
		i, _ := strconv.Atoi(strings.TrimPrefix(id, "\x00"))
		return d.Entities[i].Name
	}
	var out []string
	for _, m := range eventlink.Records(d).Members {
		out = append(out, name(m.Part)+" > "+name(m.Body))
	}
	return strings.Join(out, "; ")
}

func TestMembersOfABody(t *testing.T) {
	got := memberPairs(processed("Police said Vantor Systems' chief engineer, Ian Marsh, inspected the hull."))
	assert.Contains(t, got, "Ian Marsh > Vantor Systems", "a possessor")
	got = memberPairs(processed("Ian Marsh of Vantor Systems inspected the hull on Friday."))
	assert.Contains(t, got, "Ian Marsh > Vantor Systems", "an of-phrase on a name")
	got = memberPairs(processed("Ian Marsh from Vantor Systems inspected the damaged hull."))
	assert.Contains(t, got, "Ian Marsh > Vantor Systems", "a from-phrase")
}

func TestABodyOfPeopleOnlyIsAnOrganisation(t *testing.T) {
	got := memberPairs(processed("Anna Kerr's brother, Paul Kerr, left Oslo. The mayor of Bergen met him. Kelso Dynamics engineer Ian Marsh came too."))
	assert.Equal(t, "Ian Marsh > Kelso Dynamics", got, "a person and his kin, a mayor and his town: no member of a body; an engineer of a firm is")
}

func TestARivalIsNoMember(t *testing.T) {
	got := memberPairs(processed("Kelso Dynamics, a rival of Vantor Systems, bought the startup. Vantor Systems engineer Ian Marsh left."))
	assert.NotContains(t, got, "Kelso Dynamics > Vantor Systems", "a rival")
	assert.Contains(t, got, "Ian Marsh > Vantor Systems", "an engineer of the firm")
	got = memberPairs(processed("Microsoft rival Google bought the startup on Monday. Police said Google's partner, Samsung Electronics, declined."))
	assert.NotContains(t, got, "> Google", "a partner")
}
