package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/internal/postag"
)

// A headline in title case ("Group Chief Praises Ana Ruiz's Plan") reads
// to the tagger as a run of proper nouns with no verb. The tagger and the
// parser read a truecased copy of it instead ("Group chief praises Ana
// Ruiz's plan"); the words keep their text and offsets, and the name stage
// reads the original.

// casing counts, by lower-case form, how often the document writes a word
// in lower case and capitalised where a sentence does not start.
type casing struct{ low, capital map[string]int }

// bodyCasing counts the casing of d's words outside sentence skip and
// the sentences in title case.
func bodyCasing(d *doc.Document, skip int) casing {
	c := casing{map[string]int{}, map[string]int{}}
	for s := range d.Sentences {
		first, last := d.SentenceWords(s)
		if s == skip || titleCased(d.Words[first:last]) {
			continue // a title tells nothing of its words' case
		}
		for _, w := range d.Words[first+min(1, last-first) : last] {
			switch wordCase(w.Text) {
			case caseLower:
				c.low[w.Text]++
			case caseTitle:
				c.capital[strings.ToLower(w.Text)]++
			}
		}
	}
	return c
}

const (
	caseOther = iota
	caseLower // "praise"
	caseTitle // "Praise": an upper-case letter, then only lower-case ones
)

func wordCase(w string) int {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return caseOther
	}
	rest := w[n:]
	for _, c := range rest {
		if unicode.IsUpper(c) || !unicode.IsLetter(c) && c != '\'' && c != '’' {
			return caseOther
		}
	}
	if unicode.IsLower(r) {
		return caseLower
	}
	if rest == "" {
		return caseOther // "A", "I"
	}
	return caseTitle
}

// titleCased says whether a sentence's words are a headline in title case:
// at least three of its words of four letters or more after the first are
// capitalised, and none of five letters or more is in lower case (short
// prepositions may be: "with", "from"). Lines in capitals (a wire
// headline) are not title case, nor a title that writes some of its nouns
// in lower case ("Best Fix appliances Plumbing").
func titleCased(words []doc.Word) bool {
	capital, low := 0, 0
	for _, w := range words[min(1, len(words)):] {
		if utf8.RuneCountInString(w.Text) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.Text)
		switch {
		case wordCase(w.Text) == caseTitle:
			capital++
		case unicode.IsLower(r) && utf8.RuneCountInString(w.Text) >= 5:
			low++
		}
	}
	return capital >= 3 && low == 0
}

// truecase sets the forms the tagger reads for a title-cased headline's
// words: a capitalised word after the first in lower case where the body
// writes it so more often than capitalised, or, when the body has it in
// neither case, where the lexicon knows it as a common word and no name
// ("Praises", "Chief"; not "Lund"). A noun or adjective right before a
// capitalised word that stays keeps its capital too: it begins a name
// ("Nova Scotia", "Cape Breton"). The first word of a quotation of three
// words or more, or of a clause after a colon, begins a sentence of its
// own and keeps its capital, as the headline's first word does ("Ruiz:
// ‘Not Fit To Serve’"); a quoted word or two is the writer's
// ("‘Missing’ Voters"). Read from the right, so that the next word's case
// is known.
func truecase(words []doc.Word, forms []string, c casing, lex *postag.Lexicon) {
	if lex == nil {
		return
	}
	kept := false // the next word is a capitalised word that stays
	for i := len(words) - 1; i >= 1; i-- {
		text := words[i].Text
		if wordCase(text) != caseTitle {
			kept = false
			continue
		}
		low := strings.ToLower(text)
		if kept = opensSentence(words, i) || !lowerInHeadline(low, c, lex, kept); !kept {
			forms[i] = low
		}
	}
}

// opensSentence says whether words[i] begins a sentence of its own inside
// a headline: after a colon, or after an opening quotation mark whose
// quotation runs three words or more.
func opensSentence(words []doc.Word, i int) bool {
	switch words[i-1].Text {
	case ":":
		return true
	case "‘", "“", "\"", "'", "`", "``":
		for j := i; j < len(words) && j < i+3; j++ {
			switch words[j].Text {
			case "’", "”", "\"", "'", "''":
				return false
			}
		}
		return true
	}
	return false
}

// lowerInHeadline says whether a capitalised headline word, low in lower
// case, is read in lower case; beforeName: the next word keeps its capital.
func lowerInHeadline(low string, c casing, lex *postag.Lexicon, beforeName bool) bool {
	lo, ca := c.low[low], c.capital[low]
	switch {
	case lo > ca:
		return true
	case ca > 0:
		return false
	}
	norm := postag.Norm(low)
	if common, name := lex.Common(norm); !common || name {
		return false
	}
	return !beforeName || !lex.Nominal(norm)
}

// headlineForms returns the forms the tagger and the parser read for the
// title-cased sentence s of d, whose own forms are forms: a truecased
// copy, when one of the words it lowers can be a verb ("Praises"). The
// copy is there to find the headline's predicate; a title of names and
// nouns ("Fantastic Lakeside Cottage") keeps its capitals.
func headlineForms(d *doc.Document, s int, forms []string, lex *postag.Lexicon) []string {
	first, last := d.SentenceWords(s)
	cased := append([]string(nil), forms...)
	truecase(d.Words[first:last], cased, bodyCasing(d, s), lex)
	for i := range cased {
		if cased[i] != forms[i] && lex.Verb(postag.Norm(cased[i])) {
			return cased
		}
	}
	return forms
}
