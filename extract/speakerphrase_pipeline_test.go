package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A claim made by a phrase whose mention only a later stage makes ("Ruiz's
// campaign said") has that phrase's entity as its speaker, not no author
// and not the candidate named inside the phrase.
func TestACampaignsClaimHasTheCampaignAsAuthor(t *testing.T) {
	d := doc.NewDocument("sp1", "Councilwoman Ana Ruiz is running for mayor. Ruiz's campaign said the new poll was wrong.",
		time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	require.GreaterOrEqual(t, q.Speaker, 0, "the claim has an author")
	m := d.Mentions[q.Speaker]
	assert.Equal(t, "Ruiz's campaign", m.Text)
	require.GreaterOrEqual(t, m.Entity, 0)
	assert.NotEqual(t, "Ana Ruiz", d.Entities[m.Entity].Name)
}

// A description's entity is named without the possessive mark its mention
// keeps, so the JSON and the graph (both read Entity.Name) show "her
// brother", while the mention's span stays "her brother's".
func TestADescriptionIsNamedWithoutItsPossessive(t *testing.T) {
	d := doc.NewDocument("sp2", "Officials said her brother's store closed in May.", time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	found := false
	for _, m := range d.Mentions {
		if m.Text == "her brother's" && m.Entity >= 0 {
			found = true
			assert.Equal(t, "her brother", d.Entities[m.Entity].Name)
		}
	}
	assert.True(t, found, "a mention of her brother's")
}
