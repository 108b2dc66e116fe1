package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// speakerEntity returns the entity name of quote q's speaker, "" when the
// speaker is no entity.
func speakerEntity(d *doc.Document, q doc.Quote) string {
	if q.Speaker < 0 || d.Mentions[q.Speaker].Entity < 0 {
		return ""
	}
	return d.Entities[d.Mentions[q.Speaker].Entity].Name
}

func TestSourceThingsBecomeEntities(t *testing.T) {
	d := quoteDoc(t, "A new survey shows that Ada Holm leads Bo Lind. The survey found that voters trust her on taxes. "+
		"Another survey shows the race even. According to the analysis, turnout will fall.", "Ada Holm", "Bo Lind")
	FindQuotes(d)
	SourceEntities(d)
	require.Len(t, d.Quotes, 4)
	for _, q := range d.Quotes {
		require.GreaterOrEqual(t, q.Speaker, 0, "%q", contentTexts(d, q))
		assert.Nil(t, q.SpeakerSpan)
	}
	first, found := d.Mentions[d.Quotes[0].Speaker].Entity, d.Mentions[d.Quotes[1].Speaker].Entity
	assert.Equal(t, first, found, "the survey is the new survey named before")
	assert.NotEqual(t, first, d.Mentions[d.Quotes[2].Speaker].Entity, "another survey is another thing")
	assert.Equal(t, "A new survey", speakerEntity(d, d.Quotes[0]))
	assert.Equal(t, doc.Other, d.Entities[first].Type)
	assert.Equal(t, "the analysis", speakerEntity(d, d.Quotes[3]))
	for i := 1; i < len(d.Mentions); i++ {
		assert.LessOrEqual(t, d.Mentions[i-1].Start, d.Mentions[i].Start, "mentions stay in text order")
	}
}

func TestSourceThingsLeavePeopleAndOtherWords(t *testing.T) {
	// "the crowd" heads no document or count: it stays a phrase.
	d := quoteDoc(t, "The crowd said the bridge must stay open.")
	FindQuotes(d)
	SourceEntities(d)
	require.Len(t, d.Quotes, 1)
	assert.Less(t, d.Quotes[0].Speaker, 0)
	assert.Empty(t, d.Entities)
}

func TestSourceThingExtentIsTheNounPhraseWithoutTheClaim(t *testing.T) {
	d := quoteDoc(t, "Sales doubled last year, according to figures released on Monday by the ministry. "+
		"The council issued a statement saying the road would close.")
	FindQuotes(d)
	SourceEntities(d)
	var spk []string
	for _, q := range d.Quotes {
		if q.Speaker >= 0 {
			spk = append(spk, d.Mentions[q.Speaker].Text)
		}
	}
	assert.Contains(t, spk, "figures released on Monday by the ministry")
	for _, s := range spk {
		assert.NotContains(t, s, "road", "the claim is no part of its source's phrase")
	}
}

func TestUnnamedInformantIsAPerson(t *testing.T) {
	d := quoteDoc(t, "The mill will close in May, according to one source.")
	FindQuotes(d)
	SourceEntities(d)
	require.Len(t, d.Quotes, 1)
	require.GreaterOrEqual(t, d.Quotes[0].Speaker, 0)
	m := d.Mentions[d.Quotes[0].Speaker]
	assert.Equal(t, "one source", m.Text)
	assert.Equal(t, doc.Person, d.Entities[m.Entity].Type)
}
