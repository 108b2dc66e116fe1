package tokenize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Tokenize adds paragraphs, tokens and sentences. Paragraphs are separated
// by blank lines; a single line break also ends a sentence unless the next
// line continues in lower case (hard-wrapped text). Tokens follow the Penn
// Treebank habits the NER training data uses: punctuation and clitics ('s,
// n't) are split off, abbreviations (Dr., U.S.) and hyphenated words stay
// whole.
//
// A document whose tokens its input gave (see Given) keeps them.
func Tokenize(d *doc.Document) {
	if len(d.Tokens) > 0 {
		return
	}
	r := d.Runes()
	d.Paragraphs = paragraphs(r)
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	for pi, p := range d.Paragraphs {
		first := len(d.Tokens)
		d.Tokens = appendTokens(d.Tokens, r, p)
		splitSentences(d, r, first, pi)
	}
}

// Given sets the tokens and sentences of d from its input, which came
// split into sentences of word spans (a treebank, for scoring the parser
// apart from tokenization); paragraphs are found as Tokenize finds them.
// Empty sentences and spans outside the text are dropped.
func Given(d *doc.Document, sents [][]doc.Span) {
	r := d.Runes()
	d.Paragraphs = paragraphs(r)
	d.Tokens, d.Sentences = d.Tokens[:0], d.Sentences[:0]
	d.GivenTokens = true
	prevEnd := -1
	for _, spans := range sents {
		first := len(d.Tokens)
		for _, s := range spans {
			if s.Start < max(prevEnd, 0) || s.End > len(r) || s.Start >= s.End {
				continue
			}
			d.Tokens = append(d.Tokens, doc.Token{Span: s, Text: string(r[s.Start:s.End]), SpaceBefore: s.Start > prevEnd})
			prevEnd = s.End
		}
		if len(d.Tokens) > first {
			addSentence(d, first, len(d.Tokens), paragraphOf(d.Paragraphs, d.Tokens[first].Start))
		}
	}
}

// paragraphOf is the index of the paragraph holding offset off.
func paragraphOf(ps []doc.Span, off int) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Start <= off {
			return i
		}
	}
	return 0
}

// paragraphs splits text on blank lines (lines holding only white space).
func paragraphs(r []rune) []doc.Span {
	var out []doc.Span
	start := -1
	lineBlank := true
	lineStart := 0
	lastContent := -1
	for i := 0; i <= len(r); i++ {
		if i == len(r) || r[i] == '\n' {
			if lineBlank && start >= 0 {
				out = append(out, doc.Span{Start: start, End: lastContent + 1})
				start = -1
			}
			lineBlank = true
			lineStart = i + 1
			continue
		}
		if !unicode.IsSpace(r[i]) && !isInvisible(r[i]) {
			if start < 0 {
				start = i
			}
			lineBlank = false
			lastContent = i
		}
	}
	_ = lineStart
	if start >= 0 {
		out = append(out, doc.Span{Start: start, End: lastContent + 1})
	}
	return out
}

func isInvisible(c rune) bool {
	return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == 0
}

// appendTokens tokenizes r[p.Start:p.End].
func appendTokens(toks []doc.Token, r []rune, p doc.Span) []doc.Token {
	i := p.Start
	space := true
	for i < p.End {
		c := r[i]
		if unicode.IsSpace(c) || isInvisible(c) || unicode.IsControl(c) {
			space = true
			i++
			continue
		}
		j := i
		for j < p.End && !unicode.IsSpace(r[j]) && !isInvisible(r[j]) && !unicode.IsControl(r[j]) {
			j++
		}
		for _, s := range numberSignBefore(r, splitChunk(r, i, j), j, p.End) {
			toks = append(toks, doc.Token{Span: s, Text: string(r[s.Start:s.End]), SpaceBefore: space})
			space = false
		}
		i = j
	}
	return toks
}

const openPunct = "\"“‘'([{«`"
const closePunct = "\"”’')]}».,;:!?…"

// emoticons stay whole tokens (":)" is not a colon and a bracket).
var emoticons = lex.List("tokenize/emoticons")

// terminalRun is the length of the run of two or more terminal marks
// ending at end ("!!", "?!", "....", "..?"), which stays one token; 0
// when there is none.
func terminalRun(r []rune, start, end int) int {
	n, bang := 0, false
	for k := end - 1; k >= start && strings.ContainsRune(".!?", r[k]); k-- {
		n++
		bang = bang || r[k] != '.'
	}
	if n < 2 || (!bang && n == 3) {
		return 0
	}
	return n
}

// splitChunk splits one whitespace-free chunk into tokens.
func splitChunk(r []rune, start, end int) []doc.Span {
	// Very long chunks (base64, URLs gone wrong) are kept as one token.
	if end-start > 200 {
		return []doc.Span{{Start: start, End: end}}
	}
	var pre, post []doc.Span
	// URLs, e-mail addresses, handles and hashtags stay whole apart from trailing punctuation.
	chunk := string(r[start:end])
	// A clitic standing alone, as in pre-tokenized text ("Germany 's",
	// "Wal - Mart 's"), stays whole rather than losing its apostrophe.
	if slices.Contains(clitics, strings.ToLower(chunk)) || slices.Contains(emoticons, chunk) {
		return []doc.Span{{Start: start, End: end}}
	}
	if out := splitAddress(r, start, end); out != nil {
		return out
	}
	for start < end {
		n := leadingMark(r, start, end)
		if n == 0 {
			break
		}
		pre = append(pre, doc.Span{Start: start, End: start + n})
		start += n
	}
	for end > start {
		c := r[end-1]
		if e := trailingEmoticon(r, start, end); e > 0 {
			post = append(post, doc.Span{Start: end - e, End: end})
			end -= e
			continue
		}
		if n := terminalRun(r, start, end); n > 0 {
			post = append(post, doc.Span{Start: end - n, End: end})
			end -= n
			continue
		}
		if c == '.' && end-start >= 3 && r[end-2] == '.' && r[end-3] == '.' {
			post = append(post, doc.Span{Start: end - 3, End: end})
			end -= 3
			continue
		}
		if c == '\'' && end-start >= 2 && r[end-2] == '\'' {
			post = append(post, doc.Span{Start: end - 2, End: end})
			end -= 2
			continue
		}
		if !strings.ContainsRune(closePunct, c) {
			break
		}
		if c == '.' && keepPeriod(r[start:end]) {
			break
		}
		if (c == '\'' || c == '’') && end-start >= 2 && (r[end-2] == 's' || r[end-2] == 'S') && end-start > 2 {
			// plural possessive: "players'" -> players '
			post = append(post, doc.Span{Start: end - 1, End: end})
			end--
			continue
		}
		post = append(post, doc.Span{Start: end - 1, End: end})
		end--
	}
	var mid []doc.Span
	if start < end {
		if strings.Contains(chunk, "://") || strings.HasPrefix(chunk, "www.") || strings.ContainsRune(chunk, '@') {
			mid = []doc.Span{{Start: start, End: end}}
		} else {
			mid = splitInner(r, start, end)
		}
	}
	out := append(pre, mid...)
	for i := len(post) - 1; i >= 0; i-- {
		out = append(out, post[i])
	}
	return out
}

// leadingMark is the length of the mark that opens the chunk at start
// and is a token of its own: an opening quote or bracket, or before a
// letter a comma or a trail of dots whose space went missing (",i know",
// "...Now"); 0 when there is none. Two apostrophes or backquotes are one
// quotation mark (”works,” in the style of some papers), as the closing
// pair already is.
func leadingMark(r []rune, start, end int) int {
	c := r[start]
	switch {
	case c == '`' && start+1 < end && r[start+1] == '`':
		return 2
	case c == '\'' && start+2 < end && r[start+1] == '\'' && unicode.IsLetter(r[start+2]):
		return 2
	case strings.ContainsRune(openPunct, c):
		return 1
	case c == ',' || c == '…':
		if start+1 < end && unicode.IsLetter(r[start+1]) {
			return 1
		}
	case c == '.':
		n := dotRun(r, start, end)
		if n >= 2 && start+n < end && unicode.IsLetter(r[start+n]) {
			return n
		}
	}
	return 0
}

// dotRun is the number of periods in a row from k on.
func dotRun(r []rune, k, end int) int {
	n := 0
	for k+n < end && r[k+n] == '.' {
		n++
	}
	return n
}

// splitAddress splits an e-mail address in angle brackets, after a name
// or not ("<ann@example.org>", `Ann"<ann@example.org>`), into the name's
// tokens, the brackets and the address; nil when the chunk is none.
func splitAddress(r []rune, start, end int) []doc.Span {
	if end-start < 3 || r[end-1] != '>' {
		return nil
	}
	k := slices.Index(r[start:end], '<')
	if k < 0 || !slices.Contains(r[start+k:end], '@') {
		return nil
	}
	k += start
	var out []doc.Span
	if k > start {
		out = splitChunk(r, start, k)
	}
	return append(out, doc.Span{Start: k, End: k + 1}, doc.Span{Start: k + 1, End: end - 1}, doc.Span{Start: end - 1, End: end})
}

// numberSignBefore splits the period off a chunk's last token "No." (closing
// marks after it aside) unless a number follows ("No. 10", "case No. VA0897",
// but "Hell no.", `"No."` and "No. We won't"): the abbreviation of number,
// else a word ending a sentence.
func numberSignBefore(r []rune, spans []doc.Span, end, limit int) []doc.Span {
	n := len(spans)
	for n > 0 && isCloser(string(r[spans[n-1].Start:spans[n-1].End])) {
		n--
	}
	if n == 0 || !strings.EqualFold(string(r[spans[n-1].Start:spans[n-1].End]), "no.") {
		return spans
	}
	k := end
	if n < len(spans) {
		k = limit // a closing mark comes first: no number sign
	}
	for k < limit && unicode.IsSpace(r[k]) {
		k++
	}
	for ; k < limit && !unicode.IsSpace(r[k]); k++ {
		if unicode.IsDigit(r[k]) {
			return spans
		}
	}
	last := spans[n-1]
	return append(append(spans[:n-1:n-1], doc.Span{Start: last.Start, End: last.End - 1}, doc.Span{Start: last.End - 1, End: last.End}), spans[n:]...)
}

// trailingEmoticon is the length of the emoticon ending the chunk after a
// word ("great:)"), 0 when there is none.
func trailingEmoticon(r []rune, start, end int) int {
	for _, e := range emoticons {
		n := len([]rune(e))
		if end-start > n && string(r[end-n:end]) == e && unicode.IsLetter(r[end-n-1]) {
			return n
		}
	}
	return 0
}

// splitInner splits clitics, em-dashes and currency signs inside a chunk.
func splitInner(r []rune, start, end int) []doc.Span {
	var out []doc.Span
	// split at em/en dashes and slashes between words? Only dashes.
	seg := start
	for k := start; k < end; k++ {
		c := r[k]
		if c == '—' || c == '–' || (c == '-' && k+1 < end && r[k+1] == '-') {
			if k > seg {
				out = append(out, splitClitic(r, seg, k)...)
			}
			n := 1
			for c == '-' && k+n < end && r[k+n] == '-' {
				n++ // "--" is a dash, a longer run a rule line: one token each
			}
			out = append(out, doc.Span{Start: k, End: k + n})
			seg = k + n
			k += n - 1
		} else if (c == '$' || c == '€' || c == '£') && k == seg && k+1 < end {
			n := 1
			for k+n < end && r[k+n] == c {
				n++ // "$$$": money as a word, one token
			}
			out = append(out, doc.Span{Start: k, End: k + n})
			seg = k + n
			k += n - 1
		} else if n := innerPunct(r, k, start, end); n > 0 {
			// "meat,chorizo", "3G...only": punctuation between words that
			// lacks its space
			if k > seg {
				out = append(out, splitClitic(r, seg, k)...)
			}
			out = append(out, doc.Span{Start: k, End: k + n})
			seg = k + n
			k += n - 1
		} else if c == '%' && k == end-1 && k > seg {
			out = append(out, splitClitic(r, seg, k)...)
			out = append(out, doc.Span{Start: k, End: k + 1})
			seg = end
		}
	}
	if seg < end {
		out = append(out, splitClitic(r, seg, end)...)
	}
	return out
}

var clitics = lex.List("tokenize/clitics")

// innerPunct is the length of a comma or a trail of two dots or more at
// k that joins two words without spaces ("and,with", "so...maybe",
// "love..pls"), 0 otherwise; commas between digits (1,200) stay.
func innerPunct(r []rune, k, start, end int) int {
	n := 0
	switch {
	case r[k] == ',':
		n = 1
	case r[k] == '…':
		n = 1
	case r[k] == '.':
		if n = dotRun(r, k, end); n < 2 {
			return 0
		}
	default:
		return 0
	}
	if k == start || k+n >= end {
		return 0
	}
	before, after := r[k-1], r[k+n]
	if r[k] == ',' && (unicode.IsDigit(before) && unicode.IsLetter(after) || unicode.IsLetter(before) && unicode.IsDigit(after)) {
		return 1 // "citizen,21": a comma between a number and a word
	}
	if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
		return 0
	}
	return n
}

func splitClitic(r []rune, start, end int) []doc.Span {
	w := strings.ToLower(string(r[start:end]))
	for _, c := range clitics {
		if strings.HasSuffix(w, c) && len([]rune(w)) > len([]rune(c)) {
			k := end - len([]rune(c))
			return []doc.Span{{Start: start, End: k}, {Start: k, End: end}}
		}
	}
	return []doc.Span{{Start: start, End: end}}
}

// abbreviations that keep their period.
var abbrev = lex.Words("tokenize/abbrev")

// keepPeriod reports whether the final period belongs to the word (an
// abbreviation, an initial, or a dotted acronym like U.S.).
func keepPeriod(w []rune) bool {
	body := w[:len(w)-1]
	if len(body) == 0 {
		return false
	}
	if len(body) == 1 && unicode.IsLetter(body[0]) {
		return true // initial: "J."
	}
	if abbrev[strings.ToLower(string(body))] {
		return true
	}
	if k := strings.LastIndexByte(string(body), '-'); k > 0 && k+1 < len(string(body)) {
		rest := string(body)[k+1:]
		if unicode.IsUpper([]rune(rest)[0]) && abbrev[strings.ToLower(rest)] {
			return true // "then-Sen.", "ex-Gov.": a title's abbreviation after a prefix
		}
	}
	// dotted acronym: U.S., e.g., a.m., Ph.D., W.Va.; not a domain name
	// ("adobe.com."), whose last part is a lower-case word
	dots, last := 0, 0
	for k, c := range body {
		if c == '.' {
			dots, last = dots+1, k+1
		} else if !unicode.IsLetter(c) {
			return false
		}
	}
	tld := string(body[last:])
	return dots > 0 && (len(body)-last < 2 || strings.ToLower(tld) != tld)
}
