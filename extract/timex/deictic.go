package timex

import (
	"strconv"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file handles expressions built on determiners: "the past three
// months", "the next day", "the third quarter", "last week", "this
// Friday", "next spring", "that year".

// spanAdjectives open a stretch of time counted back or forward from a
// reference point: "the past three months", "the next few years".
var spanAdjectives = lex.Words("timex/spanAdjectives")

func refOf(w string) string {
	switch w {
	case "future":
		return "FUTURE_REF"
	case "past":
		return "PAST_REF"
	}
	return "PRESENT_REF"
}

// theAnaphor handles "the next day", "the following year", "the previous
// week", "the same day": relative to the last date the text mentioned,
// not to the article date.
func (s *timexScanner) theAnaphor(i int, adj string, k int) (tmatch, bool) {
	dir := 0
	switch adj {
	case "next", "following", "subsequent", "ensuing":
		dir = 1
	case "previous", "preceding":
		dir = -1
	default:
		return tmatch{}, false
	}
	w := s.w(k)
	if wd, ok := weekdays[w]; ok && s.res.LastDay.Y != 0 {
		// the previous Friday: the one before the day last mentioned
		base := s.res.LastDay.Time()
		delta := (wd - value.IsoWeekday(base) + 7) % 7
		if dir < 0 {
			delta = -((value.IsoWeekday(base) - wd + 7) % 7)
		}
		if delta == 0 {
			delta = 7 * dir
		}
		c := value.DayCal(base.AddDate(0, 0, delta))
		return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	if c, ok := s.res.AnaphoricDay(u0(w)); ok {
		return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c}, true // "in July 2008 ... the next day"
	}
	if part, ok := dayParts[w]; ok {
		c := s.res.Ago(float64(dir), "D", s.res.LastDay)
		return tmatch{start: i, end: k + 1, typ: "TIME", val: value.CalValue(c) + "T" + part, c: c}, true
	}
	u, ok := value.Units[w]
	if !ok || value.IsPluralUnit(w) {
		return tmatch{}, false
	}
	var c value.Cal
	switch u.Code {
	case "Y":
		c = value.Cal{G: value.GrainYear}
		if s.res.LastYear != 0 {
			c.Y = s.res.LastYear + dir
		}
	case "M":
		c = s.res.LastMonth
		if c.Y != 0 {
			c = s.res.Ago(float64(dir), "M", value.Cal{G: value.GrainDay, Y: c.Y, M: c.M, D: 1})
		}
	case "D", "Q", "DE":
		c = s.res.Ago(float64(dir)*u.Mult, u.Code, s.res.LastDay)
	case "W":
		c = s.res.Ago(float64(dir), "W", s.res.LastDay)
		if c.Y != 0 {
			c = value.WeekCal(c.Time())
		} else {
			c = value.Cal{G: value.GrainWeek}
		}
	default:
		return tmatch{}, false
	}
	if u.Code == "DE" {
		return tmatch{start: i, end: k + 1, typ: "DURATION", val: "P10Y", qty: 1, unit: u, kind: kindDuration}, true
	}
	return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
}

// u0 is the code of unit word w ("day": "D"), "" for none.
func u0(w string) string {
	if u, ok := value.Units[w]; ok && !value.IsPluralUnit(w) {
		return u.Code
	}
	return ""
}

// theYear handles "for the year", "during the fiscal year", "the rest of
// the year", "for the full year": the current year of the article (the
// year a report is about), when a preposition shows the phrase is used
// as a time ("player of the year" is not).
func (s *timexScanner) theYear(i, j int) (tmatch, bool) {
	k := j
	switch s.w(k) {
	case "full", "fiscal", "entire", "whole", "calendar":
		k++
	}
	if s.w(k) != "year" || s.capitalized(k) {
		return tmatch{}, false
	}
	switch s.w(k + 1) {
	case "ended", "ending", "ends", "before", "after", "earlier", "ago", "later", "to", "that", "which", "in",
		"'s", "’s", "-", "–", "when", "of":
		return tmatch{}, false // a reporting period with its end date, an anaphor, a clause
	}
	switch prev := s.w(i - 1); prev {
	case "for", "during":
	case "of":
		switch s.w(i - 2) {
		case "rest", "remainder", "balance", "part", "months", "weeks", "quarters", "half", "most", "course",
			"remaining", "start", "beginning", "middle":
		default:
			return tmatch{}, false
		}
	default:
		return tmatch{}, false
	}
	c := s.res.Relative("Y", 0)
	if c.Y == 0 {
		return tmatch{}, false
	}
	if s.res.Dct.Month() <= 3 && s.tense(i) < 0 && s.w(i-1) != "of" {
		// "a loss for the entire year", reported in January; but a part of
		// the year ("the first two months of the year", said in March) is
		// this year's.
		c.Y--
	}
	return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
}

// yearPeriod parses "<year> (<ordinal>) quarter|period|half" at j, after
// "the" at i. "The 1988 period" is the period the report is about (the
// quarter last named) in that year.
func (s *timexScanner) yearPeriod(i, j int) (tmatch, bool) {
	w := s.w(j)
	if len(w) != 4 || !doc.IsDigits(w) || w[0] != '1' && w[0] != '2' {
		return tmatch{}, false
	}
	y, _ := strconv.Atoi(w)
	k := j + 1
	n, hasOrd := lex.OrdinalWord(s.w(k))
	if hasOrd {
		k++
	}
	var c value.Cal
	switch s.w(k) {
	case "quarter":
		if !hasOrd {
			n = s.latestQuarter().N
		}
		c = value.Cal{G: value.GrainQuarter, Y: y, N: n}
		if n < 1 || n > 4 {
			return tmatch{}, false
		}
	case "half":
		if !hasOrd || n > 2 {
			return tmatch{}, false
		}
		c = value.Cal{G: value.GrainHalf, Y: y, N: n}
	case "period":
		if hasOrd || s.res.LastQuarter.Y == 0 {
			return tmatch{}, false
		}
		c = value.Cal{G: value.GrainQuarter, Y: y, N: s.res.LastQuarter.N}
	default:
		return tmatch{}, false
	}
	if c.N == 0 {
		return tmatch{}, false
	}
	return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c, derived: true}, true
}

// sameAs resolves "the same day/month/year" to the last date mentioned.
func (s *timexScanner) sameAs(code string) value.Cal {
	c := s.res.LastDay
	switch code {
	case "M":
		return s.res.LastMonth
	case "Y":
		if s.res.LastYear == 0 {
			return value.Cal{}
		}
		return value.Cal{G: value.GrainYear, Y: s.res.LastYear}
	}
	if c.Y == 0 {
		return value.Cal{}
	}
	switch code {
	case "D":
		return c
	case "W":
		return value.WeekCal(c.Time())
	}
	return value.Cal{}
}

// latestQuarter is the quarter an earnings report is about: the last one
// the text named, else the one before the article's.
func (s *timexScanner) latestQuarter() value.Cal {
	if s.res.LastQuarter.Y != 0 {
		return s.res.LastQuarter
	}
	return s.res.Relative("Q", -1)
}

// weekend resolves "the weekend" (token range [i, end)): the coming one in
// a future-tense clause, else the most recent.
func (s *timexScanner) weekend(i, end int) tmatch {
	n := 0
	if s.tense(i) <= 0 && s.res.HasDCT && value.IsoWeekday(s.res.Dct) < 6 {
		n = -1
	}
	c := s.res.Relative("WE", n)
	return tmatch{start: i, end: end, typ: "DATE", val: value.CalValue(c), c: c}
}

// deicticRule handles "this/last/next/past/coming/that <period>".
func (s *timexScanner) deicticRule(i int) (tmatch, bool) {
	d := s.lw[i]
	switch d {
	case "this", "last", "next", "past", "coming", "that", "previous":
	case "these":
		if s.w(i+1) == "days" {
			return tmatch{start: i, end: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
		}
		return tmatch{}, false
	default:
		return tmatch{}, false
	}
	x := deixis{i: i, j: i + 1, d: d}
	x.dir = map[string]int{"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1, "that": 0, "previous": -1}[d]
	if d == "this" && (s.w(x.j) == "past" || s.w(x.j) == "coming") {
		x.dir = map[string]int{"past": -1, "coming": 1}[s.w(x.j)]
		x.d = s.w(x.j)
		x.j++
	}
	// last three years, next few days, past 20 years
	if m, ok := s.deicticDuration(x); ok {
		return m, true
	}
	w := s.w(x.j)
	if wd, ok := weekdays[w]; ok {
		return s.deicticWeekday(x, wd), true
	}
	if mo, ok := months[w]; ok && (s.capitalized(x.j) || !ambiguousMonths[w]) {
		return s.deicticMonth(x, mo)
	}
	if code, ok := seasons[w]; ok {
		if x.dir == 0 && s.res.HasDCT {
			return x.rel(value.Cal{G: value.GrainSeason, Y: s.res.Dct.Year(), Code: code}), true
		}
		return x.rel(s.res.Season(code, x.dir, true)), true
	}
	if part, ok := dayParts[w]; ok {
		return s.deicticDayPart(x, w, part)
	}
	if h, ok := s.holidayDir(x.j, x.dir); ok {
		h.start = i
		return h, true
	}
	return s.deicticUnit(x)
}

// deixis is a phrase opened by a deictic word: d ("this", "last", "next",
// "past", "coming", "that", "previous") at i, pointing dir (-1, 0, 1),
// the word it points with at j.
type deixis struct {
	i, j, dir int
	d         string
}

// rel is a relative DATE of [i, j] with the calendar value c.
func (x deixis) rel(c value.Cal) tmatch {
	return tmatch{start: x.i, end: x.j + 1, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}
}

// deicticDuration: last three years, next few days, past 20 years, the
// coming weeks.
func (s *timexScanner) deicticDuration(x deixis) (tmatch, bool) {
	if x.d == "that" || x.d == "this" {
		return tmatch{}, false
	}
	if m, ok := s.duration(x.j); ok && s.lw[x.j] != "a" && s.lw[x.j] != "an" {
		m.start = x.i
		return m, true
	}
	if u, ok := value.Units[s.w(x.j)]; ok && value.IsPluralUnit(s.w(x.j)) && x.d != "last" && u.Code != "WE" {
		return tmatch{start: x.i, end: x.j + 1, typ: "DURATION", val: value.DurationValue(-1, u), qty: -1, unit: u, kind: kindDuration}, true
	}
	return tmatch{}, false
}

// deicticWeekday: last Friday, this Monday (the one the tense points to).
func (s *timexScanner) deicticWeekday(x deixis, wd int) tmatch {
	var c value.Cal
	switch {
	case x.dir != 0:
		c = s.res.WeekdayStrict(wd, x.dir)
	case s.tense(x.i) < 0:
		c = s.res.Weekday(wd, -1)
	default:
		c = s.res.Weekday(wd, 1)
	}
	return s.dayPartSuffix(x.rel(c))
}

// deicticMonth: last March, that January, this May.
func (s *timexScanner) deicticMonth(x deixis, mo int) (tmatch, bool) {
	if _, k, ok := s.dayNumber(x.j + 1); ok && k > x.j+1 {
		return tmatch{}, false // "last Oct. 23": the date rule takes "Oct. 23"
	}
	if x.dir != 0 {
		return x.rel(s.res.MonthStrict(mo, x.dir)), true
	}
	if x.d == "that" && s.res.LastYear != 0 {
		// "that January": the January of the year the story is in
		return x.rel(value.Cal{G: value.GrainMonth, Y: s.res.LastYear, M: mo}), true
	}
	return x.rel(s.res.Month(mo, s.tense(x.i))), true
}

// deicticDayPart: this morning, last night, that evening.
func (s *timexScanner) deicticDayPart(x deixis, w, part string) (tmatch, bool) {
	var c value.Cal
	switch {
	case x.d == "this" && w != "night":
		c = s.res.Today()
	case x.d == "last" && (w == "night" || w == "evening"):
		c = s.res.ShiftDays(-1)
	case x.d == "that":
		c = s.res.LastDay
	default:
		return tmatch{}, false
	}
	return tmatch{start: x.i, end: x.j + 1, typ: "TIME", val: value.CalValue(c) + "T" + part, c: c, kind: kindRelative}, true
}

// deicticUnit: last year, next month, this (fiscal) year, that week, this
// year's third quarter.
func (s *timexScanner) deicticUnit(x deixis) (tmatch, bool) {
	w := s.w(x.j)
	if w == "fiscal" {
		if u := s.w(x.j + 1); u == "year" {
			x.j++
			w = u
		}
	}
	u, ok := value.Units[w]
	if !ok || value.IsPluralUnit(w) || u.Code == "H" || u.Code == "MIN" || u.Code == "S" || s.capitalized(x.j) {
		return tmatch{}, false
	}
	if x.d == "that" {
		c := s.sameAs(u.Code)
		if c.G == value.GrainNone {
			return tmatch{}, false
		}
		return x.rel(c), true
	}
	if x.d == "past" || x.d == "coming" {
		return tmatch{}, false // "past year" without "the" is rare and vague
	}
	if u.Code == "D" {
		return tmatch{}, false // "last day" is an ordinal
	}
	c := s.res.Relative(u.Code, x.dir)
	// this year's third quarter, next year's first half
	if u.Code == "Y" && (s.w(x.j+1) == "'s" || s.w(x.j+1) == "’s") && c.Y != 0 {
		if m, ok := s.ordinalPeriod(x.j + 2); ok {
			m.c.Y = c.Y
			m.start, m.val = x.i, value.CalValue(m.c)
			return m, true
		}
	}
	return x.rel(c), true
}
