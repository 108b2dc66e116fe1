package timex

import (
	"testing"
)

// Words and numbers that look temporal but are not time expressions, and
// the named days that are.
func TestTimexNotTime(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"an old year before a plural noun is a count", "2011-04-02",
			"Researchers questioned a sample of 1450 nurses from rural clinics.", nil},
		{"the same number after a temporal preposition stays a year", "2011-04-02",
			"In 1848 revolutions spread across the continent.",
			[]want{{"1848", "DATE", "1848", ""}}},
		{"a recent year before a plural noun stays a year", "2011-04-02",
			"Turnout in the 2008 elections was the highest in decades.",
			[]want{{"2008", "DATE", "2008", ""}, {"decades", "DURATION", "PXY", ""}}},
		{"a season as a noun modifier", "2014-06-10",
			"Farmers in the valley planted winter barley and sorghum.", nil},
		{"a season as the subject of a verb", "2014-06-10",
			"Analysts said spring brings more buyers to the market.",
			[]want{{"spring", "DATE", "2014-SP", ""}}},
		{"a quarter as a fraction after a comma", "2012-03-01",
			"The chain will close 410 stores, or roughly a quarter, of its outlets.", nil},
		{"a quarter of a year stays a duration", "2012-03-01",
			"Sales fell for a quarter before recovering.",
			[]want{{"a quarter", "DURATION", "P1Q", ""}}},
	})
}

// Named days: the movable ones get their date, the historic ones are kept
// as expressions without a guessed value.
func TestTimexNamedDays(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"Black Friday is the day after Thanksgiving", "2019-12-02",
			"Retailers reported record traffic on Black Friday.",
			[]want{{"Black Friday", "DATE", "2019-11-29", ""}}},
		{"Ash Wednesday counts back from Easter", "2016-02-12",
			"The parish held a service on Ash Wednesday.",
			[]want{{"Ash Wednesday", "DATE", "2016-02-10", ""}}},
		{"a historic named day is not last Monday", "2017-10-19",
			"Traders still remember Black Monday and its panic.",
			[]want{{"Black Monday", "DATE", "XXXX-XX-XX", ""}}},
	})
}

// "a day" and "one day" that do not measure a length of time.
func TestTimexDayNotLength(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"a predicate day", "2015-03-02",
			"For the villagers, the harvest festival is a day to rest.", nil},
		{"a predicate day with a bare relative clause", "2015-03-02",
			"The flood was not a day anyone in town forgets.", nil},
		{"one day opening a future clause", "2015-03-02",
			"She hopes that one day her son will run the farm.",
			[]want{{"one day", "DATE", "FUTURE_REF", ""}}},
		{"one day with a comma, future", "2015-03-02",
			"One day, robots will pick the grapes.",
			[]want{{"One day", "DATE", "FUTURE_REF", ""}}},
		{"one day in a past story has no value", "2015-03-02",
			"One day the foreman walked out of the mill.", nil},
		{"a measured day stays a duration", "2015-03-02",
			"The repairs took a day, and the line reopened.",
			[]want{{"a day", "DURATION", "P1D", ""}}},
	})
}

// Rates, hours counted back, and numeric dates with a two-digit year.
func TestTimexRatesAndNumericDates(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"a counted noun per week is a rate", "2016-05-10",
			"The ferry makes six crossings a week in summer.",
			[]want{{"a week", "SET", "P1W", ""}, {"summer", "DATE", "2016-SU", ""}}},
		{"a day after a count is still anchored", "2016-05-10",
			"Police arrested three men a day after the raid.",
			[]want{{"a day", "DURATION", "P1D", ""}}},
		{"thirty hours ago is yesterday", "2016-05-10",
			"The warning was issued thirty hours ago.",
			[]want{{"thirty hours ago", "DATE", "2016-05-09", ""}}},
		{"a few hours ago is today", "2016-05-10",
			"The warning was issued three hours ago.",
			[]want{{"three hours ago", "DATE", "2016-05-10", ""}}},
		{"an editor's bracket around the count", "2016-05-10",
			"\"[Five] years ago, nobody cared,\" the curator said.",
			[]want{{"[Five] years ago", "DATE", "2011", ""}}},
		{"slash date with a two-digit year", "2016-05-10",
			"The contract dated 3/14/15 was never signed.",
			[]want{{"3/14/15", "DATE", "2015-03-14", ""}}},
	})
}

// Tense cues that are nouns or adjectives do not make a weekday future, and
// an abbreviation before a comma does not cut the sentence that carries the
// tense.
func TestTimexTenseCueWordClass(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"a noun 'plans' is no future cue", "2016-05-11",
			"On Friday, the mayor dropped her travel plans for the summit.",
			[]want{{"Friday", "DATE", "2016-05-06", ""}}},
		{"an adjective 'planned' is no future cue", "2016-05-11",
			"On Monday, officials cancelled the long planned parade.",
			[]want{{"Monday", "DATE", "2016-05-09", ""}}},
		{"the verb still is", "2016-05-11",
			"The union plans to strike on Friday.",
			[]want{{"Friday", "DATE", "2016-05-13", ""}}},
		{"next to is a preposition", "2016-05-11",
			"A fire broke out next to the station on Sunday.",
			[]want{{"Sunday", "DATE", "2016-05-08", ""}}},
		{"a plan in the past tense still looks ahead", "2016-05-13",
			"Farmers were planning to block the highway on Saturday.",
			[]want{{"Saturday", "DATE", "2016-05-14", ""}}},
		{"since names a time already behind", "2016-05-11",
			"The ship has been at sea since June and is scheduled to dock soon.",
			[]want{{"June", "DATE", "2015-06", ""}, {"soon", "DATE", "FUTURE_REF", ""}}},
		{"a state abbreviation before a comma", "1998-10-25",
			"In January, a storm in Mobile, Ala., flooded the port.",
			[]want{{"January", "DATE", "1998-01", ""}}},
	})
}

// Partitive years, counted quarters, intensified bare plurals and the
// idiom "for the time being".
func TestTimexPartsAndIdioms(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"part of the year said in its first quarter", "2012-03-20",
			"Exports slowed during the first two months of the year.",
			[]want{{"the first two months", "DURATION", "P2M", ""}, {"the year", "DATE", "2012", ""}}},
		{"the whole year reported in January is last year's", "2012-01-20",
			"The brewer lost money for the year.",
			[]want{{"the year", "DATE", "2011", ""}}},
		{"consecutive quarters of growth are a duration", "2012-03-20",
			"The region shrank for three consecutive quarters of weak demand.",
			[]want{{"three consecutive quarters", "DURATION", "P3Q", ""}}},
		{"a bare plural after an intensifier", "2012-03-20",
			"The tickets sold out in just hours.",
			[]want{{"hours", "DURATION", "PTXH", ""}}},
		{"around before a definite phrase is a preposition", "2012-03-20",
			"The novel revolves around the 12 year cycle of the zodiac.",
			[]want{{"the 12 year", "DURATION", "P12Y", ""}}},
		{"around before a number approximates", "2012-03-20",
			"The strike lasted around two weeks.",
			[]want{{"around two weeks", "DURATION", "P2W", "APPROX"}}},
		{"the weeks before an event", "2012-03-20",
			"Neighbours saw the van in the weeks before the robbery.",
			[]want{{"the weeks", "DURATION", "PXW", ""}}},
		{"for the time being", "2012-03-20",
			"The bridge stays closed for the time being.",
			[]want{{"the time being", "DATE", "PRESENT_REF", ""}}},
	})
}

// Weeks of a month and clock times dated by a following phrase.
func TestTimexWeekOfMonthAndClockDay(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"the last week of a month", "2015-11-03",
			"Orders dipped in the last week of October.",
			[]want{{"the last week of October", "DATE", "2015-W44", ""}}},
		{"the second week of a month with its year", "2015-11-03",
			"Hearings open in the second week of January 2016.",
			[]want{{"the second week of January 2016", "DATE", "2016-W02", ""}}},
		{"the day a market report closes", "2015-11-03",
			"The index slipped 2% to end the day at 4,120. On Monday, it rallied late in the day.",
			[]want{{"the day", "DATE", "2015-11-03", ""}, {"Monday", "DATE", "2015-11-02", ""},
				{"late in the day", "DATE", "2015-11-02", "END"}}},
		{"the day as a plain noun", "2015-11-03",
			"She will never forget the day her son was born.", nil},
		{"a clock time on the next day", "2015-11-03",
			"The count started at 21:00 on Sunday and ended at 4:15 the next day.",
			[]want{{"21:00 on Sunday", "TIME", "2015-11-01T21:00", ""}, {"4:15 the next day", "TIME", "2015-11-02T04:15", ""}}},
	})
}

func TestTimexWeeksBeforeAnchor(t *testing.T) {
	d, got := timexesOf(t, "Neighbours saw the van in the weeks before the robbery.", "2012-03-20")
	if len(got) != 1 || got[0].Anchor < 0 || d.Tokens[got[0].Anchor].Text != "robbery" {
		t.Fatalf("want 'the weeks' anchored to 'robbery', got %+v", got)
	}
}

// Year-over-year comparisons name the period last reported, a year back.
func TestTimexSamePeriodLastYear(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"a month named before", "2014-06-04",
			"Bookings grew 12% in May from the same period last year.",
			[]want{{"May", "DATE", "2014-05", ""}, {"the same period last year", "DATE", "2013-05", ""}}},
		{"a quarter named before", "2014-06-04",
			"Profit in the first quarter of 2014 beat the same quarter a year earlier.",
			[]want{{"the first quarter of 2014", "DATE", "2014-Q1", ""},
				{"the same quarter a year earlier", "DATE", "2013-Q1", ""}}},
		{"nothing named: last year", "2014-06-04",
			"Attendance is down from the same time last year.",
			[]want{{"the same time last year", "DATE", "2013", ""}}},
	})
}

// Coordinated day numbers, holidays found from any of their words, and
// periods "earlier in the year".
func TestTimexCoordinatedAndPeriods(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"a second day number joined to a date", "2013-05-02",
			"The fair runs on June 14 and 15 in the old harbour.",
			[]want{{"June 14", "DATE", "2013-06-14", ""}, {"15", "DATE", "2013-06-15", ""}}},
		{"a counted noun after the number", "2013-05-02",
			"On April 9 and 12 workers were hurt.",
			[]want{{"April 9", "DATE", "2013-04-09", ""}}},
		{"Election Day", "2013-10-20",
			"Turnout will be high on Election Day.",
			[]want{{"Election Day", "DATE", "2013-11-05", ""}}},
		{"soon after an event is not the future", "2013-10-20",
			"The hostage was freed soon after the raid, and talks will resume soon.",
			[]want{{"soon", "DATE", "FUTURE_REF", ""}}},
		{"that month is the story's year", "2013-10-20",
			"She joined the club in 2009. That March, she won her first race.",
			[]want{{"2009", "DATE", "2009", ""}, {"That March", "DATE", "2009-03", ""}}},
		{"a later date", "2013-10-20",
			"The hearing was moved to a later date.",
			[]want{{"a later date", "DATE", "FUTURE_REF", ""}}},
		{"earlier in the year", "2013-10-20",
			"Floods had delayed planting earlier in the year.",
			[]want{{"the year", "DATE", "2013", ""}}},
		{"the week a report closes", "2013-10-18",
			"On Friday the index rose 2% to end the week at 1,710.",
			[]want{{"Friday", "DATE", "2013-10-18", ""}, {"the week", "DATE", "2013-W42", ""}}},
	})
}

// "The day before <event>" is a day anchored to the event: dated when the
// event is, unresolved otherwise.
func TestTimexDayBeforeEvent(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"dated through the event", "2021-07-01",
			"The mayor resigned on May 4, 2021. Aides met the day after the resignation.",
			[]want{{"May 4, 2021", "DATE", "2021-05-04", ""}, {"the day", "DATE", "2021-05-05", ""}}},
		{"an undated event leaves the day unresolved", "2021-07-01",
			"The day before she left, her sister called.",
			[]want{{"The day", "DATE", "XXXX-XX-XX", ""}}},
		{"the day before as an adverb stays relative", "2021-07-01",
			"The bridge reopened on Tuesday, a week after the flood. Crews had tested it the day before.",
			[]want{{"Tuesday", "DATE", "2021-06-29", ""}, {"a week", "DURATION", "P1W", ""},
				{"the day before", "DATE", "2021-06-28", ""}}},
	})
}

// Days and weeks named through another date, and Holy Week.
func TestTimexThroughAnotherDate(t *testing.T) {
	runTimexCases(t, []struct {
		name, date, text string
		want             []want
	}{
		{"the day before a dated day", "2016-09-14",
			"The day before Sept. 3, the fleet sailed.",
			[]want{{"The day before Sept. 3", "DATE", "2016-09-02", ""}}},
		{"the week of a date", "2016-09-14",
			"The trial could start the week of Oct. 10.",
			[]want{{"the week of Oct. 10", "DATE", "2016-W41", ""}}},
		{"Holy Week ends on Easter Sunday", "2016-03-22",
			"Pilgrims filled the city as Holy Week began.",
			[]want{{"Holy Week", "DATE", "2016-W12", ""}}},
	})
}
