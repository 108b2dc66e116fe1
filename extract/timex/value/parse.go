package value

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// DecadeWord parses "1990s" (a decade), "1800s" (a century) and, after
// "the" or a position word, "nineties".
func DecadeWord(w, prev string) (Cal, bool) {
	if len(w) == 5 && w[4] == 's' && doc.IsDigits(w[:4]) {
		y, _ := strconv.Atoi(w[:4])
		if y%10 != 0 || y < 1000 || y > 2100 {
			return Cal{}, false
		}
		if y%100 == 0 && y < 2000 {
			return Cal{G: GrainCentury, Y: y}, true
		}
		return Cal{G: GrainDecade, Y: y}, true
	}
	if y, ok := decadeNames[w]; ok && (prev == "the" || prev == "early" || prev == "late" || prev == "mid") {
		return Cal{G: GrainDecade, Y: y}, true
	}
	return Cal{}, false
}

// decadeNames are the spelled decades that are not ambiguous between
// centuries ("the twenties" is).
var decadeNames = lex.Numbers("timex/decadeNames")

// IsoDate parses 2024-07-11.
func IsoDate(w string) (Cal, bool) {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' || !doc.IsDigits(w[:4]) || !doc.IsDigits(w[5:7]) || !doc.IsDigits(w[8:]) {
		return Cal{}, false
	}
	y, _ := strconv.Atoi(w[:4])
	m, _ := strconv.Atoi(w[5:7])
	d, _ := strconv.Atoi(w[8:])
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return Cal{}, false
	}
	return Cal{G: GrainDay, Y: y, M: m, D: d}, true
}

// SlashDate parses the American 7/11/2024 (month first, four-digit year)
// and 7/11/24; century2 places a two-digit year.
func SlashDate(w string, century2 func(int) int) (Cal, bool) {
	parts := strings.Split(w, "/")
	if len(parts) != 3 || len(parts[2]) != 4 && len(parts[2]) != 2 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return Cal{}, false
	}
	m, err1 := strconv.Atoi(parts[0])
	d, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return Cal{}, false
	}
	if len(parts[2]) == 2 {
		y = century2(y)
	}
	return Cal{G: GrainDay, Y: y, M: m, D: d}, true
}

// ParseHourMinute parses "10", "10:30", "10.30" and the military "0800".
// sep is the separator seen (0 when none).
func ParseHourMinute(b string) (h, mi int, sep byte, ok bool) {
	mi = -1
	if k := strings.IndexAny(b, ":."); k > 0 {
		hs, ms := b[:k], b[k+1:]
		if !doc.IsDigits(hs) || len(hs) > 2 || len(ms) != 2 || !doc.IsDigits(ms) {
			return 0, 0, 0, false
		}
		h, _ = strconv.Atoi(hs)
		mi, _ = strconv.Atoi(ms)
		if mi > 59 {
			return 0, 0, 0, false
		}
		return h, mi, b[k], true
	}
	if !doc.IsDigits(b) {
		return 0, 0, 0, false
	}
	switch len(b) {
	case 1, 2:
		h, _ = strconv.Atoi(b)
		return h, -1, 0, h <= 24
	case 4:
		h, _ = strconv.Atoi(b[:2])
		mi, _ = strconv.Atoi(b[2:])
		return h, mi, 0, h <= 24 && mi < 60
	}
	return 0, 0, 0, false
}

// Units maps unit nouns (singular and plural) to units.
var Units = map[string]Unit{
	"year": {Code: "Y", Mult: 1}, "years": {Code: "Y", Mult: 1}, "yr": {Code: "Y", Mult: 1}, "yrs": {Code: "Y", Mult: 1},
	"month": {Code: "M", Mult: 1}, "months": {Code: "M", Mult: 1},
	"week": {Code: "W", Mult: 1}, "weeks": {Code: "W", Mult: 1}, "fortnight": {Code: "W", Mult: 2}, "fortnights": {Code: "W", Mult: 2},
	"day": {Code: "D", Mult: 1}, "days": {Code: "D", Mult: 1},
	"hour": {Code: "H", Mult: 1}, "hours": {Code: "H", Mult: 1}, "hrs": {Code: "H", Mult: 1},
	"minute": {Code: "MIN", Mult: 1}, "minutes": {Code: "MIN", Mult: 1}, "mins": {Code: "MIN", Mult: 1},
	"second": {Code: "S", Mult: 1}, "seconds": {Code: "S", Mult: 1}, "secs": {Code: "S", Mult: 1},
	"decade": {Code: "DE", Mult: 1}, "decades": {Code: "DE", Mult: 1},
	"century": {Code: "CE", Mult: 1}, "centuries": {Code: "CE", Mult: 1},
	"millennium": {Code: "Y", Mult: 1000}, "millennia": {Code: "Y", Mult: 1000},
	"quarter": {Code: "Q", Mult: 1}, "quarters": {Code: "Q", Mult: 1},
	"weekend": {Code: "WE", Mult: 1}, "weekends": {Code: "WE", Mult: 1},
	"night": {Code: "D", Mult: 1}, "nights": {Code: "D", Mult: 1},
}

// IsPluralUnit reports whether w is the plural of a unit noun.
func IsPluralUnit(w string) bool {
	_, ok := Units[w]
	return ok && strings.HasSuffix(w, "s") && w != "hrs" && w != "yrs" && w != "mins" && w != "secs"
}
