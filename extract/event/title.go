package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A verb inside the title of a work or inside a name ("starred in
// “Breaking Bad”", "watched Saving Private Ryan") names the work, no
// event; so does a participle graded like an adjective ("most telling",
// "very troubling").

var (
	// degreeAdverbs grade adjectives ("most telling", "very worrying").
	degreeAdverbs = lex.Words("event/degreeAdverbs")
	// quantifierDegrees also count a gerund ("most trading").
	quantifierDegrees = lex.Words("event/quantifierDegrees")
	// newClause are the punctuation marks after which a capital may open a
	// sentence of its own.
	newClause = lex.Words("event/newClause")
	// titleFunctionWords stay in lower case inside a title ("Gone with
	// the Wind").
	titleFunctionWords = lex.Words("event/titleFunctionWords")
)

// inTitle reports whether verb w is a capitalised word of a title: one
// of a run of two or more capitalised words that does not open its
// sentence, in a sentence not written in title case (a headline), or the
// whole of a quotation without punctuation whose words are all
// capitalised (“Breaking Bad”, but not “Stop Trump,” he said).
func (x *ctx) inTitle(w int) bool {
	d := x.d
	if !capitalised(d.Words[w].Text) || shouted(d.Words[w].Text) {
		return false // a headline in capitals ("TWO INJURED IN CRASH") has no titles to tell
	}
	first, last := d.SentenceWords(d.Words[w].Sentence)
	lo, hi := w, w+1
	for lo > first && x.titleWord(lo-1) {
		lo--
	}
	for hi < last && x.titleWord(hi) {
		hi++
	}
	for lo < w && !capitalised(d.Words[lo].Text) {
		lo++ // a title opens with a capital
	}
	for hi > w+1 && !capitalised(d.Words[hi-1].Text) {
		hi--
	}
	if hi-lo < 2 || x.headlineCase(w, lo, hi) {
		return false
	}
	if lo > first && newClause[d.Words[lo-1].Text] {
		return false // "Missouri: Remember in November": a capital after a colon may open a sentence
	}
	if lo > first && doc.IsQuoteMark(d.Words[lo-1].Text) {
		return hi < last && doc.IsQuoteMark(d.Words[hi].Text) // the whole quotation is the title
	}
	for k := first; k < lo; k++ {
		if d.Words[k].UPOS != "PUNCT" {
			return true
		}
	}
	return false // the capital may be the sentence's
}

// shouted reports a word written in capitals, longer than one letter.
func shouted(t string) bool {
	return utf8.RuneCountInString(t) > 1 && strings.ToUpper(t) == t
}

// titleWord reports whether word k may stand inside a title: a
// capitalised word or a small function word.
func (x *ctx) titleWord(k int) bool {
	t := x.d.Words[k].Text
	return capitalised(t) || titleFunctionWords[strings.ToLower(t)]
}

// headlineCase reports whether the sentence of word w capitalises most
// of its words outside the run [lo, hi), as headlines do: its capitals
// say nothing of titles.
func (x *ctx) headlineCase(w, lo, hi int) bool {
	d := x.d
	first, last := d.SentenceWords(d.Words[w].Sentence)
	words, caps := 0, 0
	for k := first; k < last; k++ {
		if k == lo {
			k = hi - 1
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.Words[k].Text); unicode.IsLetter(r) {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return words == 0 || 2*caps > words
}

// graded reports a participle graded by a degree adverb right before it
// ("most telling", "very troubling"): an adjective the tagger made a verb.
func (x *ctx) graded(w int) bool {
	d := x.d
	if xp := d.Words[w].XPOS; xp != "VBG" && xp != "VBN" {
		return false
	}
	for _, a := range d.Dependents(w, "aux") {
		if lowerLemma(d, a) == "have" {
			return false // "haven't quite recovered": a perfect is a verb
		}
	}
	for _, a := range d.Dependents(w, "advmod", "det", "amod") {
		if a != w-1 || !degreeAdverbs[strings.ToLower(d.Words[a].Text)] {
			continue
		}
		if quantifierDegrees[strings.ToLower(d.Words[a].Text)] {
			return len(d.Dependents(w, "obj", "obl", "ccomp", "xcomp", "nmod")) == 0 && !doc.RelIs(d.Words[w].Rel, "obj", "obl") // not "most trading with the regime"
		}
		return true
	}
	return false
}
