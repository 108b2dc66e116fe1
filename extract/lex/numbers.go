package lex

import (
	"strconv"
	"strings"
)

// SmallNumbers are cardinal number words.
var SmallNumbers = Numbers("common/SmallNumbers")

// Ordinals maps ordinal words to numbers; used for days, quarters, centuries.
var Ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
	"twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
	"twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
	"last": -1, "final": -1,
}

// NumberWord parses a single cardinal token: digits ("12", "1,000", "2.5")
// or a word ("twelve", "twenty-four"). ok is false for anything else.
func NumberWord(w string) (float64, bool) {
	if w == "" {
		return 0, false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		return v, err == nil
	}
	if n, ok := SmallNumbers[w]; ok {
		return float64(n), true
	}
	// twenty-four
	if i := strings.IndexByte(w, '-'); i > 0 {
		t, ok1 := SmallNumbers[w[:i]]
		u, ok2 := SmallNumbers[w[i+1:]]
		if ok1 && ok2 && t >= 20 && t%10 == 0 && t < 100 && u < 10 {
			return float64(t + u), true
		}
	}
	return 0, false
}

// OrdinalWord parses "3rd", "21st", "third", "twenty-first".
func OrdinalWord(w string) (int, bool) {
	if n, ok := Ordinals[w]; ok && n > 0 {
		return n, true
	}
	if len(w) >= 3 {
		suf := w[len(w)-2:]
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if n, err := strconv.Atoi(w[:len(w)-2]); err == nil && n > 0 {
				return n, true
			}
		}
	}
	return 0, false
}
