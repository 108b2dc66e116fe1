package coref

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// timeZones are the zones a clock time may name ("0800 UTC", "9 a.m.
// EDT"); the timex stage reads them as part of the time.
var timeZones = lex.Table("timex/timeZones")

// zoneAfterClock reports whether every mention of ms is a time zone
// written in capitals right after a clock time ("at 0800 UTC", "9:30 a.m.
// EDT"): no place and no organisation, whatever the tagger said ("CT" in
// "Hartford, CT" is a state).
func zoneAfterClock(d *doc.Document, ms []int) bool {
	for _, i := range ms {
		m := d.Mentions[i]
		if m.LastTok-m.FirstTok != 1 || m.FirstTok == 0 {
			return false
		}
		w := d.Tokens[m.FirstTok].Text
		if _, ok := timeZones[strings.ToLower(w)]; !ok || strings.ToUpper(w) != w {
			return false
		}
		prev := strings.ToLower(d.Tokens[m.FirstTok-1].Text)
		if !clockEnd(prev) {
			return false
		}
	}
	return len(ms) > 0
}

// clockEnd reports whether a token can end a clock time: a number ("0800",
// "9:30") or "a.m."/"p.m.".
func clockEnd(t string) bool {
	switch t {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight":
		return true
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && r != ':' && r != '.' {
			return false
		}
	}
	return t != "" && unicode.IsDigit(rune(t[0]))
}
