// Package value holds TIMEX3 values and the calendar arithmetic behind
// them: a calendar point at a grain (day, week, month, quarter, season,
// year, decade, century), durations, clock times, holidays, and the
// resolver that anchors relative expressions ("last Friday", "two weeks
// ago") to the document date and to the dates the text has named so far.
// It knows nothing of text: the timex stage reads the words and asks it
// for values.
package value

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// ParseCalValue reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the middle of
// the period it names (so that "December" plus three weeks is January) and
// its grain.
func ParseCalValue(v string) (time.Time, Grain, bool) {
	switch len(v) {
	case 4:
		y, err := strconv.Atoi(v)
		if err != nil {
			return time.Time{}, 0, false
		}
		return time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC), GrainYear, true
	case 7:
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return time.Time{}, 0, false
		}
		return t.AddDate(0, 0, 14), GrainMonth, true
	case 10:
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return time.Time{}, 0, false
		}
		return t, GrainDay, true
	}
	return time.Time{}, 0, false
}

// ShiftByDuration moves the date base by the TIMEX3 duration dur (dir +1
// or -1) and writes the result at the grain of base: 2023-12 + P3W is
// 2024-01, 2023-12-05 + P3W is 2023-12-26. Vague durations (PXW) and
// fractional ones do not shift.
func ShiftByDuration(base, dur string, dir int) (string, bool) {
	t, g, ok := ParseCalValue(base)
	if !ok || !strings.HasPrefix(dur, "P") {
		return "", false
	}
	body := dur[1:]
	clock := strings.HasPrefix(body, "T")
	if clock {
		body = body[1:]
	}
	if len(body) < 2 {
		return "", false
	}
	n, err := strconv.Atoi(body[:len(body)-1])
	if err != nil {
		return "", false
	}
	n *= dir
	switch unit := body[len(body)-1]; {
	case clock && unit == 'H':
		t = t.Add(time.Duration(n) * time.Hour)
	case clock:
		return "", false
	case unit == 'Y':
		t = t.AddDate(n, 0, 0)
	case unit == 'M':
		t = t.AddDate(0, n, 0)
	case unit == 'W':
		t = t.AddDate(0, 0, 7*n)
	case unit == 'D':
		t = t.AddDate(0, 0, n)
	default:
		return "", false
	}
	switch g {
	case GrainYear:
		return t.Format("2006"), true
	case GrainMonth:
		return t.Format("2006-01"), true
	}
	return t.Format("2006-01-02"), true
}

// timeUnit is a calendar unit as TIMEX3 writes it in a duration.
type Unit struct {
	Code string // Y, M, W, D, H, MIN, S, DE, CE, Q, WE
	// factor converts to the code actually written (a decade is 10 years).
	Mult float64
}

// This file turns parsed time expressions into TIMEX3 values: calendar
// arithmetic against the article date (DCT), the news conventions for bare
// weekday and month names, and the value syntax of durations.

// Grain is the precision of a calendar value.
type Grain int

const (
	GrainNone Grain = iota
	GrainCentury
	GrainDecade
	GrainYear
	GrainSeason
	GrainHalf
	GrainQuarter
	GrainMonth
	GrainWeek
	GrainDay
)

// Cal is a calendar value of some precision: "2024", "2024-Q3", "2024-07-11".
type Cal struct {
	G    Grain
	Y    int // year; 0 when unknown (written XXXX)
	M    int // month 1..12 for grainMonth and grainDay
	D    int // day of month for grainDay
	N    int // quarter, half or ISO week number
	Code string
}

// String writes the TIMEX3 value.
func (c Cal) String() string {
	ys := "XXXX"
	if c.Y != 0 {
		ys = fmt.Sprintf("%04d", c.Y)
	}
	switch c.G {
	case GrainCentury:
		if c.Y == 0 {
			return "XX"
		}
		return strconv.Itoa(c.Y / 100)
	case GrainDecade:
		if c.Y == 0 {
			return "XXX"
		}
		return strconv.Itoa(c.Y / 10)
	case GrainYear:
		return ys
	case GrainSeason:
		return ys + "-" + c.Code
	case GrainHalf:
		return fmt.Sprintf("%s-H%d", ys, c.N)
	case GrainQuarter:
		return fmt.Sprintf("%s-Q%d", ys, c.N)
	case GrainMonth:
		return fmt.Sprintf("%s-%02d", ys, c.M)
	case GrainWeek:
		if c.Y == 0 {
			return "XXXX-WXX"
		}
		return fmt.Sprintf("%s-W%02d", ys, c.N)
	case GrainDay:
		if c.Y == 0 && c.M == 0 {
			return "XXXX-XX-XX"
		}
		return fmt.Sprintf("%s-%02d-%02d", ys, c.M, c.D)
	}
	return ""
}

// DayCal is the day-precision value of t.
func DayCal(t time.Time) Cal {
	return Cal{G: GrainDay, Y: t.Year(), M: int(t.Month()), D: t.Day()}
}

// WeekCal is the ISO week of t.
func WeekCal(t time.Time) Cal {
	y, w := t.ISOWeek()
	return Cal{G: GrainWeek, Y: y, N: w}
}

// WeekStart returns the Monday that begins ISO week value v ("2016-W40"),
// the form WeekCal's values are written in.
func WeekStart(v string) (time.Time, bool) {
	var year, week int
	if len(v) != 8 || v[4:6] != "-W" {
		return time.Time{}, false
	}
	if _, err := fmt.Sscanf(v, "%4d-W%2d", &year, &week); err != nil || week < 1 || week > 53 {
		return time.Time{}, false
	}
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC) // ISO week 1 holds January 4
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(week-1)), true
}

// Time converts a day value back to a time.Time (UTC midnight).
func (c Cal) Time() time.Time {
	return time.Date(c.Y, time.Month(c.M), c.D, 0, 0, 0, 0, time.UTC)
}

// Resolver holds what normalization needs from the document: the article
// date, and the last explicit dates mentioned, which anaphoric expressions
// ("the next day", "a year earlier") are relative to.
type Resolver struct {
	Dct    time.Time
	HasDCT bool
	// LastDay is the most recent day-precision date in the text (or the DCT).
	LastDay Cal
	// LastQuarter is the most recent fiscal quarter named, for the
	// year-over-year comparisons of earnings reports.
	LastQuarter Cal
	// LastMonth and lastYear are the most recent month and year named,
	// for "the following month", "that year".
	LastMonth Cal
	LastYear  int
	// NamedMonth is the last month named as a month ("in February"), not
	// through a day, for "the same period last year".
	NamedMonth Cal
	// DayUnknown is set when the last date named is a month other than
	// LastDay's ("Obama visited in July 2008. The day before, ..."): a day
	// counted from it lies in that month, on a day the text does not say.
	DayUnknown bool
}

// AnaphoricDay returns the date "the day before" or "a week later" names
// when the text last named a month without its day (DayUnknown): that
// month, ok false otherwise.
func (r *Resolver) AnaphoricDay(unit string) (Cal, bool) {
	if !r.DayUnknown || unit != "D" && unit != "W" {
		return Cal{}, false
	}
	return r.LastMonth, true
}

func NewResolver(dct time.Time) Resolver {
	r := Resolver{Dct: dct, HasDCT: !dct.IsZero()}
	if r.HasDCT {
		r.Dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
		r.LastDay = DayCal(r.Dct)
		r.LastMonth = Cal{G: GrainMonth, Y: r.Dct.Year(), M: int(r.Dct.Month())}
		r.LastYear = r.Dct.Year()
	}
	return r
}

// Note records an explicit value so later anaphora can use it.
func (r *Resolver) Note(c Cal) {
	if c.Y == 0 || c.G < GrainYear {
		return
	}
	r.LastYear = c.Y
	switch c.G {
	case GrainDay:
		if c.M != 0 {
			r.LastDay = c
			r.LastMonth = Cal{G: GrainMonth, Y: c.Y, M: c.M}
			r.DayUnknown = false
		}
	case GrainMonth:
		r.LastMonth = c
		r.NamedMonth = c
		r.DayUnknown = c.M != 0 && (c.Y != r.LastDay.Y || c.M != r.LastDay.M)
	case GrainQuarter:
		r.LastQuarter = c
	}
}

// Today is the DCT as a day value, or an unresolved day.
func (r *Resolver) Today() Cal {
	if !r.HasDCT {
		return Cal{G: GrainDay}
	}
	return DayCal(r.Dct)
}

// ShiftDays moves the DCT by n days.
func (r *Resolver) ShiftDays(n int) Cal {
	if !r.HasDCT {
		return Cal{G: GrainDay}
	}
	return DayCal(r.Dct.AddDate(0, 0, n))
}

// Weekday resolves a bare weekday name. News reports mostly look back, so
// without a future cue the name means the most recent such day, the article
// day included; with a future cue, the next one.
func (r *Resolver) Weekday(wd int, dir int) Cal { return r.weekdayFrom(wd, dir, false) }

// WeekdayStrict resolves "last Friday" (dir -1, strictly before the DCT) and
// "next Friday" (dir +1, strictly after).
func (r *Resolver) WeekdayStrict(wd int, dir int) Cal { return r.weekdayFrom(wd, dir, true) }

// weekdayFrom finds weekday wd from the DCT in direction dir; strict
// excludes the DCT itself.
func (r *Resolver) weekdayFrom(wd, dir int, strict bool) Cal {
	if !r.HasDCT {
		return Cal{G: GrainDay, Code: fmt.Sprintf("XXXX-WXX-%d", wd)}
	}
	cur := IsoWeekday(r.Dct)
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
	return DayCal(r.Dct.AddDate(0, 0, delta))
}

func IsoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// Month resolves a month named without a year. The month of the DCT is the
// current one. Any other month is either fwd months ahead or 12-fwd months
// back; monthYear decides which.
func (r *Resolver) Month(m int, dir int) Cal {
	if !r.HasDCT {
		return Cal{G: GrainMonth, M: m}
	}
	return Cal{G: GrainMonth, Y: r.monthYear(m, dir), M: m}
}

// monthYear is the year of month m seen from the DCT. News looks back more
// than ahead, but a month named shortly ahead of the article is nearly
// always the coming one, even in a past-tense sentence ("the company said
// it would close the deal in November", written in October: the reporting
// verb is past, the event is not). So: the coming month when it is one or
// two months ahead, or up to four months ahead without a past cue, or any
// distance ahead with a future cue; otherwise the month gone by.
func (r *Resolver) monthYear(m int, dir int) int {
	y, cur := r.Dct.Year(), int(r.Dct.Month())
	fwd := (m - cur + 12) % 12
	if fwd == 0 {
		return y
	}
	future := (fwd <= 2 || fwd <= 4 && dir >= 0 || dir > 0) && dir != SincePast
	switch {
	case future && m < cur:
		return y + 1
	case !future && m > cur:
		return y - 1
	}
	return y
}

// MonthStrict resolves "last May" (the latest May before the DCT month) and
// "next May".
func (r *Resolver) MonthStrict(m int, dir int) Cal {
	if !r.HasDCT {
		return Cal{G: GrainMonth, M: m}
	}
	y := r.Dct.Year()
	cur := int(r.Dct.Month())
	if dir < 0 && m >= cur {
		y--
	}
	if dir > 0 && m <= cur {
		y++
	}
	return Cal{G: GrainMonth, Y: y, M: m}
}

// DayOfMonth resolves "March 12" without a year: in the month of the DCT
// the nearest reading (a day well ahead of the article in a past-tense
// sentence is still this month's); in another month, the rule of month.
func (r *Resolver) DayOfMonth(m, d int, dir int) Cal {
	if !r.HasDCT {
		return Cal{G: GrainDay, M: m, D: d}
	}
	return Cal{G: GrainDay, Y: r.monthYear(m, dir), M: m, D: d}
}

// Season resolves a season name without a year, like month.
func (r *Resolver) Season(code string, dir int, strict bool) Cal {
	if !r.HasDCT {
		return Cal{G: GrainSeason, Code: code}
	}
	y := r.Dct.Year()
	cur := seasonOf(r.Dct)
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
	return Cal{G: GrainSeason, Y: y, Code: code}
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
func (r *Resolver) Quarter(q int, dir int) Cal {
	if !r.HasDCT {
		return Cal{G: GrainQuarter, N: q}
	}
	y := r.Dct.Year()
	cur := (int(r.Dct.Month())-1)/3 + 1
	// the next quarter is this year's even in a past-tense sentence ("said
	// it would close plants during the fourth quarter", written in August)
	if q > cur+1 && dir <= 0 {
		y--
	}
	return Cal{G: GrainQuarter, Y: y, N: q}
}

// Relative resolves "this/last/next <unit>" at the precision of the unit.
func (r *Resolver) Relative(unit string, n int) Cal {
	if !r.HasDCT {
		switch unit {
		case "Y":
			return Cal{G: GrainYear}
		case "M":
			return Cal{G: GrainMonth, Code: "XXXX-XX"}
		case "W", "WE":
			return Cal{G: GrainWeek}
		case "D":
			return Cal{G: GrainDay}
		case "Q":
			return Cal{G: GrainQuarter, Code: "XXXX-QX"}
		case "DE":
			return Cal{G: GrainDecade}
		case "CE":
			return Cal{G: GrainCentury}
		}
		return Cal{}
	}
	t := r.Dct
	switch unit {
	case "Y":
		return Cal{G: GrainYear, Y: t.Year() + n}
	case "M":
		t2 := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return Cal{G: GrainMonth, Y: t2.Year(), M: int(t2.Month())}
	case "W":
		return WeekCal(t.AddDate(0, 0, 7*n))
	case "WE":
		c := WeekCal(t.AddDate(0, 0, 7*n))
		c.Code = "WE"
		return c
	case "D":
		return DayCal(t.AddDate(0, 0, n))
	case "Q":
		q := (int(t.Month())-1)/3 + n
		y := t.Year() + floorDiv(q, 4)
		return Cal{G: GrainQuarter, Y: y, N: q - 4*floorDiv(q, 4) + 1}
	case "DE":
		return Cal{G: GrainDecade, Y: (t.Year()/10 + n) * 10}
	case "CE":
		return Cal{G: GrainCentury, Y: (t.Year()/100 + n) * 100}
	}
	return Cal{}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Ago resolves "<n> <unit> ago" (n negative) or "<n> <unit> from now" at
// the precision of the unit.
func (r *Resolver) Ago(n float64, unit string, from Cal) Cal {
	if !r.HasDCT && from.Y == 0 {
		switch unit {
		case "Y", "DE", "CE":
			return Cal{G: GrainYear}
		case "M", "Q":
			return Cal{G: GrainMonth, Code: "XXXX-XX"}
		case "W":
			return Cal{G: GrainWeek}
		}
		return Cal{G: GrainDay}
	}
	t := r.Dct
	if from.Y != 0 && from.G == GrainDay {
		t = from.Time()
	}
	k := int(math.Round(n))
	switch unit {
	case "Y":
		return Cal{G: GrainYear, Y: t.Year() + k}
	case "DE":
		return Cal{G: GrainYear, Y: t.Year() + 10*k}
	case "CE":
		return Cal{G: GrainCentury, Y: t.Year() + 100*k}
	case "M":
		t2 := time.Date(t.Year(), t.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		return Cal{G: GrainMonth, Y: t2.Year(), M: int(t2.Month())}
	case "Q":
		t2 := time.Date(t.Year(), t.Month()+time.Month(3*k), 1, 0, 0, 0, 0, time.UTC)
		return Cal{G: GrainQuarter, Y: t2.Year(), N: (int(t2.Month())-1)/3 + 1}
	case "W":
		if from.G == GrainDay && from.Y != 0 || k == 1 || k == -1 {
			return DayCal(t.AddDate(0, 0, 7*k))
		}
		return WeekCal(t.AddDate(0, 0, 7*k))
	case "D":
		return DayCal(t.AddDate(0, 0, k))
	case "H", "MIN", "S":
		// "24 hours ago" is yesterday; the article date has no clock
		// time, so only whole days move the date.
		if unit == "H" {
			return DayCal(t.AddDate(0, 0, int(n/24)))
		}
		return DayCal(t)
	}
	return DayCal(t.AddDate(0, 0, k))
}

// holiday resolves a fixed or computed holiday in year y.
func HolidayDate(name string, y int) (m, d int, ok bool) {
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
	if off, ok := EasterOffsets[name]; ok {
		m, d := easter(y)
		t := time.Date(y, time.Month(m), d+off, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day(), true
	}
	return 0, 0, false
}

// EasterOffsets are the movable feasts, in days from Easter Sunday.
var EasterOffsets = map[string]int{
	"good friday": -2, "ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "holy saturday": -1,
	"shrove tuesday": -47,
}

// nthWeekday is the day of month of the n-th ISO weekday wd in month m.
func nthWeekday(y, m, wd, n int) int {
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	delta := (wd - IsoWeekday(first) + 7) % 7
	return 1 + delta + 7*(n-1)
}

// lastWeekday is the day of month of the last ISO weekday wd in month m.
func lastWeekday(y, m, wd int) int {
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	delta := (IsoWeekday(last) - wd + 7) % 7
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

// DurationValue writes a TIMEX3 duration such as P3W, PT2H, P18M or PXY
// (n < 0 means an unspecified number). Fractions are rewritten in the next
// smaller unit, as TIMEX3 has no decimal values in practice ("two and a
// half years" -> P30M).
func DurationValue(n float64, u Unit) string {
	code := u.Code
	if n >= 0 {
		n *= u.Mult
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

// ClockValue writes a time of day on a date: "2024-07-11T14:30".
func ClockValue(day Cal, hour, minute int, zone string, dayPart string) string {
	ds := day.String()
	if day.Code != "" {
		ds = day.Code
	}
	if dayPart != "" {
		return ds + "T" + dayPart
	}
	if minute < 0 {
		return fmt.Sprintf("%sT%02d:00%s", ds, hour, zone)
	}
	return fmt.Sprintf("%sT%02d:%02d%s", ds, hour, minute, zone)
}

// CalValue is the TIMEX3 value of a calendar value, preferring an explicit
// unresolved code such as "XXXX-WXX-4".
func CalValue(c Cal) string {
	if c.Code != "" && (c.G == GrainDay || strings.HasPrefix(c.Code, "XXXX")) {
		return c.Code
	}
	if c.G == GrainWeek && c.Code == "WE" {
		if c.Y == 0 {
			return "XXXX-WXX-WE"
		}
		return fmt.Sprintf("%04d-W%02d-WE", c.Y, c.N)
	}
	return c.String()
}

// SincePast is the tense of an expression after "since": strictly past,
// which overrides the preference for a month just ahead.
const SincePast = -2
