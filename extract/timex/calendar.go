package timex

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file handles calendar names and numerals: months, weekdays,
// seasons, holidays, years, decades, centuries, quarters and the
// single-word references (today, now, recently, daily).

// calendarPreps are words after which a capitalized "May" or "March" is the
// month, and a number like 1850 a year.
var calendarPreps = lex.Words("timex/calendarPreps")

// temporalPreps are the prepositions that introduce a point or span of time.
var temporalPreps = lex.Words("timex/temporalPreps")

// monthContext decides whether month name i is used as a month: the
// ambiguous names need a calendar context, and any month followed by a
// capitalized word ("June Carter") is taken for a name unless a
// preposition shows otherwise.
func (s *timexScanner) monthContext(i int) bool {
	w := s.lw[i]
	next := s.w(i + 1)
	_, dayNext, _ := s.dayNumber(i + 1)
	_, _, yearNext := s.yearAfter(i + 1)
	calNext := dayNext > i+1 || yearNext
	prep := calendarPreps[s.w(i-1)]
	if !strings.HasSuffix(w, ".") && len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		return calNext // "Jan 5", never bare "Jan"
	}
	if ambiguousMonths[w] {
		if !s.capitalized(i) {
			return false
		}
		if !calNext && !prep {
			return false
		}
		if w == "may" && (next == "be" || next == "have" || next == "not") {
			return false
		}
	}
	if s.capitalized(i+1) && !calNext && !prep {
		if _, ok := weekdays[next]; !ok && next != "'s" {
			return false
		}
	}
	return true
}

// dayNumber parses a day of the month at j: "12", "12th", "twelfth".
func (s *timexScanner) dayNumber(j int) (int, int, bool) {
	w := s.w(j)
	if w == "" {
		return 0, j, false
	}
	var d int
	if doc.IsDigits(w) && len(w) <= 2 {
		d, _ = strconv.Atoi(w)
	} else if n, ok := lex.OrdinalWord(w); ok {
		d = n
	} else {
		return 0, j, false
	}
	if d < 1 || d > 31 {
		return 0, j, false
	}
	switch n := s.w(j + 1); {
	case n == "%" || n == "percent" || (n == "." || n == ":") && doc.IsDigits(s.w(j+2)):
		return 0, j, false
	case nonYearFollowers[n]:
		return 0, j, false
	}
	if _, ok := value.Units[s.w(j+1)]; ok {
		return 0, j, false
	}
	return d, j + 1, true
}

// yearAfter parses a year following a month or day: ", 1998", "1998",
// "of 1998", "'98".
func (s *timexScanner) yearAfter(k int) (int, int, bool) {
	j := k
	if s.w(j) == "," || s.w(j) == "of" {
		j++
	}
	w := s.w(j)
	if len(w) == 4 && doc.IsDigits(w) {
		y, _ := strconv.Atoi(w)
		if y >= 1000 && y <= 2199 && !nonYearFollowers[s.w(j+1)] {
			return y, j + 1, true
		}
	}
	if y, k2, ok := s.spelledYear(j); ok && w != "two" {
		if _, isUnit := value.Units[s.w(k2)]; !isUnit {
			return y, k2, true
		}
	}
	if (w == "'" || w == "’") && len(s.w(j+1)) == 2 && doc.IsDigits(s.w(j+1)) {
		y, _ := strconv.Atoi(s.w(j + 1))
		return s.century2(y), j + 2, true
	}
	return 0, k, false
}

// century2 expands a two-digit year: within 20 years ahead of the article
// it is this century, else the last.
func (s *timexScanner) century2(y int) int {
	ref := 2000
	if s.res.HasDCT {
		ref = s.res.Dct.Year()
	}
	c := ref / 100 * 100
	if c+y > ref+20 {
		return c - 100 + y
	}
	return c + y
}

// monthRule: "March 12, 2009", "Jan. 5", "January 1998", "December".
func (s *timexScanner) monthRule(i int) (tmatch, bool) {
	mo, ok := months[s.lw[i]]
	if !ok || !s.monthContext(i) {
		return tmatch{}, false
	}
	j := i + 1
	if d, k, ok := s.dayNumber(j); ok {
		var c value.Cal
		if y, k2, ok := s.yearAfter(k); ok {
			c, k = value.Cal{G: value.GrainDay, Y: y, M: mo, D: d}, k2
		} else {
			c = s.res.DayOfMonth(mo, d, s.tense(i))
		}
		return tmatch{start: i, end: k, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	if y, k, ok := s.yearAfter(j); ok {
		c := value.Cal{G: value.GrainMonth, Y: y, M: mo}
		return tmatch{start: i, end: k, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	// July last year, March next year, October of next year
	k := j
	if s.w(k) == "of" {
		k++
	}
	if d := s.w(k); (d == "last" || d == "this" || d == "next") && s.w(k+1) == "year" && s.res.HasDCT {
		off := map[string]int{"last": -1, "this": 0, "next": 1}[d]
		c := value.Cal{G: value.GrainMonth, Y: s.res.Dct.Year() + off, M: mo}
		return tmatch{start: i, end: k + 2, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	c := s.res.Month(mo, s.tense(i))
	return tmatch{start: i, end: j, typ: "DATE", val: value.CalValue(c), c: c}, true
}

// dayFirstRule: "7 March 2024", "the 4th of July" (from the ordinal).
func (s *timexScanner) dayFirstRule(i int) (tmatch, bool) {
	d, j, ok := s.dayNumber(i)
	if !ok {
		return tmatch{}, false
	}
	if s.w(j) == "of" {
		j++
	}
	mo, ok := months[s.w(j)]
	if !ok || ambiguousMonths[s.w(j)] && !s.capitalized(j) {
		return tmatch{}, false
	}
	k := j + 1
	var c value.Cal
	if y, k2, ok := s.yearAfter(k); ok {
		c, k = value.Cal{G: value.GrainDay, Y: y, M: mo, D: d}, k2
	} else {
		c = s.res.DayOfMonth(mo, d, s.tense(i))
	}
	return tmatch{start: i, end: k, typ: "DATE", val: value.CalValue(c), c: c}, true
}

// weekdayRule: "Friday", "Saturday, April 25", "Thursday night"; plural
// weekdays ("on Sundays") are sets.
func (s *timexScanner) weekdayRule(i int) (tmatch, bool) {
	w := s.lw[i]
	if wd, ok := pluralWeekdays[w]; ok {
		return tmatch{start: i, end: i + 1, typ: "SET", val: "XXXX-WXX-" + itoa(wd)}, true
	}
	wd, ok := weekdays[w]
	if !ok {
		return tmatch{}, false
	}
	if namedDays[s.w(i-1)] && s.capitalized(i-1) {
		return tmatch{}, false // namedDayRule takes it from the modifier
	}
	j := i + 1
	// a name such as "Sunday Times" or "Black Friday Sale"
	if s.capitalized(j) {
		n := s.w(j)
		_, isMonth := months[n]
		_, isPart := dayParts[n]
		if !isMonth && !isPart {
			return tmatch{}, false
		}
	}
	k := j
	if s.w(k) == "," {
		k++
	}
	if _, ok := months[s.w(k)]; ok {
		if m, ok := s.monthRule(k); ok && m.c.G == value.GrainDay {
			m.start = i
			return m, true
		}
	}
	dir := -1
	if s.tense(i) > 0 {
		dir = 1
	}
	c := s.res.Weekday(wd, dir)
	m := tmatch{start: i, end: j, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}
	return s.dayPartSuffix(m), true
}

// dayPartSuffix extends a day to "Friday night", "yesterday morning".
func (s *timexScanner) dayPartSuffix(m tmatch) tmatch {
	if part, ok := dayParts[s.w(m.end)]; ok && s.lw[m.end] != "overnight" {
		m.end++
		m.typ = "TIME"
		m.val += "T" + part
	}
	return m
}

// seasonRule: "summer", "spring 2024", "the winter of 1994".
func (s *timexScanner) seasonRule(i int) (tmatch, bool) {
	w := s.lw[i]
	code, ok := seasons[w]
	if !ok {
		return tmatch{}, false
	}
	y, k, hasYear := s.yearAfter(i + 1)
	if !hasYear && s.w(i+1) == "of" {
		if yy, kk, ok := s.spelledYear(i + 2); ok {
			y, k, hasYear = yy, kk, true
		}
	}
	prev := s.w(i - 1)
	if w == "fall" && !hasYear && !seasonPreps[prev] {
		return tmatch{}, false
	}
	if s.capitalized(i) && !hasYear && i > s.first && (s.capitalized(i-1) || s.capitalized(i+1)) {
		return tmatch{}, false // "Arab Spring", "Summer Olympics"
	}
	if !hasYear && !seasonPreps[prev] && !determiners[prev] && prev != "'s" && prev != "’s" &&
		s.w(i+1) != "of" && compoundHead(s.w(i+1)) {
		return tmatch{}, false // a noun modifier: "winter wheat", "summer camp"
	}
	if hasYear {
		c := value.Cal{G: value.GrainSeason, Y: y, Code: code}
		return tmatch{start: i, end: k, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	c := s.res.Season(code, s.tense(i), false)
	return tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
}

// seasonPreps are the words that make "fall" the season rather than the verb.
var seasonPreps = lex.Words("timex/seasonPreps")

// spelledYear parses "nineteen ninety-four" and "two thousand (and) eight".
func (s *timexScanner) spelledYear(i int) (int, int, bool) {
	w := s.w(i)
	if w == "nineteen" || w == "eighteen" {
		hi := 1900
		if w == "eighteen" {
			hi = 1800
		}
		if n, ok := lex.NumberWord(s.w(i + 1)); ok && n >= 10 && n < 100 && !doc.IsDigits(s.w(i+1)) {
			return hi + int(n), i + 2, true
		}
	}
	if w == "two" && s.w(i+1) == "thousand" {
		j := i + 2
		if s.w(j) == "and" {
			j++
		}
		if n, ok := lex.NumberWord(s.w(j)); ok && n < 100 && !doc.IsDigits(s.w(j)) {
			return 2000 + int(n), j + 1, true
		}
		return 2000, i + 2, true
	}
	return 0, i, false
}

// spelledCentury reports whether a spelled year at i has the unmistakable
// form "nineteen ninety-six" / "nineteen eighty": a century word and a tens
// word, which no count reads that way.
func (s *timexScanner) spelledCentury(i int) bool {
	if w := s.w(i); w != "nineteen" && w != "eighteen" {
		return false
	}
	n, ok := lex.NumberWord(s.w(i + 1))
	return ok && n >= 20 && !doc.IsDigits(s.w(i+1)) && !nonYearFollowers[s.w(i+2)]
}

// yearAt decides whether token i is a year: four digits in 1000..2199,
// not a count ("1500 troops"), a price ("$1999") or a product name
// ("Windows 2000"); years far from the present need a calendar context.
func (s *timexScanner) yearAt(i int) (int, bool) {
	w := s.lw[i]
	if len(w) != 4 || !doc.IsDigits(w) {
		return 0, false
	}
	y, _ := strconv.Atoi(w)
	if y < 1000 || y > 2199 {
		return 0, false
	}
	prev, next := s.w(i-1), s.w(i+1)
	if _, unit := value.Units[next]; nonYearLeaders[prev] || nonYearFollowers[next] || unit {
		return 0, false // "a 2000 year old tradition"
	}
	if next == "-" || next == "to" || next == "and" {
		// "1500 to 2000 people": both numbers are counts
		if doc.IsDigits(s.w(i+2)) && nonYearFollowers[s.w(i+3)] {
			return 0, false
		}
	}
	if i-1 > s.first && s.capitalized(i-1) && !calendarPreps[prev] && !determiners[prev] {
		_, isMonth := months[prev]
		_, isSeason := seasons[prev]
		if !isMonth && !isSeason && prev != "fiscal" {
			return 0, false
		}
	}
	far := y < 1900
	if s.res.HasDCT {
		far = far || y > s.res.Dct.Year()+50
	}
	if far && (!calendarPreps[prev] || countedNoun(next) && !temporalPreps[prev]) {
		// "a survey of 1709 schoolchildren": a year far from the article
		// date before a plural noun is a count, unless a temporal
		// preposition makes it a year ("in 1848 revolutions broke out").
		return 0, false
	}
	return y, true
}

// numericRule: years, decades, centuries, ISO and slash dates.
func (s *timexScanner) numericRule(i int) (tmatch, bool) {
	w := s.lw[i]
	if y, ok := s.yearAt(i); ok {
		// "the 1990's"
		if y%10 == 0 && (s.w(i+1) == "'s" || s.w(i+1) == "’s") {
			c := value.Cal{G: value.GrainDecade, Y: y}
			return tmatch{start: i, end: i + 2, typ: "DATE", val: value.CalValue(c), c: c}, true
		}
		c := value.Cal{G: value.GrainYear, Y: y}
		end := i + 1
		mod := ""
		if s.w(end) == "or" && (s.w(end+1) == "later" || s.w(end+1) == "after") {
			end, mod = end+2, "ON_OR_AFTER"
		}
		return tmatch{start: i, end: end, typ: "DATE", val: value.CalValue(c), c: c, mod: mod}, true
	}
	if c, ok := value.DecadeWord(w, s.w(i-1)); ok {
		return tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	if w == "'" || w == "’" {
		if n := s.w(i + 1); len(n) == 3 && n[2] == 's' && doc.IsDigits(n[:2]) {
			y, _ := strconv.Atoi(n[:2])
			c := value.Cal{G: value.GrainDecade, Y: s.century2(y)}
			return tmatch{start: i, end: i + 2, typ: "DATE", val: value.CalValue(c), c: c}, true
		}
		return tmatch{}, false
	}
	if y, k, ok := s.spelledYear(i); ok && (calendarPreps[s.w(i-1)] || s.w(i-1) == "'" || s.spelledCentury(i)) {
		if _, isUnit := value.Units[s.w(k)]; !isUnit {
			c := value.Cal{G: value.GrainYear, Y: y}
			return tmatch{start: i, end: k, typ: "DATE", val: value.CalValue(c), c: c}, true
		}
	}
	// 20th century, twentieth century
	if n, ok := lex.OrdinalWord(w); ok && n <= 21 && (s.w(i+1) == "century" || w == strconv.Itoa(n)+"th-century") {
		c := value.Cal{G: value.GrainCentury, Y: (n - 1) * 100}
		return tmatch{start: i, end: i + 2, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	if c, ok := value.IsoDate(w); ok {
		return tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	if c, ok := value.SlashDate(w, s.century2); ok {
		return tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	return tmatch{}, false
}

// ordinalPeriod: "third quarter (of 1989)", "first half of 2024", "Q3 2024".
//
// Complexity 41 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split); it stays whole until the stages are rebuilt
// on the dependency parse (issues 15 and 16), which replaces it.
func (s *timexScanner) ordinalPeriod(i int) (tmatch, bool) {
	w := s.w(i)
	var n, j int
	var unit string
	switch {
	case len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4':
		n, j, unit = int(w[1]-'0'), i+1, map[byte]string{'q': "quarter", 'h': "half"}[w[0]]
		if unit == "half" && n > 2 {
			return tmatch{}, false
		}
	default:
		o, ok := lex.OrdinalWord(w)
		unit, j = s.w(i+1), i+2
		if w == "final" || w == "last" {
			// the final quarter, the last half (of 2009)
			o, ok = map[string]int{"quarter": 4, "half": 2}[unit], unit == "quarter" || unit == "half"
			if !ok || s.w(j) != "of" || !s.yearNext(j+1) && !s.yearNext(j+2) {
				return tmatch{}, false
			}
		}
		if idx := strings.IndexByte(w, '-'); idx > 0 {
			// third-quarter
			o, ok = lex.OrdinalWord(w[:idx])
			unit, j = w[idx+1:], i+1
		}
		if !ok {
			return tmatch{}, false
		}
		n = o
		if unit == "quarter" && n > 4 || unit == "half" && n > 2 || unit != "quarter" && unit != "half" {
			return tmatch{}, false
		}
		if unit == "quarter" && s.w(j) == "of" && determiners[s.w(j+1)] && s.w(j+2) != "year" && s.w(j+2) != "fiscal" {
			return tmatch{}, false // "a third quarter of the votes"
		}
	}
	g := value.GrainQuarter
	if unit == "half" {
		g = value.GrainHalf
	}
	// explicit year: "of 1989", "1989", "of fiscal 1989", "of this year", "of the year"
	k := j
	if s.w(k) == "of" {
		k++
	}
	if s.w(k) == "fiscal" {
		k++
	}
	if y, k2, ok := s.yearAfter(k); ok {
		c := value.Cal{G: g, Y: y, N: n}
		return tmatch{start: i, end: k2, typ: "DATE", val: value.CalValue(c), c: c}, true
	}
	if s.w(j) == "of" {
		switch s.w(k) {
		case "this", "last", "next", "the":
			if s.w(k+1) == "year" {
				off := map[string]int{"this": 0, "the": 0, "last": -1, "next": 1}[s.w(k)]
				c := value.Cal{G: g, N: n}
				if s.res.HasDCT {
					c.Y = s.res.Dct.Year() + off
				}
				return tmatch{start: i, end: k + 2, typ: "DATE", val: value.CalValue(c), c: c}, true
			}
		}
	}
	var c value.Cal
	if g == value.GrainQuarter {
		c = s.res.Quarter(n, s.tense(i))
	} else {
		c = value.Cal{G: value.GrainHalf, N: n}
		if s.res.HasDCT {
			c.Y = s.res.Dct.Year()
			if n == 2 && s.res.Dct.Month() <= 6 && s.tense(i) < 0 {
				c.Y--
			}
		}
	}
	return tmatch{start: i, end: j, typ: "DATE", val: value.CalValue(c), c: c}, true
}

func (s *timexScanner) yearNext(k int) bool {
	_, _, ok := s.yearAfter(k)
	return ok
}

// wordRule: today, yesterday, now, recently, daily, holidays, seasons,
// fiscal years, Q3.
//
// Complexity 48 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split); it stays whole until the stages are rebuilt
// on the dependency parse (issues 15 and 16), which replaces it.
func (s *timexScanner) wordRule(i int) (tmatch, bool) {
	w := s.lw[i]
	one := func(typ, val string, c value.Cal, kind matchKind) (tmatch, bool) {
		return tmatch{start: i, end: i + 1, typ: typ, val: val, c: c, kind: kind}, true
	}
	if s.capitalized(i) && i > s.first && s.capitalized(i-1) {
		return tmatch{}, false // "VOA Today", "High Noon"
	}
	switch w {
	case "year":
		// by year end, by year's end
		k := i + 1
		if s.w(k) == "'s" || s.w(k) == "’s" {
			k++
		}
		if s.w(k) == "end" {
			c := s.res.Relative("Y", 0)
			return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c, mod: "END"}, true
		}
		return tmatch{}, false
	case "today":
		c := s.res.Today()
		return s.dayPartSuffix(tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}), true
	case "yesterday", "tomorrow":
		n := -1
		if w == "tomorrow" {
			n = 1
		}
		c := s.res.ShiftDays(n)
		return s.dayPartSuffix(tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}), true
	case "tonight":
		c := s.res.Today()
		return one("TIME", value.CalValue(c)+"TNI", c, kindRelative)
	case "mid":
		// mid afternoon (Tuesday), written as two words
		if part, ok := dayParts[s.w(i+1)]; ok && s.w(i+1) != "overnight" {
			day, end := s.res.Today(), i+2
			if dm, ok := s.dayAfterClock(i + 2); ok {
				day, end = dm.c, dm.end
			}
			return tmatch{start: i, end: end, typ: "TIME", val: value.CalValue(day) + "T" + part, c: day}, true
		}
	case "fiscal":
		j := i + 1
		if s.w(j) == "year" {
			j++
		}
		if y, ok := s.yearAt(j); ok {
			c := value.Cal{G: value.GrainYear, Y: y}
			return tmatch{start: i, end: j + 1, typ: "DATE", val: value.CalValue(c), c: c}, true
		}
		return tmatch{}, false
	case "recent":
		if u, ok := value.Units[s.w(i+1)]; ok && value.IsPluralUnit(s.w(i+1)) {
			return tmatch{start: i, end: i + 2, typ: "DURATION", val: value.DurationValue(-1, u), qty: -1, unit: u, kind: kindDuration}, true
		}
	case "soon":
		if s.w(i-1) == "as" || s.w(i+1) == "as" {
			return tmatch{}, false
		}
		if n := s.w(i + 1); n == "after" || n == "before" || n == "afterwards" || n == "afterward" || n == "thereafter" {
			return tmatch{}, false // "killed soon after being captured": relative to an event, not future
		}
	case "now":
		if s.w(i+1) == "-" || s.w(i-1) == "every" || s.w(i+1) == "and" && s.w(i+2) == "then" {
			return tmatch{}, false
		}
	}
	if v, ok := refWords[w]; ok {
		return one("DATE", v, value.Cal{}, kindOther)
	}
	if v, ok := setAdverbs[w]; ok {
		if s.capitalized(i) && i > s.first {
			return tmatch{}, false // "the Daily Mail"
		}
		if s.capitalized(i + 1) {
			return tmatch{}, false // "the Communist Party daily Granma": a newspaper
		}
		if determiners[s.w(i-1)] || s.w(i-1) == "'s" || isNounLike(s.w(i+1)) {
			// An adjective: "his daily life", "a weekly address" and
			// "hourly earnings" recur (TIMEX3 annotates them as sets);
			// "quarterly dividend" and "annual report" name a document or
			// a payment, not a recurring time.
			if !recurringAdjectives[w] || !isNounLike(s.w(i+1)) || s.w(i-1) == "average" {
				return tmatch{}, false
			}
		}
		return one("SET", v, value.Cal{}, kindOther)
	}
	if _, ok := seasons[w]; ok {
		return s.seasonRule(i)
	}
	if m, ok := s.ordinalPeriod(i); ok {
		return m, true
	}
	return s.holiday(i)
}

// recurringAdjectives are the frequency adjectives that stay time
// expressions before a noun.
var recurringAdjectives = lex.Words("timex/recurringAdjectives")

// isNounLike reports whether w may be the noun an adjective modifies: a
// lower-case word that is not a function word.
func isNounLike(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "in", "on", "at", "for", "to", "from", "through", "since", "until", "and", "or", "but", "by", "with",
		"as", "than", "during", "over", "under", "into", "while", "when", "if", "because", "so", "that", "the",
		"a", "an", "is", "are", "was", "were", "will", "would", "said", "says", "before", "after", "about",
		"throughout", "across", "per", "each", "every", "around", "within":
		return false
	}
	return true
}

// holidays are matched as token sequences (the tokenizer splits "'s").
var holidays = [][]string{
	{"christmas", "eve"}, {"christmas", "day"}, {"christmas"}, {"new", "year", "'s", "day"},
	{"new", "year", "'s", "eve"}, {"thanksgiving", "day"}, {"thanksgiving"}, {"halloween"},
	{"easter", "sunday"}, {"easter", "week"}, {"holy", "week"}, {"easter"}, {"good", "friday"}, {"valentine", "'s", "day"},
	{"independence", "day"}, {"labor", "day"}, {"memorial", "day"}, {"veterans", "day"},
	{"boxing", "day"}, {"election", "day"}, {"black", "friday"}, {"cyber", "monday"}, {"ash", "wednesday"},
	{"palm", "sunday"}, {"maundy", "thursday"}, {"holy", "saturday"}, {"shrove", "tuesday"},
}

// namedDays are capitalized modifiers that make a weekday the name of a
// particular day with no yearly date ("Black Monday", the 1987 crash;
// "Super Tuesday", "Bloody Sunday"): not the nearest such weekday.
var namedDays = lex.Words("timex/namedDays")

// holiday matches a capitalized holiday name at i, resolved like a date,
// or a named day without a yearly date, left unresolved.
func (s *timexScanner) holiday(i int) (tmatch, bool) {
	if m, ok := s.holidayDir(i, 2); ok {
		return m, true
	}
	if namedDays[s.w(i)] && s.capitalized(i) && s.capitalized(i+1) {
		if _, ok := weekdays[s.w(i+1)]; ok {
			return tmatch{start: i, end: i + 2, typ: "DATE", val: "XXXX-XX-XX"}, true
		}
	}
	return tmatch{}, false
}

// holidayDir resolves a holiday; dir is -1/+1 for "last/next Christmas",
// 0 for "this Christmas", 2 for a bare name (tense decides).
func (s *timexScanner) holidayDir(i int, dir int) (tmatch, bool) {
	if !s.capitalized(i) {
		return tmatch{}, false
	}
	for _, h := range holidays {
		ok := i+len(h) <= s.last
		for k := 0; ok && k < len(h); k++ {
			ok = s.lw[i+k] == h[k] || h[k] == "'s" && s.lw[i+k] == "’s"
		}
		if !ok || s.capitalized(i+len(h)) {
			continue
		}
		name := strings.ReplaceAll(strings.Join(h, " "), " '", "'")
		end := i + len(h)
		if !s.res.HasDCT {
			m, d, _ := value.HolidayDate(name, 2001)
			if name == "thanksgiving" || name == "thanksgiving day" || strings.HasPrefix(name, "easter") ||
				value.EasterOffsets[name] != 0 || name == "black friday" || name == "cyber monday" || strings.HasSuffix(name, " week") ||
				strings.HasSuffix(name, "labor day") || name == "memorial day" {
				return tmatch{start: i, end: end, typ: "DATE", val: "XXXX-XX-XX"}, true
			}
			c := value.Cal{G: value.GrainDay, M: m, D: d}
			return tmatch{start: i, end: end, typ: "DATE", val: value.CalValue(c), c: c}, true
		}
		y := s.res.Dct.Year()
		m, d, _ := value.HolidayDate(name, y)
		c := value.Cal{G: value.GrainDay, Y: y, M: m, D: d}
		t := c.Time()
		if strings.HasSuffix(name, " week") {
			t = t.AddDate(0, 0, -6) // the week's Monday decides whether it is past
		}
		switch {
		case dir == -1 && !t.Before(s.res.Dct), dir == 2 && t.After(s.res.Dct) && s.tense(i) < 0:
			y--
		case dir == 1 && !t.After(s.res.Dct), dir == 2 && t.Before(s.res.Dct) && s.tense(i) > 0:
			y++
		}
		m, d, _ = value.HolidayDate(name, y)
		c = value.Cal{G: value.GrainDay, Y: y, M: m, D: d}
		if strings.HasSuffix(name, " week") {
			c = value.WeekCal(c.Time()) // Holy Week: the ISO week that ends on Easter Sunday
		}
		return tmatch{start: i, end: end, typ: "DATE", val: value.CalValue(c), c: c, kind: kindRelative}, true
	}
	return tmatch{}, false
}
