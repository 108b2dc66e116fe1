package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// joinKnown mends a tagged name [first, j) of the sentence that starts at
// token base (ts are the sentence's tags) that the tagger cut in two: the
// next tagged name right after it, a capitalised word right after it or a
// proper noun right before it that the tagger left out, makes with it a
// name everyone knows (lex.KnownType:
// "El" and "Salvador" tagged apart are El Salvador). The tagger reads each
// word from a window of its neighbours and may start a new name where a
// word it never saw stands; the list says where one name is. It returns
// the name's new bounds and type (a tagger type, typ unchanged when
// nothing is joined).
func joinKnown(d *doc.Document, base int, ts []int, first, j int, typ string) (int, int, string) {
	for j < len(ts) && ts[j] != 0 && (ts[j]-1)%2 == 0 { // a name starts right after
		l := j + 1
		for l < len(ts) && ts[l] == ts[j]+1 {
			l++
		}
		t := knownTag(d, base+first, base+l)
		if t == "" && branchOf(d, base+first, base+j, base+l, tagger.Types[(ts[j]-1)/2]) {
			t = "ORG"
		}
		if t == "" {
			break
		}
		j, typ = l, t
	}
	if j < len(ts) && ts[j] == 0 && doc.IsCapitalised(d.Tokens[base+j].Text) {
		if t := knownTag(d, base+first, base+j+1); t != "" {
			j, typ = j+1, t // "USA TODAY": a capitalised word the tagger left out after the name
		}
	}
	if first > 1 && ts[first-1] == 0 && ts[first-2] == 0 && d.Tokens[base+first-1].Text == "-" && properNoun(d, base+first-2) {
		if t := hyphenedKnown(d, base+first-2, base+j); t != "" {
			return first - 2, j, t // "Wal - Mart": text tokenised before it was joined again
		}
	}
	if first > 0 && ts[first-1] == 0 && properNoun(d, base+first-1) {
		if t := knownTag(d, base+first-1, base+j); t != "" {
			first, typ = first-1, t
		} else if branchOf(d, base+first-1, base+first, base+j, typ) {
			first, typ = first-1, "ORG"
		}
	}
	return first, j, typ
}

// branchOf reports whether the tokens [a, b) are a listed organisation's
// name and [b, c) a place's right after it (listed, or tagged so: right
// is its tag): a firm's branch or national arm is named so ("T-Mobile
// USA", "BBC Scotland"), one organisation the tagger reads as a firm and
// a place, or (the firm's name opening a sentence) as a place alone.
func branchOf(d *doc.Document, a, b, c int, right string) bool {
	return knownTag(d, a, b) == "ORG" && (right == "LOC" || knownTag(d, b, c) == "LOC")
}

// knownTag is the tagger type of the listed name the tokens [a, b) spell,
// "" when the list does not have it.
func knownTag(d *doc.Document, a, b int) string {
	words := make([]string, 0, b-a)
	for _, t := range d.Tokens[a:b] {
		words = append(words, t.Text)
	}
	known := lex.KnownType(strings.Join(words, " "))
	if known == "" {
		return ""
	}
	for tag, t := range lex.TagTypes {
		if t == known {
			return tag
		}
	}
	return ""
}

// properNoun reports whether token i is a capitalised word the parse reads
// as a proper noun (not "The" of "The Hague", which the list's keys leave
// out).
func properNoun(d *doc.Document, i int) bool {
	w := d.TokenWord(i)
	return w >= 0 && d.Words[w].UPOS == "PROPN" && doc.IsCapitalised(d.Tokens[i].Text)
}

// hyphenedKnown is the tagger type of the listed name that the tokens [a,
// b), with a hyphen token after a, spell with the hyphen or without it
// ("Wal - Mart" is Walmart), "" when the list has neither.
func hyphenedKnown(d *doc.Document, a, b int) string {
	rest := make([]string, 0, b-a-2)
	for _, t := range d.Tokens[a+2 : b] {
		rest = append(rest, t.Text)
	}
	tail := strings.Join(rest, " ")
	for _, name := range []string{d.Tokens[a].Text + "-" + tail, d.Tokens[a].Text + tail} {
		known := lex.KnownType(name)
		for tag, t := range lex.TagTypes {
			if known != "" && t == known {
				return tag
			}
		}
	}
	return ""
}
