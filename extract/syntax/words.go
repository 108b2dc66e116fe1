package syntax

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

var (
	hyphenPrefixes = lex.Words("syntax/hyphenPrefixes")
	contractions   = lex.Table("syntax/contractions")
)

// Segment sets d.Words to the syntactic words of d's tokens, without tags
// or tree: most tokens are one word; a hyphenated compound is split at its
// hyphens ("well-known" -> well - known) unless its first part is a prefix
// ("non-profit"); "and/or" is split at the slash; "cannot", "gonna" are
// two words. Web addresses, e-mail addresses and numbers stay whole.
// Tokens the input gave (a treebank's words) are words as they are.
func Segment(d *doc.Document) {
	// room for a word a token and the few that split ("do" "n't",
	// "long" "-" "term"), so the words are not copied as they grow
	n := len(d.Tokens)
	d.Words = slices.Grow(d.Words[:0], n+n/16+8)
	r := d.Runes()
	var spans []doc.Span
	for ti, t := range d.Tokens {
		text := d.Slice(t.Span)
		spans = append(spans[:0], t.Span)
		if !d.GivenTokens {
			spans = split(spans[:0], r, t.Span, text)
		}
		for _, s := range spans {
			w := doc.Word{Span: s, Text: text, Token: ti, Sentence: t.Sentence, Head: -1}
			if s != t.Span {
				w.Text = d.Slice(s)
			}
			d.Words = append(d.Words, w)
		}
	}
}

// split appends to out the word spans of the token at span t, whose text
// is text.
func split(out []doc.Span, r []rune, t doc.Span, text string) []doc.Span {
	w := r[t.Start:t.End]
	if len(w) < 3 || strings.Contains(text, "://") || strings.HasPrefix(text, "www.") || strings.ContainsRune(text, '@') {
		return append(out, t)
	}
	if parts, ok := contractions[strings.ToLower(text)]; ok {
		first, _, _ := strings.Cut(parts, " ")
		k := t.Start + len([]rune(first))
		return append(out, doc.Span{Start: t.Start, End: k}, doc.Span{Start: k, End: t.End})
	}
	start := t.Start
	for i := 1; i < len(w)-1; i++ {
		if (w[i] != '-' && w[i] != '/') || !hasLetter(w[start-t.Start:i]) && !hasLetter(w[i+1:]) {
			continue
		}
		if !isWordRune(w[i-1]) || !isWordRune(w[i+1]) {
			continue
		}
		if w[i] == '-' && start == t.Start && hyphenPrefixes[strings.ToLower(string(w[:i]))] {
			continue
		}
		out = append(out, doc.Span{Start: start, End: t.Start + i}, doc.Span{Start: t.Start + i, End: t.Start + i + 1})
		start = t.Start + i + 1
	}
	return append(out, doc.Span{Start: start, End: t.End})
}

func hasLetter(w []rune) bool {
	for _, c := range w {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }
