package timex

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file reads the phrases that start with "the": "the past three
// months", "the current quarter", "the fiscal year ended June 30", "the
// day before yesterday", "the 1990s", "the 4th of July".

// theVerdict is what one reading of a "the" phrase found.
type theVerdict int

const (
	theNext  theVerdict = iota // not this reading: try the next
	theMatch                   // this reading matched
	theStop                    // the phrase is no time expression: try no other reading
)

// theReading reads the phrase at i ("the" at i, a = its next word, at j).
type theReading func(s *timexScanner, i, j int, a string) (tmatch, theVerdict)

// theReadings are tried in order; the first that matches or stops wins.
// The order matters: "the past three months" is a span before "the past"
// is a reference, "the year 1990" a year before "the year" a unit. (Set
// in init: the readings reach theRule again through s.match.)
var theReadings []theReading

func init() {
	theReadings = []theReading{
		(*timexScanner).theWeekOfMonth, (*timexScanner).theSpan, (*timexScanner).theYearPeriod,
		(*timexScanner).theLatestPeriod, (*timexScanner).theTradingDay, (*timexScanner).theSamePeriodLastYear,
		(*timexScanner).theCurrent, (*timexScanner).thePeriodEnded, (*timexScanner).theYearNamed,
		(*timexScanner).theYearOf, (*timexScanner).theTerm, (*timexScanner).theWord,
		(*timexScanner).theSeason, (*timexScanner).theOrdinalPeriod, (*timexScanner).theDecade,
		(*timexScanner).theDayFirst, (*timexScanner).theHoliday, (*timexScanner).theUnitsAhead,
		(*timexScanner).theUnitBefore,
	}
}

// theRule handles phrases that start with "the".
func (s *timexScanner) theRule(i int) (tmatch, bool) {
	if s.lw[i] != "the" {
		return tmatch{}, false
	}
	j := i + 1
	a := s.w(j)
	for _, r := range theReadings {
		switch m, v := r(s, i, j, a); v {
		case theMatch:
			return m, true
		case theStop:
			return tmatch{}, false
		}
	}
	return tmatch{}, false
}

// found turns a sub-rule's (match, ok) into a verdict.
func found(m tmatch, ok bool) (tmatch, theVerdict) {
	if ok {
		return m, theMatch
	}
	return tmatch{}, theNext
}

// from moves a match made from j to start at "the" (i).
func from(i int, m tmatch, ok bool) (tmatch, theVerdict) {
	m.start = i
	return found(m, ok)
}

// date is a DATE match of [i, end) with the calendar value c.
func date(i, end int, c value.Cal) tmatch {
	return tmatch{start: i, end: end, typ: "DATE", val: value.CalValue(c), c: c}
}

func (s *timexScanner) theWeekOfMonth(i, j int, _ string) (tmatch, theVerdict) {
	return found(s.weekOfMonth(i, j))
}

// theSpan: the past/next three months, the first nine months, the coming
// weeks, the last week.
func (s *timexScanner) theSpan(i, j int, a string) (tmatch, theVerdict) {
	if !spanAdjectives[a] {
		return tmatch{}, theNext
	}
	if m, ok := s.duration(j + 1); ok {
		return from(i, m, true)
	}
	if u, ok := value.Units[s.w(j+1)]; ok && value.IsPluralUnit(s.w(j+1)) && u.Code != "WE" {
		return tmatch{start: i, end: j + 2, typ: "DURATION", val: value.DurationValue(-1, u), qty: -1, unit: u, kind: kindDuration}, theMatch
	}
	if m, ok := s.theAnaphor(i, a, j+1); ok {
		return m, theMatch
	}
	if a == "last" && s.w(j+1) == "week" {
		return date(i, j+2, s.res.Relative("W", -1)), theMatch
	}
	if a == "past" || a == "last" || a == "coming" || a == "next" {
		if u, ok := value.Units[s.w(j+1)]; ok && u.Code != "D" && u.Code != "WE" && u.Code != "Q" {
			return tmatch{start: i, end: j + 2, typ: "DURATION", val: value.DurationValue(1, u), qty: 1, unit: u, kind: kindDuration}, theMatch
		}
	}
	return tmatch{}, theNext
}

// theYearPeriod: the 1988 period, the 1988 quarter, the 1988 third
// quarter, the 1989 first half: a reporting period of the year named.
func (s *timexScanner) theYearPeriod(i, j int, _ string) (tmatch, theVerdict) {
	return found(s.yearPeriod(i, j))
}

// theLatestPeriod: the quarter an earnings report is about.
func (s *timexScanner) theLatestPeriod(i, j int, a string) (tmatch, theVerdict) {
	if a == "latest" && s.w(j+1) == "period" && s.res.LastQuarter.Y != 0 {
		return date(i, j+2, s.res.LastQuarter), theMatch
	}
	return tmatch{}, theNext
}

func (s *timexScanner) theTradingDay(i, j int, _ string) (tmatch, theVerdict) {
	return found(s.tradingDay(i, j))
}

func (s *timexScanner) theSamePeriodLastYear(i, j int, _ string) (tmatch, theVerdict) {
	return found(s.samePeriodLastYear(i, j))
}

// theCurrent: the current quarter, the present fiscal year, the same
// month, the latest quarter.
func (s *timexScanner) theCurrent(i, j int, a string) (tmatch, theVerdict) {
	if a != "current" && a != "present" && a != "same" && a != "latest" {
		return tmatch{}, theNext
	}
	k := j + 1
	if s.w(k) == "fiscal" {
		k++
	}
	u, ok := value.Units[s.w(k)]
	if !ok || value.IsPluralUnit(s.w(k)) || u.Code == "MIN" || u.Code == "S" || u.Code == "H" {
		return tmatch{}, theNext
	}
	var c value.Cal
	switch {
	case a == "same":
		c = s.sameAs(u.Code)
	case a == "latest" && u.Code == "Q":
		c = s.latestQuarter()
	case a == "latest" && u.Code == "Y":
		c = s.res.Relative("Y", -1) // the latest (fiscal) year: the last one completed
	default:
		c = s.res.Relative(u.Code, 0)
	}
	if c.G == value.GrainNone {
		return tmatch{}, theNext
	}
	return date(i, k+1, c), theMatch
}

// thePeriodEnded: the (fiscal) year ended June 30, the quarter that
// ended: a reporting period.
func (s *timexScanner) thePeriodEnded(i, j int, a string) (tmatch, theVerdict) {
	k := j
	if a != "fiscal" && a != "year" && a != "quarter" {
		return tmatch{}, theNext
	}
	if a == "fiscal" {
		k++
	}
	u, ok := value.Units[s.w(k)]
	if !ok || (u.Code != "Y" && u.Code != "Q") || value.IsPluralUnit(s.w(k)) {
		return tmatch{}, theNext
	}
	if n := s.w(k + 1); n != "ended" && n != "ending" && n != "ends" && !(n == "that" && s.w(k+2) == "ended") {
		return tmatch{}, theNext
	}
	if u.Code != "Q" {
		return tmatch{start: i, end: k + 1, typ: "DURATION", val: "P1Y", qty: 1, unit: u, kind: kindDuration}, theMatch
	}
	// the quarter that ends on the date named
	c := s.latestQuarter()
	if m, ok := s.monthRule(k + 2); ok && m.c.Y != 0 {
		c = value.Cal{G: value.GrainQuarter, Y: m.c.Y, N: (m.c.M-1)/3 + 1}
	}
	return date(i, k+1, c), theMatch
}

// theYearNamed: the year 1990, the year nineteen ninety.
func (s *timexScanner) theYearNamed(i, j int, a string) (tmatch, theVerdict) {
	if a != "year" {
		return tmatch{}, theNext
	}
	if y, k, ok := s.spelledYear(j + 1); ok {
		return date(i, k, value.Cal{G: value.GrainYear, Y: y}), theMatch
	}
	if y, ok := s.yearAt(j + 1); ok {
		return date(i, j+2, value.Cal{G: value.GrainYear, Y: y}), theMatch
	}
	return tmatch{}, theNext
}

func (s *timexScanner) theYearOf(i, j int, _ string) (tmatch, theVerdict) {
	return found(s.theYear(i, j))
}

// theTerm: the near term, the long term.
func (s *timexScanner) theTerm(i, j int, a string) (tmatch, theVerdict) {
	if (a == "near" || a == "short" || a == "long") && s.w(j+1) == "term" {
		return tmatch{start: i, end: j + 2, typ: "DATE", val: "FUTURE_REF"}, theMatch
	}
	return tmatch{}, theNext
}

// theWord reads the phrases named by their second word: the future, the
// near future, at the time, the weekend, the week of March 6, the day
// before yesterday, the quarter, the year-ago quarter.
func (s *timexScanner) theWord(i, j int, a string) (tmatch, theVerdict) {
	switch a {
	case "future", "past", "present":
		if _, ok := value.Units[s.w(j+1)]; ok || doc.IsDigits(s.w(j+1)) {
			return tmatch{}, theStop
		}
		return tmatch{start: i, end: j + 1, typ: "DATE", val: refOf(a)}, theMatch
	case "near", "distant", "recent", "foreseeable", "immediate":
		if n := s.w(j + 1); n == "future" || n == "past" {
			return tmatch{start: i, end: j + 2, typ: "DATE", val: refOf(n)}, theMatch
		}
	case "time":
		if s.w(i-1) == "at" && clauseEnd(s.w(j+1)) {
			return tmatch{start: i, end: j + 1, typ: "DATE", val: "PAST_REF"}, theMatch
		}
		if s.w(j+1) == "being" && s.w(i-1) == "for" {
			return tmatch{start: i, end: j + 2, typ: "DATE", val: "PRESENT_REF"}, theMatch // for the time being
		}
	case "weekend":
		return s.weekend(i, j+1), theMatch
	case "week":
		// the week of March 6
		if s.w(j+1) == "of" {
			if m, ok := s.match(j + 2); ok && m.typ == "DATE" && m.c.G == value.GrainDay && m.c.Y != 0 {
				return date(i, m.end, value.WeekCal(m.c.Time())), theMatch
			}
		}
	case "day":
		return s.theDay(i, j)
	case "quarter":
		if s.w(i-1) == "in" || s.w(i-1) == "for" || s.w(i-1) == "during" {
			return date(i, j+1, s.latestQuarter()), theMatch
		}
	case "year-ago", "year-earlier", "comparable", "corresponding":
		return s.theYearAgo(i, j, a)
	}
	return tmatch{}, theNext
}

// theDay: the day before yesterday, the day after tomorrow, the day
// before last Tuesday's hearing, the day before he was arrested.
func (s *timexScanner) theDay(i, j int) (tmatch, theVerdict) {
	n := s.w(j + 1)
	if n == "before" && s.w(j+2) == "yesterday" {
		c := s.res.ShiftDays(-2)
		return tmatch{start: i, end: j + 3, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}, theMatch
	}
	if n == "after" && s.w(j+2) == "tomorrow" {
		c := s.res.ShiftDays(2)
		return tmatch{start: i, end: j + 3, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}, theMatch
	}
	if n != "before" && n != "after" {
		return tmatch{}, theNext
	}
	// a day next to a date
	if m, ok := s.match(j + 2); ok && m.typ == "DATE" && m.c.G == value.GrainDay && m.c.Y != 0 {
		c := value.DayCal(m.c.Time().AddDate(0, 0, map[string]int{"before": -1, "after": 1}[n]))
		return date(i, m.end, c), theMatch
	}
	// a day anchored to an event, dated once the event is (deriveAnchored)
	if !clauseEnd(s.w(j + 2)) {
		if a := s.anchorAfter(j + 1); a >= 0 {
			return tmatch{start: i, end: j + 1, typ: "DATE", val: "XXXX-XX-XX", anchor: a, derived: true}, theMatch
		}
	}
	return tmatch{}, theNext
}

// theYearAgo: the year-ago quarter, the comparable year-earlier period.
func (s *timexScanner) theYearAgo(i, j int, a string) (tmatch, theVerdict) {
	k := j + 1
	if a == "comparable" || a == "corresponding" {
		if s.w(k) != "year-ago" && s.w(k) != "year-earlier" {
			return tmatch{}, theStop
		}
		k++
	}
	if _, ok := lex.OrdinalWord(s.w(k)); ok && s.w(k+1) == "quarter" {
		k++
	}
	if w := s.w(k); w == "quarter" || w == "period" {
		c := s.latestQuarter()
		if c.Y != 0 {
			c.Y--
		}
		return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c, derived: true}, theMatch
	}
	return tmatch{}, theNext
}

// theSeason: the spring, the fall of 2019.
func (s *timexScanner) theSeason(i, j int, a string) (tmatch, theVerdict) {
	if _, ok := seasons[a]; ok && a != "fall" || a == "fall" && s.w(j+1) == "of" {
		if m, ok := s.seasonRule(j); ok {
			return from(i, m, true)
		}
	}
	return tmatch{}, theNext
}

// theOrdinalPeriod: the third quarter (of 1989), the first half.
func (s *timexScanner) theOrdinalPeriod(i, j int, _ string) (tmatch, theVerdict) {
	m, ok := s.ordinalPeriod(j)
	return from(i, m, ok)
}

// theDecade: the 1990s, the '80s, the 20th century, the eighties; and a
// duration after "the" that is no article's ("the three years").
func (s *timexScanner) theDecade(i, j int, _ string) (tmatch, theVerdict) {
	m, ok := s.core(j)
	if ok && (m.c.G == value.GrainDecade || m.c.G == value.GrainCentury || m.kind == kindDuration && s.lw[j] != "a" && s.lw[j] != "an") {
		return from(i, m, true)
	}
	return tmatch{}, theNext
}

// theDayFirst: the 4th of July, the 7th of March.
func (s *timexScanner) theDayFirst(i, j int, _ string) (tmatch, theVerdict) {
	m, ok := s.dayFirstRule(j)
	return from(i, m, ok)
}

func (s *timexScanner) theHoliday(i, j int, _ string) (tmatch, theVerdict) {
	m, ok := s.holiday(j)
	return from(i, m, ok)
}

// theUnitsAhead: the weeks ahead.
func (s *timexScanner) theUnitsAhead(i, j int, a string) (tmatch, theVerdict) {
	if u, ok := value.Units[a]; ok && value.IsPluralUnit(a) && s.w(j+1) == "ahead" {
		return tmatch{start: i, end: j + 2, typ: "DURATION", val: value.DurationValue(-1, u), qty: -1, unit: u, kind: kindDuration}, theMatch
	}
	return tmatch{}, theNext
}

// theUnitBefore: the year before, the day after (adverbial, anaphoric).
func (s *timexScanner) theUnitBefore(i, j int, a string) (tmatch, theVerdict) {
	u, ok := value.Units[a]
	if !ok || value.IsPluralUnit(a) || (s.w(j+1) != "before" && s.w(j+1) != "after") || !clauseEnd(s.w(j+2)) {
		return tmatch{}, theNext
	}
	dir := 1
	if s.w(j+1) == "before" {
		dir = -1
	}
	if c, ok := s.res.AnaphoricDay(u.Code); ok {
		return date(i, j+2, c), theMatch // "in July 2008. The day before, ...": a day of that July
	}
	return date(i, j+2, s.res.Ago(float64(dir), u.Code, s.res.LastDay)), theMatch
}
