package value

import "testing"

// WeekStart reads the ISO week values WeekCal writes; ISO week 1 is the
// week that holds January 4, so it may begin in December.
func TestWeekStart(t *testing.T) {
	for v, want := range map[string]string{"2016-W01": "2016-01-04", "2015-W53": "2015-12-28",
		"2020-W01": "2019-12-30", "2016-W40": "2016-10-03"} {
		got, ok := WeekStart(v)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("WeekStart(%q) = %s %v, want %s", v, got.Format("2006-01-02"), ok, want)
		}
	}
	for _, v := range []string{"2016-SU", "2016-W54", "2016-10", "2016-W1"} {
		if _, ok := WeekStart(v); ok {
			t.Errorf("WeekStart(%q) ok, want no week", v)
		}
	}
}
