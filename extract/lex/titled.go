package lex

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// TitledName repairs a parse that heads a person's name and the words
// before its title by the first of them ("former Maryland Gov. Martin
// O'Malley", "Benghazi Widow Dorothy Woods", all hung flat on the place):
// in English the name after the title heads the phrase, and the words
// before the title say where or of what the person is. It returns the
// person's NAME mention when word w heads such a chain, else -1.
func TitledName(d *doc.Document, w int) int {
	if w < 0 || w >= len(d.Words) || d.Words[w].UPOS != "PROPN" {
		return -1
	}
	flats := d.Dependents(w, "flat", "compound")
	if len(flats) == 0 {
		return -1
	}
	tok := d.Words[w].Token
	for _, c := range flats {
		ct := d.Words[c].Token
		if ct <= tok {
			continue
		}
		for mi, m := range d.Mentions {
			if m.Kind != doc.Name || m.FirstTok > ct || ct >= m.LastTok || m.FirstTok <= tok || !person(d, m) {
				continue
			}
			if titleBetween(d, nameEnd(d, tok), m.FirstTok) {
				return mi
			}
		}
	}
	return -1
}

// nameEnd is the token after the NAME mention that token tok lies in
// ("Maryland", "New York"), tok+1 when none does.
func nameEnd(d *doc.Document, tok int) int {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= tok && tok < m.LastTok {
			return m.LastTok
		}
	}
	return tok + 1
}

// person reports whether mention m is of a person.
func person(d *doc.Document, m doc.Mention) bool {
	if m.Entity >= 0 && m.Entity < len(d.Entities) {
		return d.Entities[m.Entity].Type == doc.Person
	}
	return m.Type == doc.Person
}

// titleBetween reports whether tokens [first, last) are a person's
// title, one word or more: "Gov.", "Widow", "Deputy Mayor".
func titleBetween(d *doc.Document, first, last int) bool {
	if first >= last {
		return false
	}
	for k := first; k < last; k++ {
		if !titleWord(strings.ToLower(d.Tokens[k].Text)) {
			return false
		}
	}
	return true
}

func titleWord(t string) bool {
	if _, ok := TitleAbbreviations[t]; ok {
		return true
	}
	if _, ok := PersonNouns[t]; ok {
		return true
	}
	_, ok := Honorifics[t]
	return ok
}
