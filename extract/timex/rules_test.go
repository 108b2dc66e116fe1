package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/timex/value"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runTimexCases checks text, type, value and mod of every timex found.
func runTimexCases(t *testing.T, cases []struct {
	name, date, text string
	want             []want
}) {
	t.Helper()
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

// The news conventions of the brief, one sentence each.
func TestTimexNewsConventions(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"bare weekday in a Monday article is the past one", "2024-07-15",
			"Critics panned Thursday's episode of the cooking show.",
			[]want{{"Thursday", "DATE", "2024-07-11", ""}}},
		{"December read on New Year's Day is last year's", "2024-01-01",
			"The bakery on Elm Street shut its doors in December.",
			[]want{{"December", "DATE", "2023-12", ""}}},
		{"a month with its year stays", "2024-07-15",
			"The new rail line opens in January 2025, officials said.",
			[]want{{"January 2025", "DATE", "2025-01", ""}}},
		{"vague years later", "2024-07-15",
			"Years later, the orchard was sold to a developer.",
			[]want{{"Years later", "DATE", "PAST_REF", ""}}},
		{"weeks pregnant is a duration", "2024-07-15",
			"The singer revealed she is 11 weeks pregnant with twins.",
			[]want{{"11 weeks", "DURATION", "P11W", ""}}},
		{"more than eight years", "2024-07-15",
			"The dispute dragged on for more than eight years.",
			[]want{{"more than eight years", "DURATION", "P8Y", "MORE_THAN"}}},
	})
}

// Months and dates without a year: the coming month wins when it is close,
// whatever the tense of the reporting verb; a month far ahead in a
// past-tense sentence is last year's.
func TestTimexMonthYear(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"next month in a past-tense report", "2019-10-21",
			"The utility said it would raise rates in November.",
			[]want{{"November", "DATE", "2019-11", ""}}},
		{"two months ahead with a past reporting verb", "2019-10-21",
			"Negotiators said the deal should close by December.",
			[]want{{"December", "DATE", "2019-12", ""}}},
		{"far ahead in the past tense is last year", "2019-04-10",
			"The mill burned down in October.",
			[]want{{"October", "DATE", "2018-10", ""}}},
		{"far ahead without tense is last year", "2019-04-10",
			"Since the Oct. 12 flood, the bridge has been closed.",
			[]want{{"Oct. 12", "DATE", "2018-10-12", ""}}},
		{"behind in a future sentence is next year", "2019-11-20",
			"The museum will reopen in March.",
			[]want{{"March", "DATE", "2020-03", ""}}},
		{"a noun plan is no future cue", "2019-10-21",
			"The council approved the plan Aug. 14.",
			[]want{{"Aug. 14", "DATE", "2019-08-14", ""}}},
		{"of next year", "2019-05-15",
			"Leases will not be renewed after October of next year.",
			[]want{{"October of next year", "DATE", "2020-10", ""}}},
		{"the quarter after the current one is this year's", "2019-08-10",
			"The firm announced it would cut shifts during the fourth quarter.",
			[]want{{"the fourth quarter", "DATE", "2019-Q4", ""}}},
	})
}

// Reporting periods of company results.
func TestTimexReportingPeriods(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"year-earlier and the YYYY period follow the quarter named", "2019-10-21",
			"Third-quarter sales rose 4%. Year-earlier sales were flat, and in the 2018 period costs were higher.",
			[]want{{"Third-quarter", "DATE", "2019-Q3", ""}, {"Year-earlier", "DATE", "2018-Q3", ""},
				{"the 2018 period", "DATE", "2018-Q3", ""}}},
		{"the YYYY ordinal quarter", "2019-10-21",
			"The charge was booked in the 2017 second quarter.",
			[]want{{"the 2017 second quarter", "DATE", "2017-Q2", ""}}},
		{"for the year", "2019-10-21",
			"For the full year, the brewer expects flat volume, and sales for the year may fall.",
			[]want{{"the full year", "DATE", "2019", ""}, {"the year", "DATE", "2019", ""}}},
		{"the entire year reported in January is last year", "2020-01-20",
			"The carmaker lost $2 billion for the entire year.",
			[]want{{"the entire year", "DATE", "2019", ""}}},
		{"player of the year is no time", "2019-10-21",
			"She was named player of the year.", nil},
		{"the final quarter of a year", "2020-01-28",
			"For the final quarter of 2019, the airline made a profit.",
			[]want{{"the final quarter of 2019", "DATE", "2019-Q4", ""}}},
		{"the latest fiscal year is the last one completed", "2019-10-21",
			"Revenue reached $4 billion in the latest fiscal year.",
			[]want{{"the latest fiscal year", "DATE", "2018", ""}}},
	})
}

// Durations with fractions are written in mixed units, as TIMEX3 does.
func TestTimexMixedUnits(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"years and months", "2019-10-21", "The family lived in a tent for 2 1/2 years.",
			[]want{{"2 1/2 years", "DURATION", "P2Y6M", ""}}},
		{"minutes and seconds", "2019-10-21", "The broadcast froze for a minute and a half.",
			[]want{{"a minute and a half", "DURATION", "PT1M30S", ""}}},
		{"half alone stays in the smaller unit", "2019-10-21", "The vote took half an hour.",
			[]want{{"half an hour", "DURATION", "PT30M", ""}}},
	})
}

// Smaller rule families: spelled years, two-word day parts, recurring
// adjectives, clock times dated by a parenthesis.
func TestTimexMiscRules(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"spelled year without a preposition", "1999-02-27",
			"Denver, nineteen ninety-eight. The storm hit at night.",
			[]want{{"nineteen ninety-eight", "DATE", "1998", ""}}},
		{"mid afternoon as two words", "1999-03-06",
			"By mid afternoon the convoy had left.",
			[]want{{"mid afternoon", "TIME", "1999-03-06TAF", ""}}},
		{"recurring adjective", "1999-03-06",
			"The mayor gave his weekly address, while quarterly dividends were cut.",
			[]want{{"weekly", "SET", "P1W", ""}}},
		{"a newspaper is not a set", "1999-03-06",
			"The party daily Pravda printed the letter.", nil},
		{"day after a parenthesis", "1998-08-08",
			"The blast came at 10:35 a.m. (0735 GMT) Friday.",
			[]want{{"10:35 a.m.", "TIME", "1998-08-07T10:35", ""}, {"0735 GMT", "TIME", "1998-08-07T07:35Z", ""},
				{"Friday", "DATE", "1998-08-07", ""}}},
	})
}

func TestTimexDerivedFromAnchor(t *testing.T) {
	text := "Dana Whitfield was released from prison in December. " +
		"She met her pen pal in Austin three weeks after she was released."
	d := doc.NewDocument("t", text, time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	FindTimexes(d)
	require.Len(t, d.Timexes, 2)
	dur := d.Timexes[1]
	assert.Equal(t, "P3W", dur.Value, "the duration keeps its own value")
	assert.Equal(t, "released", d.Tokens[dur.Anchor].Text)
	assert.Equal(t, "2024-01", dur.Derived, "December 2023 plus three weeks, at month precision")
}

func TestTimexDerivedDayAndDirection(t *testing.T) {
	cases := []struct{ text, want string }{
		// a date in the anchor's own clause, at day precision
		{"The couple separated two months after the wedding on March 3, 2022.", "2022-05-03"},
		// an event of the same type dated in another sentence, counted back
		{"The suspect was arrested on June 10, 2021. Witnesses saw him four days before his arrest.", "2021-06-06"},
		// no dated release anywhere: nothing derived
		{"She found work three weeks after she was released.", ""},
	}
	for _, c := range cases {
		_, got := timexesOf(t, c.text, "2024-07-15")
		derived := ""
		for _, x := range got {
			if x.Type == "DURATION" {
				derived = x.Derived
			}
		}
		assert.Equal(t, c.want, derived, c.text)
	}
}

func TestShiftByDuration(t *testing.T) {
	for _, c := range []struct {
		base, dur string
		dir       int
		want      string
		ok        bool
	}{
		{"2023-12", "P3W", 1, "2024-01", true},
		{"2023-12-05", "P3W", 1, "2023-12-26", true},
		{"2020", "P2Y", -1, "2018", true},
		{"2023-12-05", "PT36H", 1, "2023-12-06", true},
		{"2023-12", "PXW", 1, "", false},
		{"PAST_REF", "P3W", 1, "", false},
	} {
		got, ok := value.ShiftByDuration(c.base, c.dur, c.dir)
		assert.Equal(t, c.ok, ok, c.base+" "+c.dur)
		assert.Equal(t, c.want, got, c.base+" "+c.dur)
	}
}
