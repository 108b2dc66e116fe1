package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The head words of the names of bodies, places and events (coref's
// lists, which type whole names by them), and the nouns after a surname
// that make no name of their own ("the Obama Administration").
var (
	orgHeadWords   = lex.Words("coref/orgNameHeads")
	placeHeadWords = lex.Words("coref/placeNameHeads")
	eventHeadWords = lex.Words("coref/eventNameHeads")
	personNounsOf  = lex.Words("coref/personNounsAfter")
	headsOfKinds   = lex.Words("mention/nameHeadsOfManyKinds")
)

// headWordAfter widens the tagged name [i, j) of the sentence that starts
// at token base (ts its tags) over the capitalised words after it up to
// the noun that heads a body's, a place's or an event's name, when the
// parse makes that noun the head of the name's last word and of the words
// between: "the Clinton Foundation", "Sandy Hook Elementary School", "the
// Iraq War". The tagger saw the name's first words as a name of their own
// and left the head out. It returns the new end and the type the head
// word gives (a tagger type), or j and "" when nothing is added. Not a
// first name alone ("Arsenio Hall"), nor a head that is itself a word of
// a longer title ("White House Press Secretary"), nor in a headline
// written in title case, where every word is capitalised, nor before
// "of" or "for" and a capitalised word, where the name goes on ("the
// Boston Center for the Arts") and the head is not the one to take.
func headWordAfter(d *doc.Document, base int, ts []int, i, j int, tagged string) (int, string) {
	if j >= len(ts) || ts[j] != 0 || len(d.Words) == 0 {
		return j, ""
	}
	if j == i+1 && isListedFirstName(d.Tokens[base+i].Text) {
		return j, ""
	}
	for h := j; h < len(ts) && h < j+3 && ts[h] == 0; h++ {
		t := d.Tokens[base+h].Text
		if len(t) < 2 || !doc.IsCapitalised(t) || !doc.IsWordToken(t) || t == strings.ToUpper(t) {
			return j, ""
		}
		typ := headWordType(strings.ToLower(t), tagged)
		if typ == "" || !headsWords(d, base+j-1, base+h) {
			continue
		}
		if nameGoesOn(d, base+h+1) {
			return j, ""
		}
		if titleCase(d, base+i) {
			return j, ""
		}
		return h + 1, typ
	}
	return j, ""
}

// headWordType is the tagger type a name gets from its head word w (lower
// case), "" when w heads no name of a body, a place or an event. A head
// of names of many kinds keeps the type the tagger gave the words before
// it, a body's after an adjective ("the Islamic State").
func headWordType(w, tagged string) string {
	switch {
	case personNounsOf[w]:
		return ""
	case headsOfKinds[w] && tagged == "MISC":
		return "ORG"
	case headsOfKinds[w]:
		return tagged
	case eventHeadWords[w]:
		return "MISC" // coref types event names by the same list
	case orgHeadWords[w]:
		return "ORG"
	case placeHeadWords[w]:
		return "LOC"
	}
	switch t, ok := lex.HeadNoun(w); {
	case ok && t == doc.Organization:
		return "ORG"
	case ok && t == doc.Place:
		return "LOC"
	}
	return ""
}

// headsWords reports whether the parse makes token h the head of tokens
// [k, h), each hung on a word after it up to h, and hangs h itself
// outside them: the words before h are modifiers of one noun phrase.
func headsWords(d *doc.Document, k, h int) bool {
	hw := d.TokenWord(h)
	if hw < 0 || (d.Words[hw].UPOS != "PROPN" && d.Words[hw].UPOS != "NOUN") {
		return false
	}
	for ; k < h; k++ {
		w := d.TokenWord(k)
		if w < 0 || d.Words[w].Head < 0 {
			return false
		}
		head := d.Words[d.Words[w].Head]
		if head.Start <= d.Words[w].Start || head.Start > d.Words[hw].Start {
			return false
		}
	}
	return true
}

// nameGoesOn reports whether token k, right after a head word, goes on
// with the name: a capitalised word ("White House Press Secretary": the
// head was a word of a title), or "of" or "for" and one ("the District of
// Columbia").
func nameGoesOn(d *doc.Document, k int) bool {
	if k >= len(d.Tokens) || !doc.SameSentence(d, k-1, k) {
		return false
	}
	if doc.IsCapitalised(d.Tokens[k].Text) {
		return true
	}
	switch d.Tokens[k].Text {
	case "of", "for":
		n := k + 1
		if n < len(d.Tokens) && d.Tokens[n].Text == "the" {
			n++
		}
		return n < len(d.Tokens) && doc.SameSentence(d, k, n) && doc.IsCapitalised(d.Tokens[n].Text)
	}
	return false
}
