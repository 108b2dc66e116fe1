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
		for _, s := range splitChunk(r, i, j) {
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
	for start < end && strings.ContainsRune(openPunct, r[start]) {
		n := 1
		if r[start] == '`' && start+1 < end && r[start+1] == '`' {
			n = 2
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
			if c == '-' {
				n = 2
			}
			out = append(out, doc.Span{Start: k, End: k + n})
			seg = k + n
			k += n - 1
		} else if (c == '$' || c == '€' || c == '£') && k == seg && k+1 < end {
			out = append(out, doc.Span{Start: k, End: k + 1})
			seg = k + 1
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

// innerPunct is the length of a comma or an ellipsis at k that joins two
// letters without spaces ("and,with", "so...maybe"), 0 otherwise; commas
// between digits (1,200) stay.
func innerPunct(r []rune, k, start, end int) int {
	n := 0
	switch {
	case r[k] == ',':
		n = 1
	case r[k] == '…':
		n = 1
	case k+2 < end && r[k] == '.' && r[k+1] == '.' && r[k+2] == '.':
		n = 3
	default:
		return 0
	}
	if k == start || k+n >= end || !unicode.IsLetter(r[k-1]) || !unicode.IsLetter(r[k+n]) {
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
	// dotted acronym: U.S., e.g., a.m.
	dots := 0
	for _, c := range body {
		if c == '.' {
			dots++
		} else if !unicode.IsLetter(c) {
			return false
		}
	}
	return dots > 0
}

// splitSentences groups tokens [first:] of paragraph pi into sentences.
func splitSentences(d *doc.Document, r []rune, first, pi int) {
	toks := d.Tokens
	start := first
	for i := first; i < len(toks); i++ {
		end := i + 1
		if end == len(toks) {
			break
		}
		if !(start == first && isDateline(toks[first:end]) && startsSentence(toks[end].Text)) && !sentenceBreakAfter(d, r, i) {
			continue
		}
		addSentence(d, start, end, pi)
		start = end
	}
	if start < len(toks) {
		addSentence(d, start, len(toks), pi)
	}
}

// isDateline reports whether the tokens that open a paragraph are a news
// dateline ending in its dash: "NEW YORK --", "WASHINGTON ―", "LONDON
// (Reuters) -". It is a sentence of its own, so that the parser does not
// take the place for the story's first subject. (A state's abbreviation,
// "MIAMI, Fla. —", ends a sentence at its period before this is asked.)
func isDateline(ts []doc.Token) bool {
	if len(ts) < 2 || len(ts) > 8 || !isDash(ts[len(ts)-1].Text) {
		return false
	}
	caps, paren := 0, false
	for _, t := range ts[:len(ts)-1] {
		switch {
		case t.Text == "(":
			paren = true
		case t.Text == ")":
			paren = false
		case paren || t.Text == ",":
		case allCaps(t.Text):
			caps++
		default:
			return false
		}
	}
	return caps > 0
}

func isDash(s string) bool {
	switch s {
	case "-", "--", "—", "–", "―":
		return true
	}
	return false
}

// allCaps: two letters or more, none of them lower case ("NEW", "D.C.").
func allCaps(s string) bool {
	letters := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 2
}

func addSentence(d *doc.Document, first, last, pi int) {
	si := len(d.Sentences)
	for k := first; k < last; k++ {
		d.Tokens[k].Sentence = si
	}
	d.Sentences = append(d.Sentences, doc.Sentence{
		Span: doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}, First: first, Last: last, Paragraph: pi,
	})
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "''", "»":
		return true
	}
	return false
}

// closes reports whether token t closes a quotation or bracket: curly and
// bracket marks say so themselves; a straight mark closes when it is
// attached to the word before it.
func closes(t doc.Token) bool {
	switch t.Text {
	case "\"", "'":
		return !t.SpaceBefore
	}
	return isCloser(t.Text)
}

// sentenceBreakAfter decides whether a sentence ends after token i (which is
// not the paragraph's last token).
func sentenceBreakAfter(d *doc.Document, r []rune, i int) bool {
	toks := d.Tokens
	t, next := toks[i], toks[i+1]
	// A line break between tokens ends the sentence unless the next line
	// continues in lower case.
	for k := t.End; k < next.Start; k++ {
		if r[k] == '\n' {
			return !startsLower(next.Text)
		}
	}
	// Find the terminal mark: this token, or the one before closing quotes.
	if closes(t) {
		// break after a closer only when the token before it is terminal.
		if i == 0 || !isTerminal(toks[i-1].Text) || closes(next) {
			return false
		}
		if next.Text == "," || next.Text == ";" {
			return false // "Rep. Zoe Lofgren (D-Calif.), who": an abbreviation's period in brackets
		}
		if toks[i-1].Text != "." && lex.IsAttribution(d, i+1) {
			return false // "...gain?" Kardashian said
		}
		return startsSentence(next.Text)
	}
	if !isTerminal(t.Text) {
		// abbreviation with period at end of sentence: "in the U.S. The..." is ambiguous; keep.
		return false
	}
	if closes(next) {
		return false // the closer comes first
	}
	if inShortBracket(toks, i) {
		return false // "Rep. Ann Moss (D-W. Va.), who": an abbreviation in a party and state tag
	}
	if next.Text == "," || next.Text == ";" {
		return false // "Birmingham, Ala., killed": an abbreviation's period
	}
	if t.Text != "." && lex.IsAttribution(d, i+1) {
		return false
	}
	// A mark standing as a token of its own (not an abbreviation's
	// period) ends the sentence before a lower-case word too: web text
	// often starts sentences in lower case.
	return startsSentence(next.Text) || t.Text != "..." && t.Text != "…" && startsLower(next.Text)
}

// inShortBracket reports whether token i stands inside a bracket opened
// at most five tokens before it and not yet closed.
func inShortBracket(toks []doc.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch toks[k].Text {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return true
	}
	return false
}

func startsLower(s string) bool {
	for _, c := range s {
		return unicode.IsLower(c)
	}
	return false
}

func startsSentence(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune(openPunct, c) || !unicode.IsLetter(c)
	}
	return false
}
