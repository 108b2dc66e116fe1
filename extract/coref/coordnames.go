package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// News names two people of one family once: "Charles and David Koch",
// "Anna B. and Carl D. Holm". The first conjunct is a first name (and
// initials) that shares the surname of the second.

// sharedSurnameName is the full name of the NAME mention mi, named name
// (untitled), when it is a listed first name and initials only, "and"
// follows, and a name of a listed first name, initials and a surname
// right after that the parse coordinates with it: name and that surname
// ("Charles Koch"). "" otherwise, and where the first conjunct is the
// last word of a full name in the document ("Warren and Bernie Sanders"
// after "Elizabeth Warren").
func sharedSurnameName(d *doc.Document, mi int, name string) string {
	m := &d.Mentions[mi]
	if m.LastTok+1 >= len(d.Tokens) || !givenName(d.Tokens[m.FirstTok:m.LastTok]) || d.Tokens[m.LastTok].Text != "and" {
		return ""
	}
	n := nameAt(d, m.LastTok+1)
	if n < 0 {
		return ""
	}
	toks := d.Tokens[d.Mentions[n].FirstTok:d.Mentions[n].LastTok]
	k := 1
	for k < len(toks) && isInitial(toks[k].Text) {
		k++
	}
	if k == len(toks) || !givenName(toks[:k]) || !coordinated(d, m, &d.Mentions[n]) || lastWordOfFullName(d, doc.NameKey(d.Tokens[m.FirstTok].Text)) {
		return ""
	}
	var surname []string
	for _, t := range toks[k:] {
		surname = append(surname, t.Text)
	}
	return strings.TrimSpace(name) + " " + strings.Join(surname, " ")
}

// givenName reports whether toks are a listed first name and initials.
func givenName(toks []doc.Token) bool {
	if len(toks) == 0 || lex.FirstNameGender(toks[0].Text) == doc.Unknown || !doc.IsCapitalised(toks[0].Text) {
		return false
	}
	for _, t := range toks[1:] {
		if !isInitial(t.Text) {
			return false
		}
	}
	return true
}

// isInitial reports whether w is one capital letter, with or without its
// dot ("B.", "B"; the dot may be a token of its own).
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return w == "" || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// nameAt is the NAME mention that starts at token k, -1 if none.
func nameAt(d *doc.Document, k int) int {
	for i := range d.Mentions {
		if d.Mentions[i].Kind == doc.Name && d.Mentions[i].FirstTok == k {
			return i
		}
	}
	return -1
}

// coordinated reports whether the parse makes the head of name b a
// conjunct of the head of name a.
func coordinated(d *doc.Document, a, b *doc.Mention) bool {
	ha, hb := d.HeadNoun(a.FirstTok, a.LastTok), d.HeadNoun(b.FirstTok, b.LastTok)
	return ha >= 0 && hb >= 0 && doc.RelIs(d.Words[hb].Rel, "conj") && d.Words[hb].Head == ha
}

// lastWordOfFullName reports whether the one-word key w ends a name of
// two words or more in d ("Elizabeth Warren" for "Warren").
func lastWordOfFullName(d *doc.Document, w string) bool {
	for _, m := range d.Mentions {
		if f := strings.Fields(doc.NameKey(m.Text)); m.Kind == doc.Name && len(f) > 1 && f[len(f)-1] == w {
			return true
		}
	}
	return false
}
