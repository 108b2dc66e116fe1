// Package anchor dates the durations the timex stage anchored to an event
// ("three weeks after she was released"): once the text dates the
// anchoring event elsewhere, the duration leads to a date of its own
// (Timex.Derived). It reads Tokens and Timexes and writes Timex.Derived.
package anchor

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// This file derives dates for durations anchored to an event: in "they
// met three weeks after she was released", the duration P3W is anchored
// to "released"; when the document dates a release elsewhere ("she was
// released in December"), the meeting's date follows (December + three
// weeks). The duration keeps its TIMEX3 value; the derived date goes to
// Timex.Derived.

// DeriveAnchored fills Derived for the anchored durations of d, and the
// value of an anchored day ("the day before the vote") whose event is
// dated.
func DeriveAnchored(d *doc.Document) {
	for ti := range d.Timexes {
		t := &d.Timexes[ti]
		if t.Anchor < 0 || t.Anchor >= len(d.Tokens) {
			continue
		}
		if t.Type == "DATE" && t.Value == "XXXX-XX-XX" {
			if dir := anchorDirection(d, *t); dir != 0 {
				if base, ok := anchorDate(d, ti); ok && len(base) == 10 {
					if v, ok := value.ShiftByDuration(base, "P1D", dir); ok {
						t.Value = v
					}
				}
			}
			continue
		}
		if t.Type != "DURATION" {
			continue
		}
		dir := anchorDirection(d, *t)
		if dir == 0 {
			continue
		}
		base, ok := anchorDate(d, ti)
		if !ok {
			continue
		}
		if v, ok := value.ShiftByDuration(base, t.Value, dir); ok {
			t.Derived = v
		}
	}
}

// anchorDirection is +1 for "<duration> after", -1 for "<duration>
// before", 0 otherwise: the connective is the token after the duration.
func anchorDirection(d *doc.Document, t doc.Timex) int {
	k := d.TokenAt(t.End - 1)
	if k < 0 || k+1 >= len(d.Tokens) {
		return 0
	}
	switch strings.ToLower(d.Tokens[k+1].Text) {
	case "after", "later", "since":
		return 1
	case "before", "earlier", "prior":
		return -1
	}
	return 0
}

// anchorDate finds the date of the anchoring event of timex ti: a date
// right after the anchor in its own clause ("after her release in
// December"), else the date of the nearest mention of an event of the same
// kind elsewhere in the document ("she was freed on Dec. 28"). Only
// absolute calendar values count.
func anchorDate(d *doc.Document, ti int) (string, bool) {
	t := d.Timexes[ti]
	a := t.Anchor
	aw := strings.ToLower(d.Tokens[a].Text)
	typ, isEvent := lex.EventTriggers[aw]
	sa := d.Tokens[a].Sentence
	// a date following the anchor in its own clause
	for xi, x := range d.Timexes {
		if xi == ti || !absoluteDate(x) || d.TokenAt(x.Start) < a || d.TokenAt(x.Start) > a+6 {
			continue
		}
		if tokenSentence(d, x.Start) == sa {
			return x.Value, true
		}
	}
	if !isEvent {
		return "", false
	}
	// the nearest other mention of an event of the same type with a date
	// in its sentence, the date closest to that mention
	best, bestDist := "", 1<<30
	for k, tok := range d.Tokens {
		if k == a || tok.Sentence == sa || lex.EventTriggers[strings.ToLower(tok.Text)] != typ {
			continue
		}
		s := d.Sentences[tok.Sentence]
		for _, x := range d.Timexes {
			if !absoluteDate(x) || x.Start < s.Start || x.End > s.End {
				continue
			}
			dist := doc.Abs(x.Start-tok.Start) + doc.Abs(k-a) // prefer mentions near the anchor
			if dist < bestDist {
				best, bestDist = x.Value, dist
			}
		}
	}
	return best, best != ""
}

// tokenSentence is the sentence of the token at code point off, or -1.
func tokenSentence(d *doc.Document, off int) int {
	if k := d.TokenAt(off); k >= 0 {
		return d.Tokens[k].Sentence
	}
	return -1
}

// absoluteDate reports whether x is a DATE with a year, month or day value
// ("2023", "2023-12", "2023-12-05").
func absoluteDate(x doc.Timex) bool {
	if x.Type != "DATE" || x.Derived != "" {
		return false
	}
	_, _, ok := value.ParseCalValue(x.Value)
	return ok
}
