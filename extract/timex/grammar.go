package timex

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file is the top of the time grammar: modifiers, and the phrases
// built on determiners and quantities ("the past three months", "last
// week", "every Sunday", "two years ago", "three weeks after ...").
// Calendar names and numerals are in timex_calendar.go, clock times in
// timex_clock.go.

// startWords are the lower-cased words a time expression can begin with
// (besides digits); a cheap filter before the grammar runs.
var startWords = map[string]bool{}

func init() {
	for _, tab := range []map[string]int{months, weekdays, pluralWeekdays, lex.SmallNumbers, lex.Ordinals} {
		for w := range tab {
			startWords[w] = true
		}
	}
	for _, tab := range []map[string]string{seasons, modWords, positionWords, refWords, setAdverbs} {
		for w := range tab {
			startWords[strings.Fields(w)[0]] = true
		}
	}
	for w := range value.Units {
		startWords[w] = true
	}
	for _, h := range holidays {
		startWords[h[0]] = true // "election" (Election Day), "valentine"
	}
	for w := range vagueQuantities {
		startWords[w] = true
	}
	for _, w := range strings.Fields(`these the this last next past coming previous following that each every a an
		half once twice thrice today yesterday tomorrow tonight noon midnight midday fiscal q1 q2 q3 q4 recent
		earlier later mid christmas thanksgiving halloween easter new valentine's independence labor memorial
		[ veterans boxing good black cyber ash palm maundy holy shrove year-end year-ago year-earlier sixties seventies eighties nineties per at`) {
		startWords[w] = true
	}
}

// match tries the grammar at token i: optional modifier or position word,
// then a core expression.
func (s *timexScanner) match(i int) (tmatch, bool) {
	if mod, j := s.phrase(i, modWords); j > i {
		if m, ok := s.core(j); ok && modFits(s.lw[i], mod, m, s.lw[j]) {
			m.start = i
			if m.mod == "" {
				m.mod = mod
			}
			return m, true
		}
	}
	if pos, j := s.phrase(i, positionWords); j > i {
		if m, ok := s.positioned(i, j, pos); ok {
			return m, true
		}
	}
	return s.core(i)
}

// phrase matches the longest key of tab (one to four words) at token i and
// returns its value and the index after it.
func (s *timexScanner) phrase(i int, tab map[string]string) (string, int) {
	if !startWords[s.w(i)] {
		return "", i
	}
	for n := 4; n >= 1; n-- {
		if i+n > s.last {
			continue
		}
		key := s.lw[i]
		for k := i + 1; k < i+n; k++ {
			key += " " + s.lw[k]
		}
		if v, ok := tab[key]; ok {
			return v, i + n
		}
	}
	return "", i
}

// modFits restricts modifiers to the expressions they make sense with:
// "more than" quantifies a duration or an "ago" date, "about" also an
// hour or a year, and "some"/"over"/"under" only a number ("over the
// past year" is a preposition).
func modFits(word, mod string, m tmatch, first string) bool {
	switch word {
	case "some", "over", "under", "just", "well":
		_, isNum := lex.NumberWord(first)
		return m.kind == kindDuration && m.qty > 0 && (isNum || first == "a" || first == "an")
	case "about", "around", "approximately", "roughly", "circa", "c.":
		// an approximation quantifies a number, not a definite phrase:
		// "revolves around the 12 year cycle" is a preposition
		return m.typ != "SET" && m.kind != kindRelative && !determiners[first]
	}
	if mod == "APPROX" { // nearly, almost
		return m.kind == kindDuration || m.kind == kindAgo || m.kind == kindClock
	}
	return m.kind == kindDuration || m.kind == kindAgo
}

// positioned handles "early 2024", "the end of last year", "mid-1990s"
// style expressions: a position word, then a calendar expression.
func (s *timexScanner) positioned(i, j int, pos string) (tmatch, bool) {
	word := s.lw[i]
	if strings.HasSuffix(s.lw[j-1], "of") {
		// "the end of the year", "the beginning of the month"
		k := j
		if d := s.w(j); d == "the" || d == "this" {
			k++ // "the end of the year"; "the end of year" is also said
		}
		if u, ok := value.Units[s.w(k)]; ok && !value.IsPluralUnit(s.w(k)) && u.Code != "WE" && u.Code != "MIN" && u.Code != "S" && u.Code != "H" && !s.capitalized(k) {
			c := s.res.Relative(u.Code, 0)
			if u.Code == "Y" && pos == "END" && s.res.HasDCT && s.res.Dct.Month() <= 3 && s.tense(i) < 0 {
				c = s.res.Relative("Y", -1) // "peaked by the end of the year", said in February
			}
			return tmatch{start: i, end: k + 1, typ: "DATE", val: value.CalValue(c), c: c, mod: pos, anchor: -1}, true
		}
	}
	m, ok := s.core(j)
	if !ok || m.typ == "DURATION" || m.typ == "SET" {
		return m, false
	}
	switch word {
	case "earlier", "later":
		if m.kind != kindRelative {
			return m, false
		}
	case "the":
		if (s.lw[i+1] == "early" || s.lw[i+1] == "late" || s.lw[i+1] == "mid") && m.c.G != value.GrainDecade && m.c.G != value.GrainCentury {
			return m, false
		}
	}
	m.start, m.mod = i, pos
	return m, true
}

// core is a time expression without leading modifiers.
func (s *timexScanner) core(i int) (tmatch, bool) {
	w := s.w(i)
	if w == "" {
		return tmatch{}, false
	}
	rules := []func(int) (tmatch, bool){
		s.clockRule, s.numericRule, s.monthRule, s.dayFirstRule, s.weekdayRule, s.wordRule,
		s.theRule, s.deicticRule, s.everyRule, s.quantityRule, s.hyphenRule, s.barePluralRule,
	}
	for _, r := range rules {
		if m, ok := r(i); ok {
			if m.anchor == 0 {
				m.anchor = -1
			}
			return m, true
		}
	}
	return tmatch{}, false
}

// quantity parses a count before a unit noun: digits and number words
// ("24", "twenty four", "two and a half"), the article ("a year"), and
// vague counts ("several", "a few": -1). It returns the value and the
// index after it.
func (s *timexScanner) quantity(i int) (float64, int, bool) {
	w := s.w(i)
	switch w {
	case "a", "an":
		switch s.w(i + 1) {
		case "few", "number":
			if s.w(i+1) == "number" {
				if s.w(i+2) != "of" {
					return 0, i, false
				}
				return -1, i + 3, true
			}
			return -1, i + 2, true
		case "couple":
			if s.w(i+2) == "of" {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case "dozen":
			return 12, i + 2, true
		case "half":
			return 0.5, i + 2, true
		}
		return 1, i + 1, true
	case "[":
		// an editor's bracket in a quotation: "[Ten] years ago"
		if n, ok := lex.NumberWord(s.w(i + 1)); ok && s.w(i+2) == "]" {
			return n, i + 3, true
		}
		return 0, i, false
	case "half":
		if n := s.w(i + 1); n == "a" || n == "an" {
			return 0.5, i + 2, true
		}
		return 0.5, i + 1, true
	case "another":
		if n, j, ok := s.quantity(i + 1); ok && n > 0 && j > i+1 && s.w(i+1) != "a" {
			return n, j, true
		}
		return 1, i + 1, true
	}
	if vagueQuantities[w] {
		return -1, i + 1, true
	}
	n, ok := lex.NumberWord(w)
	if !ok {
		return 0, i, false
	}
	j := i + 1
	// twenty four, one hundred
	if n >= 20 && n < 100 && int(n)%10 == 0 {
		if u, ok := lex.NumberWord(s.w(j)); ok && u > 0 && u < 10 && !doc.IsDigits(s.w(j)) {
			n += u
			j++
		}
	}
	if s.w(j) == "hundred" {
		n *= 100
		j++
	}
	// 2 1/2
	switch s.w(j) {
	case "1/2", "½":
		n, j = n+0.5, j+1
	case "1/4", "¼":
		n, j = n+0.25, j+1
	case "3/4", "¾":
		n, j = n+0.75, j+1
	}
	// two and a half
	if s.w(j) == "and" && s.w(j+1) == "a" && s.w(j+2) == "half" {
		n += 0.5
		j += 3
	}
	return n, j, true
}

// durationAdjectives may stand between a count and its unit ("two
// consecutive quarters", "three more years").
var durationAdjectives = lex.Words("timex/durationAdjectives")

// unitAt parses a unit noun at j, after an optional duration adjective.
func (s *timexScanner) unitAt(j int) (value.Unit, int, bool) {
	if durationAdjectives[s.w(j)] {
		if u, ok := value.Units[s.w(j+1)]; ok {
			return u, j + 2, true
		}
	}
	u, ok := value.Units[s.w(j)]
	return u, j + 1, ok
}

// duration parses "<quantity> <unit>" at i, with "and a half" and "or so"
// tails. The quantity "a" does not combine with "second" ("a second
// term") nor does "quarter" followed by "of" ("a quarter of voters").
func (s *timexScanner) duration(i int) (tmatch, bool) {
	n, j, ok := s.quantity(i)
	if !ok || j == i {
		return tmatch{}, false
	}
	u, k, ok := s.unitAt(j)
	if !ok || s.capitalized(k-1) && k-1 > s.first {
		return tmatch{}, false // a title: "60 Minutes"
	}
	unitWord := s.lw[k-1]
	if (s.lw[i] == "a" || s.lw[i] == "an" || s.lw[i] == "another") && (unitWord == "second" || unitWord == "night") {
		return tmatch{}, false
	}
	if u.Code == "Q" && (s.w(k) == "of" || s.w(k) == "," && s.w(k+1) == "of") && !durationAdjectives[s.w(j)] {
		// a fraction: "a quarter of voters", "789, or about a quarter, of its dealers"
		return tmatch{}, false
	}
	if n == 0.5 && (unitWord == "second" || unitWord == "minute") && s.w(i) == "half" {
		return tmatch{}, false
	}
	if s.w(k) == "and" && s.w(k+1) == "a" && s.w(k+2) == "half" && n >= 0 {
		n += 0.5
		k += 3
	}
	mod := ""
	if s.w(k) == "or" && (s.w(k+1) == "so" || s.w(k+1) == "more") {
		mod = "APPROX"
		if s.w(k+1) == "more" {
			mod = "EQUAL_OR_MORE"
		}
		k += 2
	}
	if s.lw[i] == "a" && s.w(i+1) == "couple" {
		mod = "APPROX"
	}
	return tmatch{start: i, end: k, typ: "DURATION", val: value.DurationValue(n, u), mod: mod, qty: n, unit: u,
		kind: kindDuration}, true
}

// quantityRule handles a counted duration and what may follow it: "ago",
// "earlier", "later", "from now" (dates), "before/after <event>" (an
// anchored duration), "old" (an age, not a time expression); and rates:
// "twice a week", "$5 a year".
func (s *timexScanner) quantityRule(i int) (tmatch, bool) {
	w := s.lw[i]
	if w == "once" || w == "twice" || w == "thrice" {
		return s.frequency(i, i+1)
	}
	if n, j, ok := s.quantity(i); ok && s.w(j) == "times" && n > 0 {
		return s.frequency(i, j+1)
	}
	if (w == "a" || w == "an" || w == "per") && s.rateContext(i-1) {
		if u, ok := value.Units[s.w(i+1)]; ok && !value.IsPluralUnit(s.w(i+1)) && !followsRelation(s.w(i+2)) {
			return tmatch{start: i, end: i + 2, typ: "SET", val: value.DurationValue(1, u), anchor: -1}, true
		}
	}
	// "at a later date", "an earlier time": an unspecified future or past
	if (w == "a" || w == "an") && (s.w(i+1) == "later" || s.w(i+1) == "earlier") &&
		(s.w(i+2) == "date" || s.w(i+2) == "time") {
		v := "FUTURE_REF"
		if s.w(i+1) == "earlier" {
			v = "PAST_REF"
		}
		return tmatch{start: i, end: i + 3, typ: "DATE", val: v, anchor: -1}, true
	}
	// for a while, for some time: an unspecified duration
	if (w == "a" && s.w(i+1) == "while" || w == "some" && s.w(i+1) == "time") && s.w(i-1) == "for" {
		return tmatch{start: i, end: i + 2, typ: "DURATION", val: "PXX", qty: -1, kind: kindDuration}, true
	}
	// "Islam will one day be": a vague future, not a day's length; so is
	// "one day" opening a clause ("that one day the city might ...").
	if w == "one" && s.w(i+1) == "day" && (modals[s.w(i-1)] || s.clauseAdverb(i)) {
		if !modals[s.w(i-1)] && s.clauseTense(i+2) <= 0 {
			return tmatch{}, false // "one day she walked in": a story's day, no value
		}
		return tmatch{start: i, end: i + 2, typ: "DATE", val: "FUTURE_REF", anchor: -1}, true
	}
	if (w == "a" || w == "one") && s.predicateNoun(i) {
		return tmatch{}, false
	}
	m, ok := s.duration(i)
	if !ok {
		return m, false
	}
	return s.durationSuffix(m)
}

// modals are the auxiliaries after which "one day" means some future day.
var modals = lex.Words("timex/modals")

func followsRelation(w string) bool {
	return w == "ago" || w == "earlier" || w == "later" || w == "before" || w == "after"
}

// rateContext reports whether token k ends an amount that a following "a
// year" turns into a rate ("15 a year", "$2 billion a year").
func (s *timexScanner) rateContext(k int) bool {
	w := s.w(k)
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "million", "billion", "trillion", "thousand", "hundred", "percent", "%", "times", "once", "twice",
		"dollars", "euros", "pounds":
		return true
	}
	if _, ok := lex.SmallNumbers[w]; ok {
		return true
	}
	// a counted plural: "four flights a week", "700 seats a day"
	if countedNoun(w) {
		for j := k - 1; j >= k-3 && j >= s.first; j-- {
			if _, ok := lex.NumberWord(s.lw[j]); ok {
				return true
			}
		}
	}
	return false
}

// frequency parses the rest of "twice a week", "three times per year"
// from j.
func (s *timexScanner) frequency(i, j int) (tmatch, bool) {
	switch s.w(j) {
	case "a", "an", "per", "each", "every":
		if u, ok := value.Units[s.w(j+1)]; ok {
			return tmatch{start: i, end: j + 2, typ: "SET", val: value.DurationValue(1, u), anchor: -1}, true
		}
	}
	return tmatch{}, false
}

// durationSuffix turns "<duration> ago/earlier/later/from now" into a date
// and anchors "<duration> after/before <event>".
func (s *timexScanner) durationSuffix(m tmatch) (tmatch, bool) {
	k := m.end
	switch s.w(k) {
	case "old":
		return m, false // an age
	case "ago", "back":
		if s.w(k) == "back" && (s.w(k+1) == "to" || s.w(k+1) == "in" || s.w(k+1) == "into") {
			return m, true
		}
		return s.relDate(m, -1, k+1, false), true
	case "earlier", "later", "before", "after":
		next := s.w(k + 1)
		if next == "than" {
			return m, true
		}
		dir := 1
		if s.w(k) == "earlier" || s.w(k) == "before" {
			dir = -1
		}
		if s.w(k) == "later" {
			// "three days later": TimeBank keeps the duration and leaves
			// "later" out; the vague "years later" is a past reference.
			return m, true
		}
		if clauseEnd(next) || s.w(k) == "earlier" {
			return s.relDate(m, dir, k+1, true), true
		}
		m.anchor = s.anchorAfter(k)
		return m, true
	case "from":
		if s.w(k+1) == "now" || s.w(k+1) == "today" {
			return s.relDate(m, 1, k+2, false), true
		}
	case "hence":
		return s.relDate(m, 1, k+1, false), true
	}
	return m, true
}

// clauseEnd reports whether w ends a phrase (punctuation or nothing).
func clauseEnd(w string) bool {
	return w == "" || w == "," || w == "." || w == ";" || w == ":" || w == "!" || w == "?" || w == "\"" ||
		w == "”" || w == "''" || w == ")" || w == "--" || w == "—" || w == "and" || w == "but"
}

// relDate makes the date "<n> <unit> ago" (dir -1, from the DCT) or
// "<n> <unit> later/earlier" (anaphoric: from the last date mentioned).
func (s *timexScanner) relDate(m tmatch, dir int, end int, anaphoric bool) tmatch {
	m.end, m.typ, m.kind = end, "DATE", kindAgo
	if m.qty < 0 {
		if dir < 0 {
			m.val = "PAST_REF"
		} else {
			m.val = "FUTURE_REF"
		}
		if anaphoric {
			m.val = "PAST_REF" // "years later" is told from the present
		}
		m.c = value.Cal{}
		return m
	}
	from := value.Cal{}
	if anaphoric {
		if c, ok := s.res.AnaphoricDay(m.unit.Code); ok && m.qty <= 2 {
			m.c, m.val = c, value.CalValue(c) // "in July 2008. The day before": a day of that July
			return m
		}
		from = s.res.LastDay
	}
	// Earnings reports compare a quarter's figures with "a year ago":
	// the same quarter of the year before.
	if m.unit.Code == "Y" && m.qty == 1 && dir < 0 && s.res.LastQuarter.Y != 0 &&
		s.sentenceHas("quarter", "period", "quarterly", "$", "cents", "share") {
		c := s.res.LastQuarter
		c.Y--
		m.c, m.val, m.derived = c, value.CalValue(c), true
		return m
	}
	c := s.res.Ago(float64(dir)*m.qty, m.unit.Code, from)
	m.c, m.val = c, value.CalValue(c)
	return m
}

// sentenceHas reports whether the current sentence contains one of words.
func (s *timexScanner) sentenceHas(words ...string) bool {
	for k := s.first; k < s.last; k++ {
		for _, w := range words {
			if s.lw[k] == w {
				return true
			}
		}
	}
	return false
}

// barePluralRule handles unit plurals without a count: "for years",
// "within minutes" (unspecified durations), "years later" (PAST_REF).
func (s *timexScanner) barePluralRule(i int) (tmatch, bool) {
	w := s.lw[i]
	if !value.IsPluralUnit(w) || w == "quarters" || w == "nights" || w == "weekends" {
		return tmatch{}, false
	}
	u := value.Units[w]
	next := s.w(i + 1)
	if next == "ago" || next == "later" || next == "earlier" {
		v := "PAST_REF"
		return tmatch{start: i, end: i + 2, typ: "DATE", val: v, kind: kindAgo, anchor: -1}, true
	}
	// "in the weeks before the shooting": a vague stretch anchored to an
	// event; TimeBank marks the plural alone
	if s.w(i-1) == "the" && (s.w(i-2) == "in" || s.w(i-2) == "during" || s.w(i-2) == "over") {
		switch next {
		case "before", "after", "following", "preceding":
			return tmatch{start: i, end: i + 1, typ: "DURATION", val: value.DurationValue(-1, u), kind: kindDuration, qty: -1,
				unit: u, anchor: s.anchorAfter(i + 1)}, true
		}
	}
	prep := i - 1
	if intensifiers[s.w(prep)] {
		prep-- // "in just minutes", "within mere hours"
	}
	switch s.w(prep) {
	case "for", "within", "over", "in", "took", "take", "takes", "taking", "spent", "spend", "lasted", "last",
		"lasting", "after":
		if next == "old" || next == "'" || next == "’" || next == "of" && s.w(i-1) == "in" {
			return tmatch{}, false
		}
		if s.w(prep) == "in" && prep == i-1 && s.w(i-2) != "" && !clauseEnd(next) {
			return tmatch{}, false // "in days of old", "in hours of talks"
		}
		return tmatch{start: i, end: i + 1, typ: "DURATION", val: value.DurationValue(-1, u), kind: kindDuration, qty: -1, unit: u}, true
	}
	return tmatch{}, false
}

// intensifiers may stand between a preposition and a bare unit plural.
var intensifiers = lex.Words("timex/intensifiers")

// everyRule handles SETs: "every day", "each year", "every two weeks",
// "every Sunday", "each July", "every morning".
func (s *timexScanner) everyRule(i int) (tmatch, bool) {
	w := s.lw[i]
	if w != "every" && w != "each" {
		return tmatch{}, false
	}
	j := i + 1
	mult := 1.0
	if s.w(j) == "other" {
		mult, j = 2, j+1
	}
	nw := s.w(j)
	if wd, ok := weekdays[nw]; ok {
		return tmatch{start: i, end: j + 1, typ: "SET", val: "XXXX-WXX-" + itoa(wd)}, true
	}
	if m, ok := months[nw]; ok && (s.capitalized(j) || !ambiguousMonths[nw]) {
		return tmatch{start: i, end: j + 1, typ: "SET", val: value.Cal{G: value.GrainMonth, M: m}.String()}, true
	}
	if code, ok := seasons[nw]; ok {
		return tmatch{start: i, end: j + 1, typ: "SET", val: "XXXX-" + code}, true
	}
	if code, ok := dayParts[nw]; ok {
		return tmatch{start: i, end: j + 1, typ: "SET", val: "XXXX-XX-XXT" + code}, true
	}
	if u, ok := value.Units[nw]; ok && !value.IsPluralUnit(nw) {
		if u.Code == "WE" {
			return tmatch{start: i, end: j + 1, typ: "SET", val: "XXXX-WXX-WE"}, true
		}
		return tmatch{start: i, end: j + 1, typ: "SET", val: value.DurationValue(mult, u)}, true
	}
	if n, k, ok := s.quantity(j); ok && k > j && n > 0 {
		if u, k2, ok := s.unitAt(k); ok {
			return tmatch{start: i, end: k2, typ: "SET", val: value.DurationValue(n*mult, u)}, true
		}
	}
	return tmatch{}, false
}
