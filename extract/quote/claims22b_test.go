package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An inserted "according to X" whose source runs on past the speaker's
// words (a participle, a relative clause) still closes at its second comma,
// and the clause it interrupts goes on after it; a verb of the main clause
// before the comma means the commas hold more than the attribution.
func TestInsertedAccordingRunsOn(t *testing.T) {
	for _, tc := range []struct {
		text    string
		content []string
	}{
		{"Her biggest donor, according to records filed with the state last week, is a mining company.",
			[]string{"Her biggest donor", "is a mining company"}},
		{"The senator's plan, according to aides who asked not to be named, would raise the tax on fuel.",
			[]string{"The senator's plan", "would raise the tax on fuel"}},
		{"The old mill, according to documents released by the county on Friday, was sold twice.",
			[]string{"The old mill", "was sold twice"}},
		{"Her first job, according to a biography published by her campaign, was at a bakery.",
			[]string{"Her first job", "was at a bakery"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.content, contentTexts(d, quoteByCue(t, d, "according to")), tc.text)
	}
}

// A cue in an adverbial clause that opens the sentence reports up to the
// comma that closes the clause: the clause with its own subject after it
// is the writer's, even when the parse hangs it in the complement. A
// participle's subject ("with one survey finding") is no such clause.
func TestWritersMainClauseIsNoContent(t *testing.T) {
	for _, tc := range []struct {
		text, cue string
		content   []string
	}{
		{"Although in May he said the deal was a mistake, at the hearing this week he said it had worked.", "said",
			[]string{"the deal was a mistake"}},
		{"When he argued that the tax would hurt farmers, in the debate on Monday, his rival laughed.", "argued",
			[]string{"that the tax would hurt farmers"}},
		{"Although the poll shows that she leads by two points, with one survey finding a tie, her aides are nervous.", "shows",
			[]string{"that she leads by two points, with one survey finding a tie"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.content, contentTexts(d, quoteByCue(t, d, tc.cue)), tc.text)
	}
}

// A quoted title after a preposition, a possessive or a verb that takes
// its hearer as object names where or to whom one spoke: no quotation,
// so the cue reports its own clause.
func TestVenueTitleIsNoQuotation(t *testing.T) {
	for _, tc := range []struct {
		text, cue string
		content   []string
	}{
		{`"The plan is dead. Nobody wants it," the governor told "Evening Desk," adding that she would veto it.`, "told",
			[]string{`"The plan is dead. Nobody wants it,"`}},
		{`Speaking last week on "Morning Roundup," the senator said the bill would pass.`, "said",
			[]string{"the bill would pass"}},
		{`During an interview with the station's "Harbor Hour," the chief said crime had fallen.`, "said",
			[]string{"crime had fallen"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.content, contentTexts(d, quoteByCue(t, d, tc.cue)), tc.text)
	}
}

// A headline "SPEAKER: ‘QUOTE’" whose claim is one quotation gives the
// speaker's own words, a direct quote; a headline that only quotes a
// phrase inside the editor's words stays reported.
func TestHeadlineQuotationIsDirect(t *testing.T) {
	for _, tc := range []struct {
		text, content string
		direct        bool
	}{
		{"Ortiz: ‘We Will Win Every County in the State.’\n\nThe mayor spoke on Monday.", "‘We Will Win Every County in the State.’", true},
		{"Ortiz: Rival’s Plan a ‘Disaster’ for Farmers.\n\nThe mayor spoke on Monday.", "Rival’s Plan a ‘Disaster’ for Farmers", false},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		q := quoteByCue(t, d, ":")
		assert.Equal(t, []string{tc.content}, contentTexts(d, q), tc.text)
		assert.Equal(t, tc.direct, q.Direct, tc.text)
	}
}

// A cue the parser made the clausal subject of the next verb ("[admitted
// the gap] does not reflect") reports its object with that verb's
// clause: the object is the clause's subject.
func TestClauseAfterObjectIsContent(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"The governor admitted the gap between the two parties does not reflect the views of most voters.", "admitted",
			"the gap between the two parties does not reflect the views of most voters"},
		{"The new survey shows a clear majority of farmers will vote for the tax.", "shows",
			"a clear majority of farmers will vote for the tax"},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []string{tc.content}, contentTexts(d, quoteByCue(t, d, tc.cue)), tc.text)
	}
}
