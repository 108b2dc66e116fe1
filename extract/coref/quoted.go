package coref

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Pronouns inside quotation marks speak in the voice of the one quoted:
// the "he" of a quote is someone the speaker talks about, and the
// people a quote names are not what the narrative is about. Coreference
// runs before the quote stage, so it reads the marks itself.

// quotedTokens marks the tokens between quotation marks: curly marks open
// and close, a straight one toggles; a paragraph starts outside (news
// reopens a quote that goes on in the next paragraph).
func quotedTokens(d *doc.Document) []bool {
	in := make([]bool, len(d.Tokens))
	open, para := false, -1
	for k, t := range d.Tokens {
		if p := d.Sentences[t.Sentence].Paragraph; p != para {
			open, para = false, p
		}
		switch t.Text {
		case "“":
			open = true
			continue
		case "”":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		in[k] = open
	}
	return in
}

// speechMarks may open a quote that a clause's subject speaks ("said that
// “...”", "described him as “...”"); any other subordinator ("because",
// "if") makes the quote part of the narrator's own sentence.
var speechMarks = lex.Words("coref/quoteMarks")

// quoteSpeaker is the person who speaks the quote a pronoun at token tok
// stands in, by the parse: the subject of the first clause above the
// pronoun that lies outside the quote ("he called Kaine 'desperate, he
// didn't wait his turn'": the "he" outside). -1 when the sentence names
// no speaker outside the quote, or it is no single person.
func quoteSpeaker(d *doc.Document, tok int, quoted []bool) int {
	if t := quoteSubject(d, tok, quoted); t >= 0 {
		return personAt(d, t)
	}
	return -1
}

// quoteSubject is the token of the subject outside the quote that speaks
// the quote at tok (quoteSpeaker), -1 if none.
func quoteSubject(d *doc.Document, tok int, quoted []bool) int {
	w := d.TokenWord(tok)
	if w < 0 || !quoted[tok] {
		return -1
	}
	top, a := w, d.Words[w].Head
	for steps := 0; a >= 0 && steps < 40 && quoted[d.Words[a].Token]; steps++ {
		top, a = a, d.Words[a].Head
	}
	if a < 0 {
		return -1
	}
	for _, m := range d.Dependents(top, "mark") {
		if t := d.Words[m].Token; !quoted[t] && !speechMarks[strings.ToLower(d.Tokens[t].Text)] {
			return -1 // "left because “she was not happy”": the narrator's clause, no one speaks it
		}
	}
	for _, s := range d.Subjects(a) {
		if t := d.Words[s].Token; !quoted[t] {
			return t
		}
	}
	return -1
}

// quotedPeople are the people a quote right before pronoun tok names in
// the third person, when the pronoun is the subject that follows it
// ("“I thought he did well, Pence did,” he said"): who speaks a quote
// says "I", so the pronoun is none of them. Nil for another pronoun.
func quotedPeople(d *doc.Document, tok int, quoted []bool) map[int]bool {
	w := d.TokenWord(tok)
	if w < 0 || quoted[tok] || !doc.RelIs(d.Words[w].Rel, "nsubj") {
		return nil
	}
	end := tok - 1 // the closing mark: ”, or ,” before the pronoun
	for end >= 0 && tok-end <= 3 && punctuation(d.Tokens[end].Text) && !quoted[end] {
		end--
	}
	if end < 0 || !quoted[end] {
		return nil
	}
	start := end
	for start > 0 && quoted[start-1] {
		start--
	}
	people := map[int]bool{}
	for _, m := range d.Mentions {
		if m.FirstTok < start || m.FirstTok > end || m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person {
			continue
		}
		if g := lex.Pronouns[strings.ToLower(m.Text)]; m.Kind != doc.Pronoun || g == doc.Male || g == doc.Female {
			people[m.Entity] = true
		}
	}
	return people
}

// punctuation reports whether token t is only punctuation ("”", ",").
func punctuation(t string) bool {
	for _, r := range t {
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return t != ""
}

// lastQuoteSpeaker is the person who spoke the quotation before the one
// that subject pronoun tok itself speaks, in its sentence or the one
// before ("“...,” said Peter Holm. “...,” he added"; "Holm said “...
// Ellison ...” He went on to say “...”"): the speaker goes on speaking,
// not the people the quote names. -1 for a pronoun inside quotes, not a
// subject, speaking no quote, or no such quotation. (A pronoun that
// speaks no quote is left to salience: "“...,” Ana said. She never
// left" is as often the one the quote spoke of.)
func lastQuoteSpeaker(d *doc.Document, tok int, quoted []bool) int {
	w := d.TokenWord(tok)
	if w < 0 || quoted[tok] || !doc.RelIs(d.Words[w].Rel, "nsubj") || !speaksQuote(d, w, quoted) {
		return -1
	}
	sent := d.Tokens[tok].Sentence
	for q := tok - 1; q >= 0 && d.Tokens[q].Sentence >= sent-1; q-- {
		if !quoted[q] || !doc.IsWordToken(d.Tokens[q].Text) {
			continue
		}
		if t := quoteSubject(d, q, quoted); t != tok {
			return namedSpeaker(d, t)
		}
		for q > 0 && quoted[q-1] {
			q-- // the pronoun speaks this one ("he added"): the quote before
		}
	}
	return -1
}

// namedSpeaker is the person the subject at token t names, -1 if none:
// where the subject is a title alone, the name in its phrase ("said
// master of ceremonies Peter Holm": Holm).
func namedSpeaker(d *doc.Document, t int) int {
	if t < 0 {
		return -1
	}
	if e := personAt(d, t); e >= 0 && hasName(d, e) {
		return e
	}
	first, last, _ := d.Subtree(d.TokenWord(t))
	if _, end := d.SentenceWords(d.Words[first].Sentence); last < end {
		last++ // the parse may hang the name after the title elsewhere
	}
	for w := first; w < last; w++ {
		if e := personAt(d, d.Words[w].Token); e >= 0 && hasName(d, e) {
			return e
		}
	}
	return personAt(d, t)
}

// hasName reports whether entity e has a mention by name. It reads the
// mentions, not doc.HasNameMention's entity lists, which the walk of
// addReferringMentions does not keep current (using them changes links).
func hasName(d *doc.Document, e int) bool {
	for _, m := range d.Mentions {
		if m.Entity == e && m.Kind == doc.Name {
			return true
		}
	}
	return false
}

// speaksQuote reports whether a clause of word w's head holds quoted
// words: the subject w speaks a quote ("“...,” he added", "he went on to
// say, “...”").
func speaksQuote(d *doc.Document, w int, quoted []bool) bool {
	h := d.Words[w].Head
	if h < 0 {
		return false
	}
	for _, c := range d.Children(h) {
		if c == w {
			continue
		}
		first, last, _ := d.Subtree(c)
		for k := first; k < last; k++ {
			if t := d.Words[k].Token; quoted[t] && doc.IsWordToken(d.Tokens[t].Text) {
				return true
			}
		}
	}
	return false
}
