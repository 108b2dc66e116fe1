package view

import (
	"strings"
	"time"
)

// InRange reports whether a date (YYYY, YYYY-MM or YYYY-MM-DD) overlaps
// [since, until]; open bounds are zero times. Undated facts pass only when
// both bounds are open: a range asks "what happened then", and a fact
// without a date cannot answer it.
func InRange(date string, since, until time.Time) bool {
	if since.IsZero() && until.IsZero() {
		return true
	}
	lo, hi, ok := Period(date)
	if !ok {
		return false
	}
	if !since.IsZero() && hi.Before(since) {
		return false
	}
	if !until.IsZero() && lo.After(until) {
		return false
	}
	return true
}

// Period is the first and last day a date value covers.
func Period(date string) (lo, hi time.Time, ok bool) {
	switch len(date) {
	case 10:
		t, err := time.Parse(time.DateOnly, date)
		return t, t, err == nil
	case 7:
		t, err := time.Parse("2006-01", date)
		return t, t.AddDate(0, 1, -1), err == nil
	case 4:
		t, err := time.Parse("2006", date)
		return t, t.AddDate(1, 0, -1), err == nil
	}
	return time.Time{}, time.Time{}, false
}

// FullDate pads a partial date to its first day ("2015" -> "2015-01-01"),
// for formats and axes that want a calendar date; "" if date is none.
func FullDate(date string) string {
	lo, _, ok := Period(date)
	if !ok {
		return ""
	}
	return lo.Format(time.DateOnly)
}

// CompareDates orders dates (partial ones at their first day), undated last.
func CompareDates(a, b string) int {
	fa, fb := FullDate(a), FullDate(b)
	switch {
	case fa == fb:
		return strings.Compare(a, b)
	case fa == "":
		return 1
	case fb == "":
		return -1
	}
	return strings.Compare(fa, fb)
}

// ParseBound reads a since/until bound: YYYY-MM-DD, or "" for open.
func ParseBound(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}
