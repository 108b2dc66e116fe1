package timex

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file holds the closed word classes of the time grammar: calendar
// names, number words, units and the modifier words TIMEX3 turns into a
// mod. They are the vocabulary of English time expressions, not phrases
// taken from any corpus.

// months maps month names and their news-style abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
	"sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
	"jan": 1, "feb": 2, "apr": 4, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ambiguousMonths are month names that are also ordinary English words
// (modal "may", verb "march", adjective "august"); they count as months only
// in a calendar context.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "august": true, "jan": true, "mar.": true}

// weekdays maps day names to ISO weekday numbers (Monday = 1).
var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thur.": 4, "thurs.": 4, "fri.": 5, "sat.": 6, "sun.": 7,
}

// pluralWeekdays ("on Sundays") denote a set of days.
var pluralWeekdays = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// seasons maps season names to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
	"springtime": "SP", "summertime": "SU", "wintertime": "WI",
}

// dayParts maps parts of the day to TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// units maps unit nouns (singular and plural) to units.
var units = map[string]value.Unit{
	"year": {Code: "Y", Mult: 1}, "years": {Code: "Y", Mult: 1}, "yr": {Code: "Y", Mult: 1}, "yrs": {Code: "Y", Mult: 1},
	"month": {Code: "M", Mult: 1}, "months": {Code: "M", Mult: 1},
	"week": {Code: "W", Mult: 1}, "weeks": {Code: "W", Mult: 1}, "fortnight": {Code: "W", Mult: 2}, "fortnights": {Code: "W", Mult: 2},
	"day": {Code: "D", Mult: 1}, "days": {Code: "D", Mult: 1},
	"hour": {Code: "H", Mult: 1}, "hours": {Code: "H", Mult: 1}, "hrs": {Code: "H", Mult: 1},
	"minute": {Code: "MIN", Mult: 1}, "minutes": {Code: "MIN", Mult: 1}, "mins": {Code: "MIN", Mult: 1},
	"second": {Code: "S", Mult: 1}, "seconds": {Code: "S", Mult: 1}, "secs": {Code: "S", Mult: 1},
	"decade": {Code: "DE", Mult: 1}, "decades": {Code: "DE", Mult: 1},
	"century": {Code: "CE", Mult: 1}, "centuries": {Code: "CE", Mult: 1},
	"millennium": {Code: "Y", Mult: 1000}, "millennia": {Code: "Y", Mult: 1000},
	"quarter": {Code: "Q", Mult: 1}, "quarters": {Code: "Q", Mult: 1},
	"weekend": {Code: "WE", Mult: 1}, "weekends": {Code: "WE", Mult: 1},
	"night": {Code: "D", Mult: 1}, "nights": {Code: "D", Mult: 1},
}

// isPluralUnit reports whether w is the plural of a unit noun.
func isPluralUnit(w string) bool {
	_, ok := units[w]
	return ok && strings.HasSuffix(w, "s") && w != "hrs" && w != "yrs" && w != "mins" && w != "secs"
}

// vagueQuantities stand for an unspecified number ("several years" -> PXY).
var vagueQuantities = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true, "countless": true,
	"multiple": true, "various": true,
}

// modWords are words before a time expression that TIMEX3 records as a mod
// and that the TimeBank conventions include in the extent. Multi-word
// modifiers are listed with spaces.
var modWords = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
	"nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "circa": "APPROX", "c.": "APPROX",
	"more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
	"upwards of": "MORE_THAN", "longer than": "MORE_THAN",
	"less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN", "fewer than": "LESS_THAN",
	"at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
	"up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
	"as many as": "EQUAL_OR_LESS", "as long as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
}

// positionWords select part of a period ("early 2024", "the end of May").
var positionWords = map[string]string{
	"early": "START", "earlier": "START", "late": "END", "later": "END",
	"the beginning of": "START", "the start of": "START", "the dawn of": "START", "the turn of": "START",
	"beginning of": "START", "start of": "START",
	"the end of": "END", "end of": "END", "the close of": "END", "the middle of": "MID", "the mid": "MID",
	"the early": "START", "the late": "END", "the height of": "MID", "the first half of": "START",
	"the second half of": "END", "the latter half of": "END", "the latter part of": "END",
	"the early part of": "START",
}

// refWords are adverbs that refer to the present, past or future without
// naming a date. Adjectives ("current", "recent") and "previously" are
// left out: annotators mark them too inconsistently to be worth the false
// positives.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF", "soon": "FUTURE_REF",
}

// setAdverbs are frequency adverbs that denote a TIMEX3 SET.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "biannually": "P6M",
	"semiannually": "P6M",
}

// timeZones that may follow a clock time; only UTC-like zones change the value.
var timeZones = map[string]string{
	"utc": "Z", "gmt": "Z", "z": "Z", "est": "", "edt": "", "cst": "", "cdt": "", "mst": "",
	"mdt": "", "pst": "", "pdt": "", "et": "", "pt": "", "ct": "", "bst": "", "cet": "", "cest": "",
}

// nonYearFollowers are nouns that show a four-digit number is a count or
// measure rather than a year ("1500 troops").
var nonYearFollowers = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "feet": true, "foot": true, "meters": true,
	"metres": true, "miles": true, "km": true, "kilometers": true, "kilometres": true, "tons": true,
	"tonnes": true, "points": true, "votes": true, "acres": true, "pounds": true, "dollars": true,
	"euros": true, "yen": true, "barrels": true, "members": true, "residents": true, "jobs": true,
	"workers": true, "employees": true, "students": true, "copies": true, "units": true, "cars": true,
	"vehicles": true, "homes": true, "houses": true, "pages": true, "words": true, "calories": true,
	"%": true, "percent": true, "per": true, "x": true, "hours": true, "cc": true, "mph": true,
	"degrees": true, "rpm": true, "patients": true, "cases": true, "deaths": true, "victims": true,
	"shares": true, "yards": true, "officers": true, "police": true, "delegates": true, "seats": true,
}

// nonYearLeaders are tokens before a four-digit number that show it is not a year.
var nonYearLeaders = map[string]bool{
	"$": true, "€": true, "£": true, "no.": true, "#": true, "number": true, "flight": true,
	"route": true, "room": true, "model": true, "page": true, "pages": true, "highway": true,
	"interstate": true, "bus": true, "code": true, "version": true, "article": true, "section": true,
	"resolution": true, "about": true, "some": true, "nearly": true, "almost": true, "over": true,
	"than": true, "approximately": true, "roughly": true, "top": true,
}
