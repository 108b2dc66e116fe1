package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entityOf is the entity of the first mention with exactly this text, -1
// when there is none or it is unlinked.
func entityOf(d *doc.Document, text string) int {
	for _, m := range d.Mentions {
		if m.Text == text {
			return m.Entity
		}
	}
	return -1
}

func TestSecondRolesOfOnePerson(t *testing.T) {
	// A headline's comma splice tells of two people: the driver is not the man.
	d := doc.NewDocument("r1", "Man Injured in Boston Crash, Driver Charged\n"+
		"A man was hurt after a truck struck him in Boston on Friday, police said.\n"+
		"Tom Reilly, 40, was taken to a hospital.", time.Time{})
	Process(d)
	man, driver := entityOf(d, "Man"), entityOf(d, "Driver")
	require.GreaterOrEqual(t, man, 0)
	assert.NotEqual(t, man, driver, "%q and %q", "Man", "Driver")

	// A role right before a name after "and" is that name's title, not a
	// second role of the name before.
	d = doc.NewDocument("r2", "Governor Tom Reilly and state treasury secretary Ann Walsh announced the budget on Monday.", time.Time{})
	Process(d)
	sec, walsh, reilly := entityOf(d, "state treasury secretary"), entityOf(d, "Ann Walsh"), entityOf(d, "Tom Reilly")
	require.GreaterOrEqual(t, reilly, 0)
	assert.NotEqual(t, reilly, sec, "the secretary is not the governor")
	if sec >= 0 {
		assert.Equal(t, walsh, sec, "the secretary is Ann Walsh")
	}

	// Two roles before one name stay one person's.
	d = doc.NewDocument("r3", "The union's founder and former president Mary Kerr spoke at the rally.", time.Time{})
	Process(d)
	founder, pres := entityOf(d, "The union's founder"), entityOf(d, "former president")
	require.GreaterOrEqual(t, founder, 0)
	assert.Equal(t, founder, pres, "the second role before the name is the first role's")
}

func TestHeadlineAppositionBeforeRelativeClause(t *testing.T) {
	d := doc.NewDocument("r4", "Mary Kerr, Jazz Singer Who Toured Europe, Dies at 88\n"+
		"Published: May 2, 2005\nThe singer died today in a hospital in Oslo, officials said.", time.Time{})
	Process(d)
	// the description with its relative clause, as a noun phrase's extent
	// holds it once the title-cased headline is parsed truecased (head20)
	kerr, singer := entityOf(d, "Mary Kerr"), entityOf(d, "Jazz Singer Who Toured Europe")
	require.GreaterOrEqual(t, kerr, 0)
	assert.Equal(t, kerr, singer, "the headline's description stands beside the name")
	assert.Equal(t, kerr, entityOf(d, "Who"), "and its relative pronoun")
}
