package event

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A month named without a year ("will run against her in November") is the
// coming one when the event is told as to come by a present or a modal:
// the timex stage, which reads the month alone, may resolve it to the last
// such month before the article ("November" in a January article), and the
// event's own date must then move on a year. The time expression is left
// as the timex stage read it; only the event's date changes. A month the
// text calls past ("last November"), a verb told in the past ("agreed to
// let him use it in November") or a year in the words keep the date.

// pastDirection point a time phrase back from the article's date (lex
// timex/pastDirection).
var pastDirection = lex.Words("timex/pastDirection")

// comingMonth returns the date of event w, told as f, whose time
// expression is timex with value v: v a year on when the rule above holds,
// else v.
func (x *ctx) comingMonth(w, timex int, v string, f doc.Factuality) string {
	d := x.d
	if timex < 0 || d.Date.IsZero() || f.Time != future || len(v) != 7 || !before(v, d) {
		return v
	}
	t := d.Timexes[timex]
	if t.Value != v || strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 {
		return v
	}
	for _, word := range strings.Fields(strings.ToLower(t.Text)) {
		if pastDirection[word] {
			return v
		}
	}
	if th := x.timexHead(t); th < 0 || d.Words[th].Head != w {
		return v // the month of another word of the clause
	}
	if b := x.tenseBearer(w); b < 0 || x.toldInPast(b) {
		return v
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	next := strconv.Itoa(y+1) + v[4:]
	if before(next, d) {
		return v // a month more than a year back: not the misread of a coming one
	}
	return next
}

// tenseBearer is the word whose form tells the time of w: w itself when
// it is finite or has a modal, else, for an infinitive, the one of the
// verb it complements ("wants to run": "wants"; "agreed to allow him to
// use": "agreed"); -1 when an infinitive complements a noun ("her decision
// to meet"), whose time the clause does not tell.
func (x *ctx) tenseBearer(w int) int {
	d := x.d
	for steps := 0; steps < 8 && infinitive(d, w); steps++ {
		for _, a := range d.Dependents(w, "aux") {
			if _, modal := modalKind(d, a); modal {
				return w
			}
		}
		h := d.Words[w].Head
		if h < 0 {
			return -1
		}
		if u := d.Words[h].UPOS; u != "VERB" && u != "AUX" && u != "ADJ" {
			return -1
		}
		w = h
	}
	return w
}
