package tokenize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// splitSentences groups tokens [first:] of paragraph pi into sentences.
func splitSentences(d *doc.Document, r []rune, first, pi int) {
	toks := d.Tokens
	start := first
	for i := first; i < len(toks); i++ {
		end := i + 1
		if end == len(toks) {
			break
		}
		if !(start == first && isDateline(toks[first:end]) && startsSentence(toks[end].Text)) && !sentenceBreakAfter(d, r, first, i) {
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

// opens reports whether token t opens a quotation or bracket: curly and
// bracket marks say so themselves; a straight mark opens when it stands
// apart from the word before it.
func opens(t doc.Token) bool {
	switch t.Text {
	case "\"", "'":
		return t.SpaceBefore
	case "“", "‘", "(", "[", "{", "«", "``", "`":
		return true
	}
	return false
}

// sentenceBreakAfter decides whether a sentence ends after token i (which is
// not the paragraph's last token) of the paragraph opening at token first.
func sentenceBreakAfter(d *doc.Document, r []rune, first, i int) bool {
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
		if i == first || !isTerminal(toks[i-1].Text) || closes(next) {
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
	if slices.Contains(emoticons, next.Text) {
		return false // "We won! :)": the face goes with the sentence before it
	}
	if slices.Contains(emoticons, t.Text) {
		return startsSentence(next.Text) // "in Lima :) How much": the face ends it
	}
	if !isTerminal(t.Text) {
		// abbreviation with period at end of sentence: "in the U.S. The..." is ambiguous; keep,
		// but a subject pronoun opens a new one ("entry into the U.S. They will"): no name
		// or title goes on with it.
		return strings.HasSuffix(t.Text, ".") && (subjectPronounOpens(next.Text) || acronymEnds(t.Text, next.Text))
	}
	if closes(next) {
		return false // the closer comes first
	}
	if isTerminal(next.Text) && !next.SpaceBefore {
		return false // one run in two tokens: "…."
	}
	if trailsOff(t.Text) && (i == first || opens(toks[i-1])) {
		return false // dots that open a quotation: `" ...I request`
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
	return startsSentence(next.Text) || !trailsOff(t.Text) && startsLower(next.Text)
}

var (
	openersAfterAcronym = lex.Words("tokenize/openersAfterAcronym")
	firmSuffixes        = lex.Words("tokenize/firmSuffixes")
)

// acronymEnds reports whether the period of t, a dotted acronym ("U.S.",
// "D.C.") or a firm's suffix ("Inc."), also ends its sentence: the next
// word opens one and never goes on with a name ("in Washington, D.C. The
// talks", "Acme Inc. Its shares"); "U.S. Army" and "vs. The Rams" go on.
func acronymEnds(t, next string) bool {
	if !unicode.IsUpper([]rune(next)[0]) || !openersAfterAcronym[strings.ToLower(next)] {
		return false
	}
	if firmSuffixes[strings.ToLower(t)] {
		return true
	}
	letters := 0
	for i, c := range t {
		switch {
		case i%2 == 0 && unicode.IsUpper(c) && c < unicode.MaxASCII:
			letters++
		case i%2 == 1 && c == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// subjectPronounOpens reports whether s is a subject pronoun written as a
// sentence opens ("They", "He"; not "I", which also names a numbered thing:
// "World War I.").
func subjectPronounOpens(s string) bool {
	return len(s) > 1 && unicode.IsUpper([]rune(s)[0]) && lex.SubjectPronouns[strings.ToLower(s)]
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

// isTerminal: a mark that can end a sentence, alone or in a run ("!!!", "??", "..").
func isTerminal(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune(".!?…", c) {
			return false
		}
	}
	return s != ""
}

// trailsOff: a run of dots or an ellipsis, after which a sentence goes on
// in lower case ("won... and then").
func trailsOff(s string) bool {
	return s != "." && strings.Trim(s, ".…") == ""
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
