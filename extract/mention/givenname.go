package mention

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// givenNameAfter returns the end of the tagged name [i, j) of the sentence
// starting at token base (ts its tags) when it is a one-word surname and a
// romanised given name of two syllables joined by a hyphen ("Tam
// Wing-kei", "Park Min-seo"): the given name the tagger left out, or one
// it took for a name of no person ("Ho Ka-lun" typed MISC); 0 when it
// is not.
func givenNameAfter(d *doc.Document, ts []int, base, i, j int, typ string) int {
	if typ != "PER" && typ != "MISC" || !capitalisedWord(d.Tokens[base+i].Text) {
		return 0
	}
	switch {
	case j == i+1 && j < len(ts) && ts[j] == 0 && hyphenatedGivenName(d.Tokens[base+j].Text):
		return j + 1
	case j == i+2 && typ == "MISC" && hyphenatedGivenName(d.Tokens[base+i+1].Text):
		return j
	}
	return 0
}

// englishPrefixes join a word with a hyphen ("Anti-war", "Ex-wife").
var englishPrefixes = lex.Words("syntax/hyphenPrefixes")

// hyphenatedGivenName reports whether token s is two short syllables joined
// by a hyphen, the first capitalised and no English prefix, the second in
// lower case and no English verb form ("Kent-backed", "Kent-born",
// "Oslo-loving").
func hyphenatedGivenName(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok || !capitalisedWord(a) || englishPrefixes[strings.ToLower(a)] || !syllable(b) || strings.ToLower(b) != b {
		return false
	}
	verbing := len(b) > 4 && strings.HasSuffix(b, "ing") // "-making", not "Siu-ting"
	return !strings.HasSuffix(b, "ed") && !verbing && !strings.HasSuffix(b, "born")
}

// capitalisedWord reports whether s is a short word of letters with a
// capital first and small letters after ("Lam", not "FTU").
func capitalisedWord(s string) bool {
	r := []rune(s)
	return syllable(s) && unicode.IsUpper(r[0]) && strings.ToLower(string(r[1:])) == string(r[1:])
}

// syllable reports whether s is a short word of letters (two to six).
func syllable(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}
