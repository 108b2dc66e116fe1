package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The author's glosses inside reported speech: a clause that reports
// what someone said may carry the writer's own words about a thing it
// names, set off from it: an apposition ("she vowed to repeal the Hyde
// Amendment, a provision that bars such funding"), a non-restrictive
// relative ("he said the mayor, who took office in May, would resign") or
// a parenthesis. What they tell is the text's, not the speaker's; within
// quotation marks every word is the speaker's.

// glossStep reports whether word n, on the way from an event up to the
// clause that reports it, is set off as the author's gloss on a noun: an
// apposition after a comma, dash or bracket ("the Hyde Amendment, a
// provision that bars ..."; not a date, "this past summer"), a relative
// clause opened by a wh-word after one ("the mayor, who took office"), or
// a phrase in brackets. A list after a colon or semicolon is no gloss.
func (x *ctx) glossStep(n int) bool {
	d := x.d
	h := d.Words[n].Head
	if h < 0 || x.inQuotationMarks(n) {
		return false
	}
	first, last, _ := d.Subtree(n)
	before := "" // the mark before the gloss's first word, which the parser may count in
	if first > 0 && d.Words[first-1].Sentence == d.Words[n].Sentence {
		before = d.Words[first-1].Text
	}
	for ; first < n && d.Words[first].UPOS == "PUNCT"; first++ {
		before = d.Words[first].Text
	}
	if h > first || !setOff[before] {
		return false
	}
	noun := func(k int) bool { u := d.Words[k].UPOS; return u == "NOUN" || u == "PROPN" }
	switch {
	case doc.RelIs(d.Words[n].Rel, "appos"):
		return noun(n) && noun(h) && !x.inTime[n]
	case doc.RelIs(d.Words[n].Rel, "acl:relcl"):
		return (noun(h) || d.Words[h].UPOS == "PRON") && whWords[strings.ToLower(d.Words[first].Text)]
	}
	return before == "(" && last < len(d.Words) && d.Words[last].Text == ")"
}

// setOff are the marks that set a gloss off from the noun before it.
var setOff = map[string]bool{",": true, "(": true, "—": true, "–": true, "--": true}

// whWords open a relative clause that can stand after a comma.
var whWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true}

// quotedGloss reports whether event word w, inside the content of
// indirect quote q, lies in a gloss of the author's within that content.
func (x *ctx) quotedGloss(q *doc.Quote, w int) bool {
	d := x.d
	if q.Direct || q.Cue != nil && strings.HasPrefix(strings.ToLower(d.Slice(*q.Cue)), "according") {
		return false // "..., according to the count": the phrase vouches for the whole sentence
	}
	for n, steps := w, 0; n >= 0 && steps < 32 && x.inContent(q, d.Words[n].Span); n, steps = d.Words[n].Head, steps+1 {
		if h := d.Words[n].Head; h >= 0 && x.inContent(q, d.Words[h].Span) && x.glossStep(n) {
			return true
		}
	}
	return false
}

// inQuotationMarks reports whether word w stands between an opening
// quotation mark of its sentence and the mark that closes it.
func (x *ctx) inQuotationMarks(w int) bool {
	d := x.d
	first, _ := d.SentenceWords(d.Words[w].Sentence)
	open := false
	for k := first; k < w; k++ {
		if o, mark := quoteMark(d.Words[k]); mark {
			if d.Words[k].Text == "\"" || d.Words[k].Text == "'" {
				open = !open // a straight mark the tagger may mislabel: count them
			} else {
				open = o
			}
		}
	}
	return open
}
