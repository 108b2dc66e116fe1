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
			return personAt(d, t)
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
