package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// scopeMarkers link a body's head word to what the body is for or on.
var scopeMarkers = lex.Words("mention/scopeMarkers")

// scopeAfterBody widens the tagged name [i, j) of the sentence that
// starts at token base (ts its tags), which ends in a body's head word,
// over "for" or "on" and the capitalised words after it when the parse
// hangs them on that head: "the Paley Center for Media", "the Harwick
// Center for Public Policy", "the Council on Foreign Relations". The tagger
// reads the words after "for" as a name of their own, or none. "and",
// "of" and "&" inside go on when a capitalised word follows ("Center for
// Science and Democracy"). It returns the new end, j when nothing is
// added. Not in a headline in title case, nor over a day's or a month's
// name ("the Committee on Tuesday"), a name the tagger read as a person's,
// or a place's after "on" ("Hofstra University on Long Island").
func scopeAfterBody(d *doc.Document, base int, ts []int, i, j int) int {
	if j+1 >= len(ts) || ts[j] != 0 || !scopeMarkers[d.Tokens[base+j].Text] || !bodyHeadWord(d.Tokens[base+j-1].Text) {
		return j
	}
	k := j + 1
	if d.Tokens[base+k].Text == "the" && k+1 < len(ts) && doc.IsCapitalised(d.Tokens[base+k+1].Text) {
		k++ // "the Boston Center for the Arts"
	}
	if ts[k] == 1 {
		return j // "a gift from the Foundation for Dana Voss": a person it works for is no part of its name
	}
	if d.Tokens[base+j].Text == "on" && ts[k] == 5 {
		return j // "Hofstra University on Long Island": where it is
	}
	end := k
	for end < len(ts) {
		t := d.Tokens[base+end].Text
		switch {
		case doc.IsCapitalised(t) && doc.IsWordToken(t) && !dayNames[strings.ToLower(t)]:
			end++
			continue
		case (t == "and" || t == "of" || t == "&") && end > k && end+1 < len(ts) && doc.IsCapitalised(d.Tokens[base+end+1].Text):
			end++
			continue
		}
		break
	}
	if end == k || titleCase(d, base+i) {
		return j
	}
	hw, sw := d.TokenWord(base+j-1), d.HeadNoun(base+k, base+end)
	if hw < 0 || sw < 0 || d.Words[sw].Head != hw {
		return j
	}
	return end
}

// bodyHeadWord reports whether the capitalised word t heads bodies'
// names: coref's orgNameHeads, or a lexicon head noun of organisations.
func bodyHeadWord(t string) bool {
	if !doc.IsCapitalised(t) {
		return false
	}
	w := strings.ToLower(t)
	if orgHeadWords[w] {
		return true
	}
	typ, ok := lex.HeadNoun(w)
	return ok && typ == doc.Organization
}
