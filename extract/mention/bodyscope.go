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

// bodyBeforeScope widens the tagged name [i, j) of the sentence that
// starts at token base (ts its tags) back over "for" or "on" (and "the")
// and the capitalised words before it that end in a body's head word, when
// the tagger tagged none of them and the parse hangs the name on that head:
// "the Center for American Progress", "the Club for Growth", where the
// tagger saw only what the body is for. It returns the new first token, i
// when nothing is added. Not in a headline in title case, nor for a name
// the tagger read as a person's ("the Foundation for Dana Voss": whom it
// works for).
func bodyBeforeScope(d *doc.Document, base int, ts []int, i, j int) int {
	k := i - 1
	if k >= 0 && d.Tokens[base+k].Text == "the" {
		k--
	}
	if k < 1 || ts[i] == 1 || ts[k] != 0 || !scopeMarkers[d.Tokens[base+k].Text] {
		return i
	}
	h := k - 1
	if ts[h] != 0 || !bodyHeadWord(d.Tokens[base+h].Text) || titleCase(d, base+i) {
		return i
	}
	first := h
	for first > 0 && h-first < 3 && ts[first-1] == 0 {
		t := d.Tokens[base+first-1].Text
		if !doc.IsCapitalised(t) || !doc.IsWordToken(t) || isDefinite(d, base+first-1) {
			break
		}
		first--
	}
	hw, sw := d.TokenWord(base+h), d.HeadNoun(base+i, base+j)
	if hw < 0 || sw < 0 || d.Words[sw].Head != hw {
		return i
	}
	return first
}

// isDefinite reports whether token k is "the" in any case.
func isDefinite(d *doc.Document, k int) bool {
	return strings.EqualFold(d.Tokens[k].Text, "the")
}
