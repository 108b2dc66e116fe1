package timex

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file holds the rules that decide a phrase's reading from its
// neighbours: periods named through the report or another date ("to end
// the day", "the same period last year", "the last week of March"),
// clause-level readings of "a/one day", and the noun tests that tell a
// count or a compound from a time ("1709 schoolchildren", "winter wheat").

// tradingDay handles "the day" as the day under report: the object of a
// verb of ending or starting ("to end the day at 9,505", "opened the day
// lower") and "late/early in the day". It is the day last named, else
// the article date. "The week" follows the same rules (its week);
// "earlier in the year/month" is the current one.
func (s *timexScanner) tradingDay(i, j int) (tmatch, bool) {
	u, ok := value.Units[s.w(j)]
	if !ok || value.IsPluralUnit(s.w(j)) || u.Code != "D" && u.Code != "W" && u.Code != "M" && u.Code != "Y" {
		return tmatch{}, false
	}
	start, mod := i, ""
	switch prev := s.w(i - 1); {
	case dayBounds[prev] && (u.Code == "D" || u.Code == "W") && s.w(j+1) != "of":
	case prev == "in" && (s.w(i-2) == "late" || s.w(i-2) == "early"):
		start, mod = i-2, map[string]string{"late": "END", "early": "START"}[s.w(i-2)]
	case prev == "in" && (s.w(i-2) == "later" || s.w(i-2) == "earlier"):
	default:
		return tmatch{}, false
	}
	c := s.sentDay
	if c.G != value.GrainDay {
		c = s.res.LastDay
	}
	if c.G != value.GrainDay || c.Y == 0 {
		c = s.res.Today()
	}
	switch u.Code {
	case "W":
		if c.Y != 0 {
			c = value.WeekCal(c.Time())
		}
	case "M", "Y":
		c = s.res.Relative(u.Code, 0) // "earlier in the year": this year
	}
	return tmatch{start: start, end: j + 1, typ: "DATE", val: value.CalValue(c), c: c, mod: mod, derived: true}, true
}

// dayBounds are verbs whose object "the day" is the day being reported.
var dayBounds = lex.Words("timex/dayBounds")

// samePeriodLastYear parses "the same period/month/quarter (of) last year"
// and "the same period a year earlier" at j ("same"), after "the" at i: the
// period the report last named (a quarter, else a month), one year back;
// without one, last year.
func (s *timexScanner) samePeriodLastYear(i, j int) (tmatch, bool) {
	unit := s.w(j + 1)
	if s.w(j) != "same" || unit != "period" && unit != "time" && unit != "month" && unit != "quarter" {
		return tmatch{}, false
	}
	k := j + 2
	if s.w(k) == "of" || s.w(k) == "in" {
		k++
	}
	if s.w(k) == "the" {
		k++
	}
	switch {
	case (s.w(k) == "last" || s.w(k) == "previous" || s.w(k) == "prior") && s.w(k+1) == "year":
		k += 2
	case s.w(k) == "a" && s.w(k+1) == "year" && (s.w(k+2) == "ago" || s.w(k+2) == "earlier" || s.w(k+2) == "before"):
		k += 3
	default:
		return tmatch{}, false
	}
	if !s.res.HasDCT {
		return tmatch{start: i, end: k, typ: "DATE", val: "XXXX"}, true
	}
	c := value.Cal{G: value.GrainYear, Y: s.res.Dct.Year()}
	switch q, mo := s.res.LastQuarter, s.res.NamedMonth; {
	case q.Y != 0 && (unit == "quarter" || unit != "month" && s.sentenceHas("quarter", "quarterly")):
		c = q
	case mo.Y != 0 && unit != "quarter":
		c = mo
	}
	c.Y--
	return tmatch{start: i, end: k, typ: "DATE", val: value.CalValue(c), c: c, derived: true}, true
}

// weekOfMonth parses "the first/second/last week of March (2009)" at j,
// after "the" at i: the ISO week holding the middle of that seven-day
// stretch of the month (days 1-7 for the first, the last seven days for the
// last).
func (s *timexScanner) weekOfMonth(i, j int) (tmatch, bool) {
	nth := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}[s.w(j)]
	if nth == 0 || s.w(j+1) != "week" || s.w(j+2) != "of" {
		return tmatch{}, false
	}
	if _, ok := months[s.w(j+3)]; !ok {
		return tmatch{}, false
	}
	m, ok := s.monthRule(j + 3)
	if !ok || m.c.G != value.GrainMonth {
		return tmatch{}, false
	}
	if m.c.Y == 0 {
		return tmatch{start: i, end: m.end, typ: "DATE", val: "XXXX-WXX"}, true
	}
	first := time.Date(m.c.Y, time.Month(m.c.M), 1, 0, 0, 0, 0, time.UTC)
	mid := first.AddDate(0, 0, 3+7*(nth-1))
	if nth < 0 {
		mid = first.AddDate(0, 1, -4)
	}
	c := value.WeekCal(mid)
	return tmatch{start: i, end: m.end, typ: "DATE", val: value.CalValue(c), c: c}, true
}

// clauseAdverb reports whether "one day" at i opens a clause: after a
// clause boundary and before its subject ("that one day the city might").
func (s *timexScanner) clauseAdverb(i int) bool {
	prev, next := s.w(i-1), s.w(i+2)
	opens := i == s.first || prev == "that" || prev == "," || prev == "and" || prev == "but" || prev == "``" ||
		prev == "\"" || prev == "“"
	subject := determiners[next] || lex.SubjectPronouns[next] || next == "you" || s.capitalized(i+2) || next == ","
	return opens && subject
}

// clauseTense is the tense of the first verb-like word from k on, within
// the next few words: the tense of the clause an adverb opens.
func (s *timexScanner) clauseTense(k int) int {
	if s.w(k) == "," {
		k++
	}
	for j := k; j < s.last && j < k+8; j++ {
		if modals[s.lw[j]] {
			return 1
		}
		if t := s.verbTense(j); t != 0 {
			return t
		}
	}
	return 0
}

// predicateNoun reports whether "a day" at i is the noun of a predicate
// ("today is a day to celebrate", "not a day anybody forgets"), which
// names a day rather than measuring a length of time.
func (s *timexScanner) predicateNoun(i int) bool {
	if _, ok := value.Units[s.w(i+1)]; !ok || value.IsPluralUnit(s.w(i+1)) {
		return false
	}
	switch s.w(i - 1) {
	case "is", "was", "be", "been", "not", "--", "—":
	default:
		return false
	}
	next := s.w(i + 2)
	return next == "to" && s.w(i+3) != "" && !determiners[s.w(i+3)] || next == "when" || next == "that" ||
		next == "which" || lex.SubjectPronouns[next] || next == "anybody" || next == "anyone" || next == "nobody" ||
		next == "everyone" || next == "we" || next == "you"
}

// countedNoun reports whether w looks like a plural common noun that a
// number before it counts: pluralNoun (nominals.go) on a lower-case
// content word, minus the function words and verbs ending in -s.
func countedNoun(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' || !isNounLike(w) {
		return false
	}
	if strings.HasSuffix(w, "children") || strings.HasSuffix(w, "people") {
		return true // "schoolchildren", "townspeople"
	}
	if !lex.PluralNoun(w) {
		return false
	}
	switch w {
	case "was", "has", "does", "goes", "says", "its", "as", "yes", "less", "plus", "thus", "whereas",
		"afterwards", "towards", "besides", "always", "sometimes", "perhaps", "nevertheless", "series", "news":
		return false
	}
	return true
}

// compoundHead reports whether w may be the singular head noun of a
// compound a season word modifies ("winter wheat", "summer camp"). A word
// in -s or -ed is more often the verb of a season subject ("spring shows
// signs of hope").
func compoundHead(w string) bool {
	return isNounLike(w) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !auxiliaries[w] &&
		!modals[w] && w != "of"
}
