package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// secondPerson are the pronouns of the one addressed.
var secondPerson = lex.Words("quote/secondPerson")

// LinkUnattributedPersons places the first- and second-person pronouns
// that LinkQuotedSpeakers left: "I", "me", "my" outside any quote are the
// writer of the article (a first-person report, a column) when the text
// says so more than once; a lone one is more often a quote whose marks
// were missed, and inside a quote whose speaker is unknown the speaker is
// left unguessed. "you", "your" are the one addressed: the reader outside
// quotes, the listener of one quote inside it. Each such voice is an unnamed person entity of its
// own, so that its pronouns corefer with each other and with nothing else;
// having no name, it stays out of the graph and out of cross-document
// resolution.
func LinkUnattributedPersons(d *doc.Document) {
	taken := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		if m.LastTok == m.FirstTok+1 || m.Kind == doc.Name {
			for k := m.FirstTok; k < m.LastTok; k++ {
				taken[k] = true
			}
		}
	}
	quoteOf := make([]int, len(d.Tokens)) // direct quote index + 1, 0 outside quotes
	for qi, q := range d.Quotes {
		if !q.Direct {
			continue
		}
		for _, c := range q.Content {
			for k := d.TokenAt(c.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].End <= c.End; k++ {
				quoteOf[k] = qi + 1
			}
		}
	}
	writer := 0 // first-person pronouns outside quotes
	for k, tok := range d.Tokens {
		if w := strings.ToLower(tok.Text); !taken[k] && quoteOf[k] == 0 && firstPerson[w] && !romanNumeral(d, k) {
			writer++
		}
	}
	type voice struct {
		quote  int
		second bool
	}
	voices := map[voice]int{}
	for k, tok := range d.Tokens {
		w := strings.ToLower(tok.Text)
		second := secondPerson[w]
		if taken[k] || !(firstPerson[w] || second) || romanNumeral(d, k) ||
			(firstPerson[w] && (quoteOf[k] > 0 || writer < 2)) {
			continue
		}
		v := voice{quoteOf[k], second}
		e, ok := voices[v]
		if !ok {
			name, id := "I", "i"
			if second {
				name, id = "you", "you"
			}
			e = len(d.Entities)
			d.AddEntity(doc.Entity{ID: doc.LocalID(d, id, tok.Start), Name: name, Type: doc.Person})
			voices[v] = e
		}
		// Appended, not sorted in: quotes and relations hold mention indices.
		d.AddLinkedMention(doc.Mention{Span: tok.Span, Text: tok.Text, Kind: doc.Pronoun, Type: doc.Person,
			Entity: e, FirstTok: k, LastTok: k + 1})
	}
}

// romanNumeral reports whether an "I" at k is a numeral after a name
// ("Elizabeth I", "Part I"): a capitalised word right before it in the
// same sentence, not at the sentence start.
func romanNumeral(d *doc.Document, k int) bool {
	if d.Tokens[k].Text != "I" || k == 0 || !doc.SameSentence(d, k-1, k) {
		return false
	}
	p := d.Tokens[k-1]
	return doc.IsCapitalised(p.Text) && d.Sentences[p.Sentence].First != k-1 && doc.IsWordToken(p.Text)
}
