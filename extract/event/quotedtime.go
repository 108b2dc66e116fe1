package event

import (
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A time word that is a whole quotation is a title, not a time: "told
// KVX's 'Tonight'", "a slot on ''Tonight.''" name a programme, and date no
// event by the day the article appeared.

// quotedTitle reports whether time expression t, capitalised as a title,
// stands alone between quotation marks, a comma or period aside before
// the closing one ("we played as the 'lucky three' today," is no title).
func (x *ctx) quotedTitle(t doc.Timex) bool {
	d := x.d
	a, b := -1, -1
	for off := t.Start; off < t.End && a < 0; off++ {
		a = d.TokenAt(off)
	}
	for off := t.End - 1; off >= t.Start && b < 0; off-- {
		b = d.TokenAt(off)
	}
	if a < 0 || b < a {
		return false
	}
	first, last := d.TokenWords(a, b+1)
	if first <= 0 || last >= len(d.Words) || !doc.IsQuoteMark(d.Words[first-1].Text) || !unicode.IsUpper([]rune(d.Words[first].Text)[0]) {
		return false
	}
	k := last
	if k < len(d.Words) && (d.Words[k].Text == "," || d.Words[k].Text == ".") {
		k++
	}
	return k < len(d.Words) && doc.IsQuoteMark(d.Words[k].Text) && d.Words[k].Sentence == d.Words[first].Sentence
}
