package timex

import (
	"strconv"

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
	if part, ok := dayParts[w]; ok {
		c := s.res.Ago(float64(dir), "D", s.res.LastDay)
		return tmatch{start: i, end: k + 1, typ: "TIME", val: value.CalValue(c) + "T" + part, c: c}, true
	}
	u, ok := units[w]
	if !ok || isPluralUnit(w) {
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
	if len(w) != 4 || !isDigits(w) || w[0] != '1' && w[0] != '2' {
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
	j := i + 1
	dir := map[string]int{"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1, "that": 0, "previous": -1}[d]
	if d == "this" && (s.w(j) == "past" || s.w(j) == "coming") {
		dir = map[string]int{"past": -1, "coming": 1}[s.w(j)]
		d = s.w(j)
		j++
	}
	// last three years, next few days, past 20 years
	if d != "that" && d != "this" {
		if m, ok := s.duration(j); ok && s.lw[j] != "a" && s.lw[j] != "an" {
			m.start = i
			return m, true
		}
		if u, ok := units[s.w(j)]; ok && isPluralUnit(s.w(j)) && d != "last" && u.Code != "WE" {
			return tmatch{start: i, end: j + 1, typ: "DURATION", val: value.DurationValue(-1, u), qty: -1, unit: u, kind: kindDuration}, true
		}
	}
	w := s.w(j)
	rel := func(c value.Cal, typ string) (tmatch, bool) {
		return tmatch{start: i, end: j + 1, typ: typ, val: value.CalValue(c), c: c, kind: kindRelative}, true
	}
	if wd, ok := weekdays[w]; ok {
		var c value.Cal
		switch {
		case dir != 0:
			c = s.res.WeekdayStrict(wd, dir)
		case s.tense(i) < 0:
			c = s.res.Weekday(wd, -1)
		default:
			c = s.res.Weekday(wd, 1)
		}
		m, _ := rel(c, "DATE")
		return s.dayPartSuffix(m), true
	}
	if mo, ok := months[w]; ok && (s.capitalized(j) || !ambiguousMonths[w]) {
		if _, k, ok := s.dayNumber(j + 1); ok && k > j+1 {
			return tmatch{}, false // "last Oct. 23": the date rule takes "Oct. 23"
		}
		if dir != 0 {
			return rel(s.res.MonthStrict(mo, dir), "DATE")
		}
		if d == "that" && s.res.LastYear != 0 {
			// "that January": the January of the year the story is in
			return rel(value.Cal{G: value.GrainMonth, Y: s.res.LastYear, M: mo}, "DATE")
		}
		return rel(s.res.Month(mo, s.tense(i)), "DATE")
	}
	if code, ok := seasons[w]; ok {
		if dir == 0 && s.res.HasDCT {
			return rel(value.Cal{G: value.GrainSeason, Y: s.res.Dct.Year(), Code: code}, "DATE")
		}
		return rel(s.res.Season(code, dir, true), "DATE")
	}
	if part, ok := dayParts[w]; ok {
		switch {
		case d == "this" && w != "night":
			c := s.res.Today()
			return tmatch{start: i, end: j + 1, typ: "TIME", val: value.CalValue(c) + "T" + part, c: c, kind: kindRelative}, true
		case d == "last" && (w == "night" || w == "evening"):
			c := s.res.ShiftDays(-1)
			return tmatch{start: i, end: j + 1, typ: "TIME", val: value.CalValue(c) + "T" + part, c: c, kind: kindRelative}, true
		case d == "that":
			c := s.res.LastDay
			return tmatch{start: i, end: j + 1, typ: "TIME", val: value.CalValue(c) + "T" + part, c: c, kind: kindRelative}, true
		}
		return tmatch{}, false
	}
	if h, ok := s.holidayDir(j, dir); ok {
		h.start = i
		return h, true
	}
	if w == "fiscal" {
		if u := s.w(j + 1); u == "year" {
			j++
			w = u
		}
	}
	u, ok := units[w]
	if !ok || isPluralUnit(w) || u.Code == "H" || u.Code == "MIN" || u.Code == "S" || s.capitalized(j) {
		return tmatch{}, false
	}
	if d == "that" {
		c := s.sameAs(u.Code)
		if c.G == value.GrainNone {
			return tmatch{}, false
		}
		return rel(c, "DATE")
	}
	if d == "past" || d == "coming" {
		return tmatch{}, false // "past year" without "the" is rare and vague
	}
	if u.Code == "D" {
		return tmatch{}, false // "last day" is an ordinal
	}
	c := s.res.Relative(u.Code, dir)
	// this year's third quarter, next year's first half
	if u.Code == "Y" && (s.w(j+1) == "'s" || s.w(j+1) == "’s") && c.Y != 0 {
		if m, ok := s.ordinalPeriod(j + 2); ok {
			m.c.Y = c.Y
			m.start, m.val = i, value.CalValue(m.c)
			return m, true
		}
	}
	return rel(c, "DATE")
}
