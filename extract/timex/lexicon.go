package timex

import (
	"github.com/newsgraph/newsgraph/extract/lex"
)

// This file holds the closed word classes of the time grammar: calendar
// names, number words, units and the modifier words TIMEX3 turns into a
// mod. They are the vocabulary of English time expressions, not phrases
// taken from any corpus.

// months maps month names and their news-style abbreviations to 1..12.
var months = lex.Numbers("timex/months")

// ambiguousMonths are month names that are also ordinary English words
// (modal "may", verb "march", adjective "august"); they count as months only
// in a calendar context.
var ambiguousMonths = lex.Words("timex/ambiguousMonths")

// weekdays maps day names to ISO weekday numbers (Monday = 1).
var weekdays = lex.Numbers("timex/weekdays")

// pluralWeekdays ("on Sundays") denote a set of days.
var pluralWeekdays = lex.Numbers("timex/pluralWeekdays")

// seasons maps season names to TIMEX3 season codes.
var seasons = lex.Table("timex/seasons")

// dayParts maps parts of the day to TIMEX3 codes.
var dayParts = lex.Table("timex/dayParts")

// vagueQuantities stand for an unspecified number ("several years" -> PXY).
var vagueQuantities = lex.Words("timex/vagueQuantities")

// modWords are words before a time expression that TIMEX3 records as a mod
// and that the TimeBank conventions include in the extent. Multi-word
// modifiers are listed with spaces.
var modWords = lex.Table("timex/modWords")

// positionWords select part of a period ("early 2024", "the end of May").
var positionWords = lex.Table("timex/positionWords")

// refWords are adverbs that refer to the present, past or future without
// naming a date. Adjectives ("current", "recent") and "previously" are
// left out: annotators mark them too inconsistently to be worth the false
// positives.
var refWords = lex.Table("timex/refWords")

// setAdverbs are frequency adverbs that denote a TIMEX3 SET.
var setAdverbs = lex.Table("timex/setAdverbs")

// timeZones that may follow a clock time; only UTC-like zones change the value.
var timeZones = lex.Table("timex/timeZones")

// nonYearFollowers are nouns that show a four-digit number is a count or
// measure rather than a year ("1500 troops").
var nonYearFollowers = lex.Words("timex/nonYearFollowers")

// nonYearLeaders are tokens before a four-digit number that show it is not a year.
var nonYearLeaders = lex.Words("timex/nonYearLeaders")
