package conflicts

import (
	"math"
	"regexp"
	"strconv"
	"time"
)

// Days are counted as float64 so that unbounded ends can be ±Inf.
var inf = math.Inf(1)

// interval is a closed range of days.
type interval struct{ lo, hi float64 }

func (a interval) intersect(b interval) (interval, bool) {
	r := interval{math.Max(a.lo, b.lo), math.Min(a.hi, b.hi)}
	return r, r.lo <= r.hi
}

func (a interval) add(b interval) interval { return interval{a.lo + b.lo, a.hi + b.hi} }

func (a interval) neg() interval { return interval{-a.hi, -a.lo} }

// dayOf counts days since 1970-01-01.
func dayOf(t time.Time) float64 { return float64(t.Unix() / 86400) }

// dateRange turns a calendar value (YYYY, YYYY-MM, YYYY-MM-DD) into the
// days it covers.
func dateRange(v string) (interval, bool) {
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	layout, ok := layouts[len(v)]
	if !ok {
		return interval{}, false
	}
	t, err := time.Parse(layout, v)
	if err != nil {
		return interval{}, false
	}
	var end time.Time
	switch len(v) {
	case 4:
		end = t.AddDate(1, 0, -1)
	case 7:
		end = t.AddDate(0, 1, -1)
	default:
		end = t
	}
	return interval{dayOf(t), dayOf(end)}, true
}

var unitDays = map[string]float64{"D": 1, "W": 7, "M": 30.44, "Y": 365.25, "DE": 3652.5, "CE": 36525}

var durationRE = regexp.MustCompile(`^P(\d+(?:\.\d+)?|X)(DE|CE|[DWMY])$`)

// durationRange reads a TIMEX3 duration as the days it may mean: a stated
// count is taken as rounded ("three weeks": 2.5 to 3.5 weeks), an
// unspecified plural ("months") as at least 1.5 units.
func durationRange(v string) (interval, bool) {
	m := durationRE.FindStringSubmatch(v)
	if m == nil {
		return interval{}, false
	}
	u := unitDays[m[2]]
	if m[1] == "X" {
		return interval{1.5 * u, inf}, true
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return interval{}, false
	}
	return interval{math.Max(0, n-0.5) * u, (n + 0.5) * u}, true
}

// describeDays renders a number of days for people.
func describeDays(d float64) string {
	switch {
	case math.IsInf(d, 1):
		return "no limit"
	case math.IsInf(d, -1):
		return "no limit"
	case math.Abs(d) >= 60:
		return strconv.FormatFloat(d/30.44, 'f', 1, 64) + " months"
	}
	return strconv.FormatFloat(d, 'f', 0, 64) + " days"
}

func describeRange(r interval) string {
	switch {
	case math.IsInf(r.hi, 1) && math.IsInf(r.lo, -1):
		return "any time"
	case math.IsInf(r.hi, 1):
		return "at least " + describeDays(r.lo)
	case math.IsInf(r.lo, -1):
		return "at most " + describeDays(r.hi)
	}
	return "between " + describeDays(r.lo) + " and " + describeDays(r.hi)
}

func dateOfDay(d float64) string {
	if math.IsInf(d, 0) {
		return "?"
	}
	return time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly)
}
