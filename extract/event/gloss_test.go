package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// reportedBy returns who event trigger is reported by, "" when the text
// tells it itself.
func reportedBy(t *testing.T, d *doc.Document, trigger string) string {
	t.Helper()
	f := event(t, d, trigger).Factuality
	if !f.Reported || f.Source < 0 {
		return ""
	}
	return d.Mentions[f.Source].Text
}

// The writer's glosses inside reported speech are the text's own: an
// apposition or a non-restrictive relative on a noun of the clause.
func TestGlossesInReportedSpeech(t *testing.T) {
	d := parsed(t, "Kim Lund said she would sign the Ostrom Act, a law that bans drilling in the bay.", people)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "sign"))
	assert.Equal(t, "", reportedBy(t, d, "bans"), "an apposition of the writer's")
	d = parsed(t, "Kim Lund said the mayor, who won the race in May, would resign soon.", people)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "resign"))
	assert.Equal(t, "", reportedBy(t, d, "won"), "a relative after a comma")
	d = parsed(t, "Kim Lund said the mayor who won the race would resign soon.", people)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "won"), "a restrictive relative: her words")
	d = parsed(t, `Kim Lund said the mayor was "a man, who sold our farm, and a thief."`, people)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "sold"), "within quotation marks every word is hers")
}

// The same on a quote of the quote stage, whose content holds the gloss.
func TestGlossesInQuoteContent(t *testing.T) {
	text := "Kim Lund said she would sign the Ostrom Act, a law that bans drilling in the bay."
	d := parsed(t, text, people)
	cue := span(text, "said")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "she would sign the Ostrom Act, a law that bans drilling in the bay")},
		Cue: &cue, Speaker: 0, Addressee: -1}}
	FindEvents(d)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "sign"))
	assert.Equal(t, "", reportedBy(t, d, "bans"))
}

// The saying of a quote is itself told by the outlet that reports it.
func TestSayingReportedByAnOutlet(t *testing.T) {
	for _, text := range []string{`"The plan works," said Kim Lund, reports Vega Labs.`, `"The plan works," Kim Lund said, Vega Labs reported.`,
		`"The plan works," Kim Lund said, according to Vega Labs.`} {
		d := parsed(t, text, people)
		cue := span(text, "said")
		d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "The plan works,")}, Cue: &cue, Speaker: 0, Addressee: -1, Direct: true}}
		FindEvents(d)
		assert.Equal(t, "Vega Labs", reportedBy(t, d, "said"), text)
	}
	text := `"The plan works," Kim Lund said, adding that it was cheap.`
	d := parsed(t, text, people)
	cue := span(text, "said")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "The plan works,")}, Cue: &cue, Speaker: 0, Addressee: -1, Direct: true}}
	FindEvents(d)
	assert.Equal(t, "", reportedBy(t, d, "said"), "the speaker's own addition")
}
