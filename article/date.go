package article

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// DateOrder says how to read a numeric date such as 05/03/2024, whose
// day and month could be either way round.
type DateOrder string

const (
	// Unambiguous accepts a numeric date only when one reading is possible
	// (13/03/2024) or both readings agree (05/05/2024).
	Unambiguous DateOrder = ""
	DayFirst    DateOrder = "dmy" // 05/03/2024 is 5 March
	MonthFirst  DateOrder = "mdy" // 05/03/2024 is 3 May
)

// ParseDateOrder checks a --date-order value.
func ParseDateOrder(s string) (DateOrder, error) {
	switch o := DateOrder(strings.ToLower(s)); o {
	case Unambiguous, DayFirst, MonthFirst:
		return o, nil
	case "auto", "unambiguous":
		return Unambiguous, nil
	}
	return "", fmt.Errorf("date order %q: want dmy, mdy or unambiguous", s)
}

// ParseDate reads a date in any common way of writing one, numeric dates
// only when unambiguous. See ParseDateIn.
func ParseDate(s string) (time.Time, error) { return ParseDateIn(s, Unambiguous) }

var (
	isoWeek   = regexp.MustCompile(`^(\d{4})-?W(\d{2})(?:-?([1-7]))?$`)
	yearMonth = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	digitsRe  = regexp.MustCompile(`^\d+$`)
	numericRe = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$`)
)

// ParseDateIn returns the calendar date of s at UTC midnight, the date as
// written whatever the zone (a story stamped 2024-07-11T23:30-07:00 is
// dated the 11th where it was written). It accepts YYYY-MM-DD and
// timestamps (RFC 3339, with or without zone or seconds), RFC 1123/2822
// ("Tue, 05 Mar 2024 14:22:00 GMT"), written-out dates ("March 5, 2024",
// "5 March 2024"), ISO weeks (2024-W10, 2024-W10-2: the Monday unless a
// weekday is given), year and month (2024-03: the first of the month),
// epoch seconds or milliseconds, and numeric dates read in order (dmy,
// mdy) or, with Unambiguous, only when only one reading is a real date.
//
// The forms of the first line are tried first and exactly, so that the
// dates of existing inputs read as they always have; the rest goes to
// dateparse (a maintained fork of araddon/dateparse, the parser gofeed
// uses), which knows far more layouts than a list of our own would.
func ParseDateIn(s string, order DateOrder) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return dateOf(t)
		}
	}
	if m := isoWeek.FindStringSubmatch(s); m != nil {
		return weekDate(m[1], m[2], m[3])
	}
	if m := yearMonth.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01", s); err == nil {
			return t, nil
		}
		return time.Time{}, fmt.Errorf("malformed date %q (no month %s)", s, m[2])
	}
	if digitsRe.MatchString(s) {
		return epochDate(s)
	}
	if m := numericRe.FindStringSubmatch(s); m != nil && order == Unambiguous {
		return unambiguous(s, m)
	}
	t, err := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(order == MonthFirst))
	if err != nil {
		return time.Time{}, fmt.Errorf("malformed date %q (want YYYY-MM-DD, RFC 3339, RFC 1123, or a date such as \"March 5, 2024\")", s)
	}
	return dateOf(t)
}

// dateOf keeps the calendar date of t as written and checks its year.
func dateOf(t time.Time) (time.Time, error) {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return time.Time{}, fmt.Errorf("date %s out of range (years 1 to 9999)", t.Format(time.DateOnly))
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

// weekDate is the day of ISO week w of ISO year y (Monday unless wd says).
func weekDate(ys, ws, wds string) (time.Time, error) {
	y, _ := strconv.Atoi(ys)
	w, _ := strconv.Atoi(ws)
	wd := 1
	if wds != "" {
		wd, _ = strconv.Atoi(wds)
	}
	// 4 January is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday1 := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	t := monday1.AddDate(0, 0, (w-1)*7+wd-1)
	if w < 1 || w > 53 {
		return time.Time{}, fmt.Errorf("malformed date %q-W%s (no week %d)", ys, ws, w)
	}
	if yy, ww := t.ISOWeek(); yy != y || ww != w {
		return time.Time{}, fmt.Errorf("malformed date %s-W%s (year %d has no week %d)", ys, ws, y, w)
	}
	return t, nil
}

// epochDate reads Unix seconds (10 digits or fewer) or milliseconds (13);
// a bare 8-digit number is YYYYMMDD, and other lengths are refused rather
// than guessed.
func epochDate(s string) (time.Time, error) {
	switch {
	case len(s) == 8:
		if t, err := time.Parse("20060102", s); err == nil {
			return t, nil
		}
	case len(s) == 9 || len(s) == 10:
		n, _ := strconv.ParseInt(s, 10, 64)
		return dateOf(time.Unix(n, 0).UTC())
	case len(s) == 13:
		n, _ := strconv.ParseInt(s, 10, 64)
		return dateOf(time.UnixMilli(n).UTC())
	}
	return time.Time{}, fmt.Errorf("malformed date %q (a number is read as epoch seconds, milliseconds or YYYYMMDD)", s)
}

// unambiguous reads a numeric date when only one of day-first and
// month-first gives a real date, or both give the same one.
func unambiguous(s string, m []string) (time.Time, error) {
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if len(m[3]) == 2 {
		y += 2000
	}
	dayFirst, ok1 := realDate(y, b, a)
	monthFirst, ok2 := realDate(y, a, b)
	switch {
	case ok1 && ok2 && !dayFirst.Equal(monthFirst):
		return time.Time{}, fmt.Errorf("ambiguous date %q (day or month first? set --date-order dmy or mdy)", s)
	case ok1:
		return dayFirst, nil
	case ok2:
		return monthFirst, nil
	}
	return time.Time{}, fmt.Errorf("malformed date %q (no such day either way round)", s)
}

func realDate(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, m >= 1 && m <= 12 && t.Day() == d && t.Month() == time.Month(m)
}
