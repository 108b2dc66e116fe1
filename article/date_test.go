package article

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLenientDates(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-05":                      "2024-03-05",
		"2024-03-05T23:30:00-07:00":       "2024-03-05", // the date where it was written, not UTC's
		"2024-03-05T14:22:00+0000":        "2024-03-05",
		"2024-03-05T14:22:00.123Z":        "2024-03-05",
		"Tue, 05 Mar 2024 14:22:00 GMT":   "2024-03-05",
		"Tue, 5 Mar 2024 23:22:00 -0500":  "2024-03-05",
		"Tuesday, 05-Mar-24 14:22:00 GMT": "2024-03-05",
		"March 5, 2024":                   "2024-03-05",
		"5 March 2024":                    "2024-03-05",
		"Mar 5 2024":                      "2024-03-05",
		"2024-W10":                        "2024-03-04", // the Monday of ISO week 10
		"2024-W10-2":                      "2024-03-05",
		"2020W531":                        "2020-12-28", // 2020 has 53 weeks
		"2024-03":                         "2024-03-01",
		"1709648520":                      "2024-03-05", // epoch seconds
		"1709648520000":                   "2024-03-05", // epoch milliseconds
		"20240305":                        "2024-03-05",
		"13/03/2024":                      "2024-03-13", // only one reading is a date
		"03/13/2024":                      "2024-03-13",
		"05/05/2024":                      "2024-05-05", // both readings agree
	} {
		d, err := ParseDate(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, want, d.Format(time.DateOnly), in)
			assert.Equal(t, time.UTC, d.Location(), in)
		}
	}
}

func TestNumericDateOrder(t *testing.T) {
	_, err := ParseDate("05/03/2024")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ambiguous")
	assert.Contains(t, err.Error(), "--date-order")

	d, err := ParseDateIn("05/03/2024", DayFirst)
	require.NoError(t, err)
	assert.Equal(t, "2024-03-05", d.Format(time.DateOnly))
	d, err = ParseDateIn("05/03/2024", MonthFirst)
	require.NoError(t, err)
	assert.Equal(t, "2024-05-03", d.Format(time.DateOnly))

	o, err := ParseDateOrder("DMY")
	require.NoError(t, err)
	assert.Equal(t, DayFirst, o)
	_, err = ParseDateOrder("ydm")
	assert.Error(t, err)
}

func TestUnreadableDates(t *testing.T) {
	for _, bad := range []string{"", "yesterday", "2024-02-30", "2024-13", "2024-W54", "2021-W53", "31/31/2024", "12345", "July 8"} {
		d, err := ParseDate(bad)
		assert.Error(t, err, bad)
		assert.True(t, d.IsZero(), bad)
	}
}
