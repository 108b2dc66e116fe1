package timex

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file handles clock times ("10:35 a.m.", "4pm", "noon Thursday",
// "16:08 UTC") and hyphenated tokens ("two-year", "mid-1990s",
// "third-quarter", "2009-10").

// clockPreps are words after which a bare "14:30" is a clock time rather
// than a score or a ratio.
var clockPreps = lex.Words("timex/clockPreps")

// meridiem maps a.m./p.m. spellings to whether they mean the afternoon.
var meridiem = map[string]bool{"a.m.": false, "am": false, "a.m": false, "p.m.": true, "pm": true, "p.m": true}

// clockRule: a clock time, with an optional time zone, "in the morning",
// and a following day ("10 p.m. Wednesday"). Without a day the time is on
// the day last named in the sentence, else on the article date.
func (s *timexScanner) clockRule(i int) (tmatch, bool) {
	h, mi, j, ok := s.clockCore(i)
	if !ok {
		return tmatch{}, false
	}
	zone := ""
	if z, ok := timeZones[s.w(j)]; ok && isUpperWord(s.d.Tokens[j].Text) {
		zone = z
		j++
	}
	if s.w(j) == "local" && s.w(j+1) == "time" {
		j += 2
	}
	if s.w(j) == "in" && s.w(j+1) == "the" {
		switch s.w(j + 2) {
		case "morning":
			j += 3
		case "afternoon", "evening":
			if h < 12 {
				h += 12
			}
			j += 3
		}
	}
	day := s.sentDay
	if day.G != value.GrainDay {
		day = s.res.Today()
		// "was shot at 10 p.m.": a past event at a bare hour happened on
		// the day the story last named, not on the day of the article
		if ld := s.res.LastDay; ld.Y != 0 && s.res.HasDCT && ld != value.DayCal(s.res.Dct) && s.tense(i) < 0 {
			day = ld
		}
	}
	k := j
	if s.w(k) == "," || s.w(k) == "on" {
		k++
	}
	// 10:35 a.m. (0735 GMT) Friday: the day after a parenthesis
	if s.w(k) == "(" {
		for p := k + 1; p < k+6 && p < s.last; p++ {
			if s.lw[p] == ")" {
				if dm, ok := s.dayAfterClock(p + 1); ok {
					day = dm.c
				}
				break
			}
		}
	}
	if dm, ok := s.dayAfterClock(k); ok {
		day, j = dm.c, dm.end
	}
	return tmatch{start: i, end: j, typ: "TIME", val: value.ClockValue(day, h, mi, zone, ""), c: day, kind: kindClock}, true
}

// dayAfterClock parses the day that may follow a clock time.
func (s *timexScanner) dayAfterClock(k int) (tmatch, bool) {
	w := s.w(k)
	var m tmatch
	var ok bool
	switch {
	case w == "today" || w == "yesterday" || w == "tomorrow":
		m, ok = s.wordRule(k)
	case weekdays[w] > 0:
		m, ok = s.weekdayRule(k)
	case months[w] > 0:
		m, ok = s.monthRule(k)
	case w == "the":
		m, ok = s.theRule(k) // "2:30 the next day"
	}
	if !ok || m.c.G != value.GrainDay || m.typ != "DATE" {
		return tmatch{}, false
	}
	return m, true
}

func isUpperWord(w string) bool {
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return w != ""
}

// clockCore parses the time itself: hour, minute (-1 when not given) and
// the index after it.
func (s *timexScanner) clockCore(i int) (int, int, int, bool) {
	if h, mi, end, ok, done := s.wordClock(i); done {
		return h, mi, end, ok
	}
	w := s.lw[i]
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, 0, i, false
	}
	// split "10:30pm" into digits, minutes and a meridiem suffix
	body, suffix := w, ""
	for _, m := range []string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if strings.HasSuffix(w, m) && len(w) > len(m) {
			body, suffix = w[:len(w)-len(m)], m
			break
		}
	}
	h, mi, sep, ok := value.ParseHourMinute(body)
	if !ok {
		return 0, 0, i, false
	}
	j := i + 1
	if suffix == "" {
		if _, ok := meridiem[s.w(j)]; ok && sep != '.' {
			suffix = s.w(j)
			j++
		}
	}
	if suffix != "" {
		return meridiemClock(h, mi, i, j, suffix)
	}
	return s.clockAfter(i, j, h, mi, sep, len(body))
}

// wordClock reads the clock times written as words at i: noon, midday,
// midnight, "ten o'clock". done is false when the token is no such word.
func (s *timexScanner) wordClock(i int) (h, mi, end int, ok, done bool) {
	w := s.lw[i]
	if (w == "noon" || w == "midnight") && s.capitalized(i) && i > s.first {
		return 0, 0, i, false, true // "High Noon", "Midnight Express"
	}
	switch w {
	case "noon", "midday":
		return 12, 0, i + 1, true, true
	case "midnight":
		return 24, 0, i + 1, true, true
	}
	if n, ok := lex.NumberWord(w); ok && !doc.IsDigits(w) && s.w(i+1) == "o'clock" && n >= 1 && n <= 12 {
		return int(n), -1, i + 2, true, true
	}
	return 0, 0, i, false, false
}

// meridiemClock turns an hour on the 12-hour clock with its a.m./p.m.
// suffix into the 24-hour clock (j is where the time ends).
func meridiemClock(h, mi, i, j int, suffix string) (int, int, int, bool) {
	if h < 1 || h > 12 {
		return 0, 0, i, false
	}
	if meridiem[suffix] && h < 12 {
		h += 12
	}
	if !meridiem[suffix] && h == 12 {
		h = 0
	}
	return h, mi, j, true
}

// clockAfter decides from what follows whether digits without a.m./p.m.
// are a clock time: "five o'clock", "7 in the morning", "10:30 GMT", "at
// 10:30", the military "0800 GMT" and "1600 hours".
func (s *timexScanner) clockAfter(i, j, h, mi int, sep byte, bodyLen int) (int, int, int, bool) {
	switch {
	case s.w(j) == "o'clock" && mi < 0 && h >= 1 && h <= 12:
		return h, -1, j + 1, true
	case s.w(j) == "in" && s.w(j+1) == "the" && (s.w(j+2) == "morning" || s.w(j+2) == "afternoon" || s.w(j+2) == "evening") && mi < 0 && h >= 1 && h <= 12 && clockPreps[s.w(i-1)]:
		return h, -1, j, true
	case sep == ':' && h <= 24:
		_, zone := timeZones[s.w(j)]
		if zone || clockPreps[s.w(i-1)] || s.w(j) == "local" || s.w(j) == "hrs" {
			return h, mi, j, true
		}
	case sep == 0 && bodyLen == 4 && h <= 24:
		// military time: "0800 GMT", "1600 hours"
		if _, zone := timeZones[s.w(j)]; zone && isUpperWord(s.d.Tokens[j].Text) || s.w(j) == "hours" && clockPreps[s.w(i-1)] || s.w(j) == "hrs" {
			if s.w(j) == "hours" || s.w(j) == "hrs" {
				j++
			}
			return h, mi, j, true
		}
	}
	return 0, 0, i, false
}

// hyphenRule: "two-year", "30-day", "day-long", "decades-long" (durations;
// "32-year-old" is an age and no time expression), "mid-1990s",
// "mid-November", "post-1959", "year-end", "year-ago", "third-quarter".
func (s *timexScanner) hyphenRule(i int) (tmatch, bool) {
	w := s.lw[i]
	idx := strings.IndexByte(w, '-')
	if idx <= 0 {
		return tmatch{}, false
	}
	head, tail := w[:idx], w[idx+1:]
	date := func(c value.Cal, mod string) (tmatch, bool) {
		return tmatch{start: i, end: i + 1, typ: "DATE", val: value.CalValue(c), c: c, mod: mod}, true
	}
	switch head {
	case "mid", "early", "late":
		mod := map[string]string{"mid": "MID", "early": "START", "late": "END"}[head]
		if mo, ok := months[tail]; ok {
			return date(s.res.Month(mo, s.tense(i)), mod)
		}
		if c, ok := value.DecadeWord(tail, "the"); ok {
			return date(c, mod)
		}
		if len(tail) == 4 && doc.IsDigits(tail) {
			y, _ := strconv.Atoi(tail)
			return date(value.Cal{G: value.GrainYear, Y: y}, mod)
		}
		if part, ok := dayParts[tail]; ok && head == "mid" {
			// mid-afternoon (yesterday)
			day, end := s.res.Today(), i+1
			if dm, ok := s.dayAfterClock(i + 1); ok {
				day, end = dm.c, dm.end
			}
			return tmatch{start: i, end: end, typ: "TIME", val: value.CalValue(day) + "T" + part, c: day}, true
		}
		return tmatch{}, false
	case "pre", "post":
		if len(tail) == 4 && doc.IsDigits(tail) {
			y, _ := strconv.Atoi(tail)
			return date(value.Cal{G: value.GrainYear, Y: y}, map[string]string{"pre": "BEFORE", "post": "AFTER"}[head])
		}
		return tmatch{}, false
	case "year":
		switch tail {
		case "end":
			c := s.res.Relative("Y", 0)
			if s.res.HasDCT && s.res.Dct.Month() <= 2 && s.tense(i) < 0 {
				c = s.res.Relative("Y", -1)
			}
			return date(c, "END")
		case "ago", "earlier":
			// In a quarterly report, "year-earlier profit" and "the
			// year-ago quarter" are the same quarter a year before; a
			// longer period ("the year-earlier nine months") is not.
			if q := s.res.LastQuarter; q.Y != 0 && !s.longerPeriodAt(i+1) {
				q.Y--
				m, _ := date(q, "")
				m.derived = true
				return m, true
			}
			return date(s.res.Relative("Y", -1), "")
		}
	}
	if m, ok := s.ordinalPeriod(i); ok {
		return m, true
	}
	parts := strings.Split(w, "-")
	last := parts[len(parts)-1]
	if last == "old" || s.w(i+1) == "old" {
		return tmatch{}, false // an age
	}
	unit, qparts := last, parts[:len(parts)-1]
	if last == "long" {
		unit, qparts = parts[len(parts)-2], parts[:len(parts)-2]
	}
	u, ok := value.Units[unit]
	if !ok || unit == "night" || unit == "nights" || u.Code == "Q" && s.w(i+1) == "of" {
		return tmatch{}, false
	}
	var n float64
	switch q := strings.Join(qparts, "-"); {
	case q == "":
		if last != "long" {
			return tmatch{}, false
		}
		n = 1
		if value.IsPluralUnit(unit) {
			n = -1
		}
	case vagueQuantities[q]:
		n = -1
	case q == "half":
		n = 0.5
	default:
		v, ok := lex.NumberWord(q)
		if !ok || v <= 0 {
			return tmatch{}, false
		}
		n = v
	}
	return tmatch{start: i, end: i + 1, typ: "DURATION", val: value.DurationValue(n, u), qty: n, unit: u, kind: kindDuration}, true
}

// longerPeriodAt reports whether a period longer than a quarter is named at
// k: "nine months", "first half", "year", "fiscal year".
func (s *timexScanner) longerPeriodAt(k int) bool {
	switch w := s.w(k); w {
	case "year", "fiscal", "half", "months", "weeks", "first", "second", "six", "nine", "12", "twelve":
		return w != "first" && w != "second" || s.w(k+1) == "half"
	}
	return false
}

// yearRange emits the two years of a token like "2009-10" or "1957-1958"
// (TimeBank annotates each year) and reports whether it did.
func (s *timexScanner) yearRange(i int) bool {
	w := s.lw[i]
	if len(w) != 7 && len(w) != 9 || w[4] != '-' || !doc.IsDigits(w[:4]) || !doc.IsDigits(w[5:]) {
		return false
	}
	y1, _ := strconv.Atoi(w[:4])
	y2, _ := strconv.Atoi(w[5:])
	if len(w) == 7 {
		y2 += y1 / 100 * 100
	}
	if y1 < 1000 || y1 > 2199 || y2 <= y1 || y2-y1 > 50 || nonYearLeaders[s.w(i-1)] || nonYearFollowers[s.w(i+1)] {
		return false
	}
	t := s.d.Tokens[i]
	for _, sp := range []struct {
		span doc.Span
		y    int
	}{{doc.Span{Start: t.Start, End: t.Start + 4}, y1}, {doc.Span{Start: t.Start + 5, End: t.End}, y2}} {
		s.d.Timexes = append(s.d.Timexes, doc.Timex{Span: sp.span, Text: s.d.Slice(sp.span), Type: "DATE",
			Value: strconv.Itoa(sp.y), Anchor: -1})
	}
	return true
}
