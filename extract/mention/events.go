package mention

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// placeEventNouns are the lower-case nouns that make a place's name an
// event's: "the Iowa caucuses", "the New Hampshire primary".
var placeEventNouns = lex.Words("mention/placeEventNouns")

// placeEvent returns the end of the event a place's name [first, last)
// names with the noun after it ("Iowa caucuses"), and false when the
// next token is no such noun or the name does not modify it in the parse
// ("the New Hampshire primary school" modifies "school"; "in Iowa,
// primaries ..." is a list). The event keeps the place in its name: the
// tagger types such names as places, and the event is what the article
// talks about.
func placeEvent(d *doc.Document, first, last int) (int, bool) {
	if last >= len(d.Tokens) || !doc.SameSentence(d, first, last) || len(d.Words) == 0 {
		return 0, false
	}
	nw := d.TokenWord(last)
	t := d.Tokens[last].Text
	if nw < 0 || d.Words[nw].UPOS != "NOUN" || !placeEventNouns[t] {
		return 0, false // lower case only: "Iowa Caucus" is the tagger's business
	}
	nameHead := d.TokenWord(last - 1)
	if nameHead < 0 || d.Words[nameHead].Head != nw {
		return 0, false
	}
	return last + 1, true
}
