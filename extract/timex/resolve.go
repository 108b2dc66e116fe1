package timex

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// This file turns parsed time expressions into TIMEX3 values: calendar
// arithmetic against the article date (DCT), the news conventions for bare
// weekday and month names, and the value syntax of durations.

// grain is the precision of a calendar value.
type grain int

const (
	grainNone grain = iota
	grainCentury
	grainDecade
	grainYear
	grainSeason
	grainHalf
	grainQuarter
	grainMonth
	grainWeek
	grainDay
)

// cal is a calendar value of some precision: "2024", "2024-Q3", "2024-07-11".
type cal struct {
	g    grain
	y    int // year; 0 when unknown (written XXXX)
	m    int // month 1..12 for grainMonth and grainDay
	d    int // day of month for grainDay
	n    int // quarter, half or ISO week number
	code string
}

// String writes the TIMEX3 value.
func (c cal) String() string {
	ys := "XXXX"
	if c.y != 0 {
		ys = fmt.Sprintf("%04d", c.y)
	}
	switch c.g {
	case grainCentury:
		if c.y == 0 {
			return "XX"
		}
		return strconv.Itoa(c.y / 100)
	case grainDecade:
		if c.y == 0 {
			return "XXX"
		}
		return strconv.Itoa(c.y / 10)
	case grainYear:
		return ys
	case grainSeason:
		return ys + "-" + c.code
	case grainHalf:
		return fmt.Sprintf("%s-H%d", ys, c.n)
	case grainQuarter:
		return fmt.Sprintf("%s-Q%d", ys, c.n)
	case grainMonth:
		return fmt.Sprintf("%s-%02d", ys, c.m)
	case grainWeek:
		if c.y == 0 {
			return "XXXX-WXX"
		}
		return fmt.Sprintf("%s-W%02d", ys, c.n)
	case grainDay:
		if c.y == 0 && c.m == 0 {
			return "XXXX-XX-XX"
		}
		return fmt.Sprintf("%s-%02d-%02d", ys, c.m, c.d)
	}
	return ""
}

// dayCal is the day-precision value of t.
func dayCal(t time.Time) cal {
	return cal{g: grainDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// weekCal is the ISO week of t.
func weekCal(t time.Time) cal {
	y, w := t.ISOWeek()
	return cal{g: grainWeek, y: y, n: w}
}

// time converts a day value back to a time.Time (UTC midnight).
func (c cal) time() time.Time {
	return time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
}

// resolver holds what normalization needs from the document: the article
// date, and the last explicit dates mentioned, which anaphoric expressions
// ("the next day", "a year earlier") are relative to.
type resolver struct {
	dct    time.Time
	hasDCT bool
	// lastDay is the most recent day-precision date in the text (or the DCT).
	lastDay cal
	// lastQuarter is the most recent fiscal quarter named, for the
	// year-over-year comparisons of earnings reports.
	lastQuarter cal
	// lastMonth and lastYear are the most recent month and year named,
	// for "the following month", "that year".
	lastMonth cal
	lastYear  int
	// namedMonth is the last month named as a month ("in February"), not
	// through a day, for "the same period last year".
	namedMonth cal
}

func newResolver(dct time.Time) resolver {
	r := resolver{dct: dct, hasDCT: !dct.IsZero()}
	if r.hasDCT {
		r.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
		r.lastDay = dayCal(r.dct)
		r.lastMonth = cal{g: grainMonth, y: r.dct.Year(), m: int(r.dct.Month())}
		r.lastYear = r.dct.Year()
	}
	return r
}

// note records an explicit value so later anaphora can use it.
func (r *resolver) note(c cal) {
	if c.y == 0 || c.g < grainYear {
		return
	}
	r.lastYear = c.y
	switch c.g {
	case grainDay:
		if c.m != 0 {
			r.lastDay = c
			r.lastMonth = cal{g: grainMonth, y: c.y, m: c.m}
		}
	case grainMonth:
		r.lastMonth = c
		r.namedMonth = c
	case grainQuarter:
		r.lastQuarter = c
	}
}

// today is the DCT as a day value, or an unresolved day.
func (r *resolver) today() cal {
	if !r.hasDCT {
		return cal{g: grainDay}
	}
	return dayCal(r.dct)
}

// shiftDays moves the DCT by n days.
func (r *resolver) shiftDays(n int) cal {
	if !r.hasDCT {
		return cal{g: grainDay}
	}
	return dayCal(r.dct.AddDate(0, 0, n))
}

// weekday resolves a bare weekday name. News reports mostly look back, so
// without a future cue the name means the most recent such day, the article
// day included; with a future cue, the next one.
func (r *resolver) weekday(wd int, dir int) cal { return r.weekdayFrom(wd, dir, false) }

// weekdayStrict resolves "last Friday" (dir -1, strictly before the DCT) and
// "next Friday" (dir +1, strictly after).
func (r *resolver) weekdayStrict(wd int, dir int) cal { return r.weekdayFrom(wd, dir, true) }

// weekdayFrom finds weekday wd from the DCT in direction dir; strict
// excludes the DCT itself.
func (r *resolver) weekdayFrom(wd, dir int, strict bool) cal {
	if !r.hasDCT {
		return cal{g: grainDay, code: fmt.Sprintf("XXXX-WXX-%d", wd)}
	}
	cur := isoWeekday(r.dct)
	delta := -((cur - wd + 7) % 7)
	if dir > 0 {
		delta = (wd - cur + 7) % 7
	}
	if strict && delta == 0 {
		delta = -7
		if dir > 0 {
			delta = 7
		}
	}
	return dayCal(r.dct.AddDate(0, 0, delta))
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// month resolves a month named without a year. The month of the DCT is the
// current one. Any other month is either fwd months ahead or 12-fwd months
// back; monthYear decides which.
func (r *resolver) month(m int, dir int) cal {
	if !r.hasDCT {
		return cal{g: grainMonth, m: m}
	}
	return cal{g: grainMonth, y: r.monthYear(m, dir), m: m}
}

// monthYear is the year of month m seen from the DCT. News looks back more
// than ahead, but a month named shortly ahead of the article is nearly
// always the coming one, even in a past-tense sentence ("the company said
// it would close the deal in November", written in October: the reporting
// verb is past, the event is not). So: the coming month when it is one or
// two months ahead, or up to four months ahead without a past cue, or any
// distance ahead with a future cue; otherwise the month gone by.
func (r *resolver) monthYear(m int, dir int) int {
	y, cur := r.dct.Year(), int(r.dct.Month())
	fwd := (m - cur + 12) % 12
	if fwd == 0 {
		return y
	}
	future := (fwd <= 2 || fwd <= 4 && dir >= 0 || dir > 0) && dir != sincePast
	switch {
	case future && m < cur:
		return y + 1
	case !future && m > cur:
		return y - 1
	}
	return y
}

// monthStrict resolves "last May" (the latest May before the DCT month) and
// "next May".
func (r *resolver) monthStrict(m int, dir int) cal {
	if !r.hasDCT {
		return cal{g: grainMonth, m: m}
	}
	y := r.dct.Year()
	cur := int(r.dct.Month())
	if dir < 0 && m >= cur {
		y--
	}
	if dir > 0 && m <= cur {
		y++
	}
	return cal{g: grainMonth, y: y, m: m}
}

// dayOfMonth resolves "March 12" without a year: in the month of the DCT
// the nearest reading (a day well ahead of the article in a past-tense
// sentence is still this month's); in another month, the rule of month.
func (r *resolver) dayOfMonth(m, d int, dir int) cal {
	if !r.hasDCT {
		return cal{g: grainDay, m: m, d: d}
	}
	return cal{g: grainDay, y: r.monthYear(m, dir), m: m, d: d}
}

// season resolves a season name without a year, like month.
func (r *resolver) season(code string, dir int, strict bool) cal {
	if !r.hasDCT {
		return cal{g: grainSeason, code: code}
	}
	y := r.dct.Year()
	cur := seasonOf(r.dct)
	order := map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
	switch {
	case strict && dir < 0:
		if order[code] >= order[cur] {
			y--
		}
	case strict && dir > 0:
		if order[code] <= order[cur] {
			y++
		}
	case order[code] > order[cur] && dir < 0:
		y--
	case order[code] < order[cur] && dir > 0:
		y++
	}
	return cal{g: grainSeason, y: y, code: code}
}

func seasonOf(t time.Time) string {
	switch t.Month() {
	case 12, 1, 2:
		return "WI"
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	}
	return "FA"
}

// quarterOf resolves "the third quarter" without a year: earnings reports
// speak of the latest completed or current quarter, so a quarter later than
// the current one is last year's unless the sentence looks ahead.
func (r *resolver) quarter(q int, dir int) cal {
	if !r.hasDCT {
		return cal{g: grainQuarter, n: q}
	}
	y := r.dct.Year()
	cur := (int(r.dct.Month())-1)/3 + 1
	// the next quarter is this year's even in a past-tense sentence ("said
	// it would close plants during the fourth quarter", written in August)
	if q > cur+1 && dir <= 0 {
		y--
	}
	return cal{g: grainQuarter, y: y, n: q}
}

// relative resolves "this/last/next <unit>" at the precision of the unit.
func (r *resolver) relative(unit string, n int) cal {
	if !r.hasDCT {
		switch unit {
		case "Y":
			return cal{g: grainYear}
		case "M":
			return cal{g: grainMonth, code: "XXXX-XX"}
		case "W", "WE":
			return cal{g: grainWeek}
		case "D":
			return cal{g: grainDay}
		case "Q":
			return cal{g: grainQuarter, code: "XXXX-QX"}
		case "DE":
			return cal{g: grainDecade}
		case "CE":
			return cal{g: grainCentury}
		}
		return cal{}
	}
	t := r.dct
	switch unit {
	case "Y":
		return cal{g: grainYear, y: t.Year() + n}
	case "M":
		t2 := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return cal{g: grainMonth, y: t2.Year(), m: int(t2.Month())}
	case "W":
		return weekCal(t.AddDate(0, 0, 7*n))
	case "WE":
		c := weekCal(t.AddDate(0, 0, 7*n))
		c.code = "WE"
		return c
	case "D":
		return dayCal(t.AddDate(0, 0, n))
	case "Q":
		q := (int(t.Month())-1)/3 + n
		y := t.Year() + floorDiv(q, 4)
		return cal{g: grainQuarter, y: y, n: q - 4*floorDiv(q, 4) + 1}
	case "DE":
		return cal{g: grainDecade, y: (t.Year()/10 + n) * 10}
	case "CE":
		return cal{g: grainCentury, y: (t.Year()/100 + n) * 100}
	}
	return cal{}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// ago resolves "<n> <unit> ago" (n negative) or "<n> <unit> from now" at
// the precision of the unit.
func (r *resolver) ago(n float64, unit string, from cal) cal {
	if !r.hasDCT && from.y == 0 {
		switch unit {
		case "Y", "DE", "CE":
			return cal{g: grainYear}
		case "M", "Q":
			return cal{g: grainMonth, code: "XXXX-XX"}
		case "W":
			return cal{g: grainWeek}
		}
		return cal{g: grainDay}
	}
	t := r.dct
	if from.y != 0 && from.g == grainDay {
		t = from.time()
	}
	k := int(math.Round(n))
	switch unit {
	case "Y":
		return cal{g: grainYear, y: t.Year() + k}
	case "DE":
		return cal{g: grainYear, y: t.Year() + 10*k}
	case "CE":
		return cal{g: grainCentury, y: t.Year() + 100*k}
	case "M":
		t2 := time.Date(t.Year(), t.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		return cal{g: grainMonth, y: t2.Year(), m: int(t2.Month())}
	case "Q":
		t2 := time.Date(t.Year(), t.Month()+time.Month(3*k), 1, 0, 0, 0, 0, time.UTC)
		return cal{g: grainQuarter, y: t2.Year(), n: (int(t2.Month())-1)/3 + 1}
	case "W":
		if from.g == grainDay && from.y != 0 || k == 1 || k == -1 {
			return dayCal(t.AddDate(0, 0, 7*k))
		}
		return weekCal(t.AddDate(0, 0, 7*k))
	case "D":
		return dayCal(t.AddDate(0, 0, k))
	case "H", "MIN", "S":
		// "24 hours ago" is yesterday; the article date has no clock
		// time, so only whole days move the date.
		if unit == "H" {
			return dayCal(t.AddDate(0, 0, int(n/24)))
		}
		return dayCal(t)
	}
	return dayCal(t.AddDate(0, 0, k))
}

// holiday resolves a fixed or computed holiday in year y.
func holidayDate(name string, y int) (m, d int, ok bool) {
	switch name {
	case "christmas", "christmas day":
		return 12, 25, true
	case "christmas eve":
		return 12, 24, true
	case "new year's day", "new year":
		return 1, 1, true
	case "new year's eve":
		return 12, 31, true
	case "halloween":
		return 10, 31, true
	case "valentine's day":
		return 2, 14, true
	case "independence day", "the fourth of july":
		return 7, 4, true
	case "veterans day", "armistice day":
		return 11, 11, true
	case "boxing day":
		return 12, 26, true
	case "thanksgiving", "thanksgiving day":
		return 11, nthWeekday(y, 11, 4, 4), true
	case "election day":
		// the Tuesday after the first Monday of November
		return 11, nthWeekday(y, 11, 1, 1) + 1, true
	case "labor day":
		return 9, nthWeekday(y, 9, 1, 1), true
	case "memorial day":
		return 5, lastWeekday(y, 5, 1), true
	case "easter", "easter sunday", "easter week", "holy week":
		m, d := easter(y)
		return m, d, true
	case "black friday", "cyber monday":
		off := 1
		if name == "cyber monday" {
			off = 4
		}
		t := time.Date(y, 11, nthWeekday(y, 11, 4, 4)+off, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day(), true
	}
	if off, ok := easterOffsets[name]; ok {
		m, d := easter(y)
		t := time.Date(y, time.Month(m), d+off, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day(), true
	}
	return 0, 0, false
}

// easterOffsets are the movable feasts, in days from Easter Sunday.
var easterOffsets = map[string]int{
	"good friday": -2, "ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "holy saturday": -1,
	"shrove tuesday": -47,
}

// nthWeekday is the day of month of the n-th ISO weekday wd in month m.
func nthWeekday(y, m, wd, n int) int {
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	delta := (wd - isoWeekday(first) + 7) % 7
	return 1 + delta + 7*(n-1)
}

// lastWeekday is the day of month of the last ISO weekday wd in month m.
func lastWeekday(y, m, wd int) int {
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	delta := (isoWeekday(last) - wd + 7) % 7
	return last.Day() - delta
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) (int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// durationValue writes a TIMEX3 duration such as P3W, PT2H, P18M or PXY
// (n < 0 means an unspecified number). Fractions are rewritten in the next
// smaller unit, as TIMEX3 has no decimal values in practice ("two and a
// half years" -> P30M).
func durationValue(n float64, u timeUnit) string {
	code := u.code
	if n >= 0 {
		n *= u.mult
	}
	switch code {
	case "DE":
		code = "Y"
		if n >= 0 {
			n *= 10
		}
	case "CE":
		code = "Y"
		if n >= 0 {
			n *= 100
		}
	case "Q":
		code = "Q"
	case "WE":
		if n < 0 {
			return "PXWE"
		}
		return fmt.Sprintf("P%dWE", int(n))
	}
	if n >= 0 && n != math.Trunc(n) {
		if v, ok := mixedDuration(n, code); ok {
			return v
		}
		switch code {
		case "Y":
			n, code = n*12, "M"
		case "M":
			n, code = n*30, "D"
		case "W":
			n, code = n*7, "D"
		case "D":
			n, code = n*24, "H"
		case "H":
			n, code = n*60, "MIN"
		case "MIN":
			n, code = n*60, "S"
		case "Q":
			n, code = n*3, "M"
		}
	}
	num := "X"
	if n >= 0 {
		num = strconv.FormatFloat(math.Round(n*100)/100, 'f', -1, 64)
	}
	switch code {
	case "H":
		return "PT" + num + "H"
	case "MIN":
		return "PT" + num + "M"
	case "S":
		return "PT" + num + "S"
	}
	return "P" + num + code
}

// mixedDuration writes a fractional count as whole units plus whole units of
// the next smaller size, as TIMEX3 does: 2.5 years is P2Y6M, 5.5 hours
// PT5H30M, 1.5 minutes PT1M30S. ok is false when the remainder is not whole.
func mixedDuration(n float64, code string) (string, bool) {
	whole := math.Trunc(n)
	if whole == 0 {
		return "", false // half a year is P6M, half an hour PT30M
	}
	var per float64
	var next string
	switch code {
	case "Y":
		per, next = 12, "M"
	case "M":
		per, next = 30, "D"
	case "D":
		per, next = 24, "H"
	case "H":
		per, next = 60, "M"
	case "MIN":
		per, next = 60, "S"
	default:
		return "", false
	}
	rest := (n - whole) * per
	if math.Abs(rest-math.Round(rest)) > 1e-9 {
		return "", false
	}
	w, r := strconv.Itoa(int(whole)), strconv.Itoa(int(math.Round(rest)))
	switch code {
	case "H":
		return "PT" + w + "H" + r + "M", true
	case "MIN":
		return "PT" + w + "M" + r + "S", true
	case "D":
		return "P" + w + "DT" + r + "H", true
	}
	return "P" + w + code + r + next, true
}

// clockValue writes a time of day on a date: "2024-07-11T14:30".
func clockValue(day cal, hour, minute int, zone string, dayPart string) string {
	ds := day.String()
	if day.code != "" {
		ds = day.code
	}
	if dayPart != "" {
		return ds + "T" + dayPart
	}
	if minute < 0 {
		return fmt.Sprintf("%sT%02d:00%s", ds, hour, zone)
	}
	return fmt.Sprintf("%sT%02d:%02d%s", ds, hour, minute, zone)
}

// calValue is the TIMEX3 value of a calendar value, preferring an explicit
// unresolved code such as "XXXX-WXX-4".
func calValue(c cal) string {
	if c.code != "" && (c.g == grainDay || strings.HasPrefix(c.code, "XXXX")) {
		return c.code
	}
	if c.g == grainWeek && c.code == "WE" {
		if c.y == 0 {
			return "XXXX-WXX-WE"
		}
		return fmt.Sprintf("%04d-W%02d-WE", c.y, c.n)
	}
	return c.String()
}
