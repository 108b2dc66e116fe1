package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// timexesOf runs the tokenizer and the time stage over text written on date
// ("" = unknown).
func timexesOf(t *testing.T, text, date string) (*doc.Document, []doc.Timex) {
	t.Helper()
	var dct time.Time
	if date != "" {
		var err error
		dct, err = time.Parse("2006-01-02", date)
		require.NoError(t, err)
	}
	d := doc.NewDocument("t", text, dct)
	tokenize.Tokenize(d)
	FindTimexes(d)
	return d, d.Timexes
}

// want is an expected timex: its text, type and value (mod when set).
type want struct{ text, typ, value, mod string }

func TestFindTimexesNormalization(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []want
	}{
		{"bare weekday is the past one", "2024-07-15",
			"Viewers of Thursday's episode were surprised.",
			[]want{{"Thursday", "DATE", "2024-07-11", ""}}},
		{"next weekday is future", "2024-07-15",
			"The board meets next Thursday to vote.",
			[]want{{"next Thursday", "DATE", "2024-07-18", ""}}},
		{"future tense selects the coming weekday", "2024-07-15",
			"The mayor will announce her decision on Friday.",
			[]want{{"Friday", "DATE", "2024-07-19", ""}}},
		{"later month in a new year is last year's", "2024-01-01",
			"The factory closed in December after months of losses.",
			[]want{{"December", "DATE", "2023-12", ""}, {"months", "DURATION", "PXM", ""}}},
		{"a day counted from a month without its day lies in that month", "2024-07-15",
			"The mayor toured the port in March 2019. The day before, a ferry had sunk.",
			[]want{{"March 2019", "DATE", "2019-03", ""}, {"The day before", "DATE", "2019-03", ""}}},
		{"a day counted from a named day", "2024-07-15",
			"The mayor toured the port on March 4, 2019. The day before, a ferry had sunk.",
			[]want{{"March 4, 2019", "DATE", "2019-03-04", ""}, {"The day before", "DATE", "2019-03-03", ""}}},
		{"likely to looks ahead", "2024-07-15",
			"The champion is likely to return on Friday, his coach said.",
			[]want{{"Friday", "DATE", "2024-07-19", ""}}},
		{"a compound adjective in -ed tells no past", "2024-04-15",
			"The convention in July looks well-organized.",
			[]want{{"July", "DATE", "2024-07", ""}}},
		{"month with year stays", "2024-07-15",
			"The law takes effect in January 2025.",
			[]want{{"January 2025", "DATE", "2025-01", ""}}},
		{"full dates", "2024-07-15",
			"She was born on March 3, 1961, and moved on 12 June 1990.",
			[]want{{"March 3, 1961", "DATE", "1961-03-03", ""}, {"12 June 1990", "DATE", "1990-06-12", ""}}},
		{"deictic days and years", "2024-07-15",
			"He resigned yesterday, a year after the scandal broke last year, and two weeks ago said nothing.",
			[]want{{"yesterday", "DATE", "2024-07-14", ""}, {"a year", "DURATION", "P1Y", ""},
				{"last year", "DATE", "2023", ""}, {"two weeks ago", "DATE", "2024-W27", ""}}},
		{"vague references", "2024-07-15",
			"Years later the town recently rebuilt it, and it is now a museum.",
			[]want{{"Years later", "DATE", "PAST_REF", ""}, {"recently", "DATE", "PAST_REF", ""},
				{"now", "DATE", "PRESENT_REF", ""}}},
		{"durations are not dates", "2024-07-15",
			"She was 11 weeks pregnant while he was serving more than eight years in prison.",
			[]want{{"11 weeks", "DURATION", "P11W", ""}, {"more than eight years", "DURATION", "P8Y", "MORE_THAN"}}},
		{"determiners belong to the expression", "2024-07-15",
			"Prices rose over the past three years and will fall in the next few months.",
			[]want{{"the past three years", "DURATION", "P3Y", ""}, {"the next few months", "DURATION", "PXM", ""}}},
		{"quarters and halves", "2024-07-15",
			"Profit in the third quarter of 2023 beat the first half.",
			[]want{{"the third quarter of 2023", "DATE", "2023-Q3", ""}, {"the first half", "DATE", "2024-H1", ""}}},
		{"decades, centuries and seasons", "2024-07-15",
			"Built in the 1990s, late in the 20th century, it reopened last summer.",
			[]want{{"the 1990s", "DATE", "199", ""}, {"the 20th century", "DATE", "19", ""},
				{"last summer", "DATE", "2023-SU", ""}}},
		{"clock time with a day", "2024-07-15",
			"The polls close at 8:30 p.m. Tuesday.",
			[]want{{"8:30 p.m. Tuesday", "TIME", "2024-07-09T20:30", ""}}},
		{"sets", "2024-07-15",
			"The market opens every Thursday and the bus runs twice a week, daily in summer.",
			[]want{{"every Thursday", "SET", "XXXX-WXX-4", ""}, {"twice a week", "SET", "P1W", ""},
				{"daily", "SET", "P1D", ""}, {"summer", "DATE", "2024-SU", ""}}},
		{"modifiers", "2024-07-15",
			"Talks resume early next year after nearly a decade of delay.",
			[]want{{"early next year", "DATE", "2025", "START"}, {"nearly a decade", "DURATION", "P10Y", "APPROX"}}},
		{"fractions of units", "2024-07-15",
			"The hearing lasted two and a half hours.",
			[]want{{"two and a half hours", "DURATION", "PT2H30M", ""}}},
		{"anaphoric next day", "2024-07-15",
			"The ship sank on May 2, 2019. Divers arrived the next day.",
			[]want{{"May 2, 2019", "DATE", "2019-05-02", ""}, {"the next day", "DATE", "2019-05-03", ""}}},
		{"fiscal years and iso dates", "2024-07-15",
			"Fiscal 2023 results were filed on 2024-02-29.",
			[]want{{"Fiscal 2023", "DATE", "2023", ""}, {"2024-02-29", "DATE", "2024-02-29", ""}}},
		{"holidays", "2024-07-15",
			"The store was busy at Thanksgiving.",
			[]want{{"Thanksgiving", "DATE", "2023-11-23", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, got := timexesOf(t, c.text, c.date)
			var g []want
			for _, x := range got {
				g = append(g, want{x.Text, x.Type, x.Value, x.Mod})
			}
			assert.Equal(t, c.want, g)
		})
	}
}

func TestFindTimexesUnknownDate(t *testing.T) {
	_, got := timexesOf(t, "The vote was held on Thursday, and the count ended in December.", "")
	require.Len(t, got, 2)
	assert.Equal(t, "XXXX-WXX-4", got[0].Value)
	assert.Equal(t, "XXXX-12", got[1].Value)

	_, got = timexesOf(t, "He left last year.", "")
	require.Len(t, got, 1)
	assert.Equal(t, "XXXX", got[0].Value, "relative values stay unresolved without an article date")
}

func TestFindTimexesFalsePositives(t *testing.T) {
	texts := []string{
		"The bill passed 43 to 12 after a one-on-one meeting.",
		"We may see protesters march through the city.",
		"Protesters will March on the capital, organizers said.",
		"The Sunday Times reported the story first.",
		"The 32-year-old driver was a five-year-old's father.",
		"About 1500 troops and 2000 police were deployed.",
		"He watched 60 Minutes with a quarter of the audience.",
		"Prices may fall further, the analyst warned.",
	}
	for _, text := range texts {
		_, got := timexesOf(t, text, "2024-07-15")
		assert.Empty(t, got, text)
	}
}

func TestFindTimexesAnchor(t *testing.T) {
	d, got := timexesOf(t, "She found work three weeks after she was released from prison.", "2024-07-15")
	require.Len(t, got, 1)
	assert.Equal(t, "three weeks", got[0].Text)
	assert.Equal(t, "P3W", got[0].Value)
	require.GreaterOrEqual(t, got[0].Anchor, 0)
	assert.Equal(t, "released", d.Tokens[got[0].Anchor].Text)

	d, got = timexesOf(t, "The strike began two days before the vote.", "2024-07-15")
	require.Len(t, got, 1)
	assert.Equal(t, "vote", d.Tokens[got[0].Anchor].Text)

	_, got = timexesOf(t, "The strike lasted two days.", "2024-07-15")
	require.Len(t, got, 1)
	assert.Equal(t, -1, got[0].Anchor)
}

func TestFindTimexesOffsets(t *testing.T) {
	text := "Café owners met on Friday — “in June 2023” — again."
	d, got := timexesOf(t, text, "2024-07-15")
	require.Len(t, got, 2)
	for _, x := range got {
		assert.Equal(t, x.Text, d.Slice(x.Span), "offsets are code points")
	}
	assert.Equal(t, "2023-06", got[1].Value)
}
