package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// doneOnPastDate reports an infinitive w, under a verb told in the past,
// that carries its own date before the article's ("was keen enough to praise
// it at a fair in May", "failed to name a supplier on Friday",
// "asked them to wait in the lobby on Friday"): whatever the governing
// verb looked ahead to, the date puts w at or before the article's day, so it
// is not to come. The time phrase must hang on w itself, w has no modal of
// its own ("said he could win on Tuesday"), and the verb is none that asks
// or urges, whose date the parser hangs on the infinitive last in the
// clause ("asked for money to fight it in February"). What w governs
// inherits its time ("to tout it during a summit in March": the summit too).
func (x *ctx) doneOnPastDate(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Date.IsZero() || !infinitive(d, w) || !doc.RelIs(d.Words[w].Rel, "xcomp", "advcl", "acl") {
		return false
	}
	timex, _ := x.when(w)
	if timex < 0 {
		return false
	}
	if th := x.timexHead(d.Timexes[timex]); th < 0 || d.Words[th].Head != w {
		return false
	}
	v := x.verbAbove(w)
	if !x.toldInPast(v) || x.beTo(w) || x.perfectInfinitive(w) {
		return false
	}
	if l := x.lemma(v); urgeVerbs[l] || requestVerbs[l] {
		return false // "asked for money to fight it in February": the date the parser hangs last is the asking's
	}
	if len(d.Dependents(w, "aux:pass")) > 0 {
		return false // "revised a report, to be filed Thursday": one that is to be, the weekday misread as past
	}
	for _, a := range d.Dependents(w, "aux") {
		if _, modal := modalKind(d, a); modal {
			return false
		}
	}
	return before(d.Timexes[timex].Value, d)
}

// verbAbove returns the nearest verb or adjective that governs w ("was bold
// enough to tout": "bold", whose copula tells its tense; "had an
// opportunity to show": "had").
func (x *ctx) verbAbove(w int) int {
	d := x.d
	for h := d.Words[w].Head; h >= 0; h = d.Words[h].Head {
		if u := d.Words[h].UPOS; u == "VERB" || u == "ADJ" || u == "AUX" {
			return h
		}
	}
	return w
}

// before reports whether dated value v, a month or a day, lies before the
// article's date at the precision v states ("2016-03" before 2016-05-24).
// It compares the values as strings, which holds for "YYYY-MM" and
// "YYYY-MM-DD" only: any other value (a week "2016-W20", a season
// "2016-SU", a year) counts as not before.
func before(v string, d *doc.Document) bool {
	if len(v) != 7 && len(v) != 10 || v[4] != '-' || strings.Trim(v, "0123456789-") != "" {
		return false
	}
	return v < d.Date.Format("2006-01-02")[:len(v)]
}

// toldInPast reports predicate h told in the past, by its own form, an
// auxiliary or its copula ("struggled", "had struggled", "was bold"): it
// is pastTense extended to a past copula, which pastTense leaves out for
// its other callers.
func (x *ctx) toldInPast(h int) bool {
	if x.pastTense(h) {
		return true
	}
	for _, c := range x.d.Dependents(h, "cop") {
		if x.d.Words[c].XPOS == "VBD" {
			return true
		}
	}
	return false
}
