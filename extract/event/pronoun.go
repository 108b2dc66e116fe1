package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A personal pronoun that coreference left unresolved ("They say the vote
// was rigged", "we will wind down the club") still names who takes part:
// an event with no Arg0 tells less than one whose Arg0 is "they". The
// pronoun becomes a mention of an entity of its own, known only in its
// document, as coreference leaves it: nothing joins it to a name.

// personalPronouns are the personal pronouns that stand for a
// participant, with whether they name people whatever their role; "it"
// is left out (often an expletive: "it is likely that"), and "I" and
// "you", whose voices the quote stage tells apart (a lone "I am told" is
// more likely a quote whose marks were lost).
var personalPronouns = map[string]bool{
	"he": true, "him": true, "she": true, "her": true, "we": true, "us": true,
	"they": false, "them": false,
}

// unresolvedPronoun returns a mention of the personal pronoun w with no
// mention, which takes role: a new person of its own. "They" and "them"
// name people only when they act or hear ("they say"); what undergoes
// an event may be things ("building them", "they fell 5%") and is left
// out. -1 when w is no such pronoun.
func (x *ctx) unresolvedPronoun(w int, role string) int {
	d := x.d
	word := d.Words[w]
	l := strings.ToLower(word.Text)
	person, ok := personalPronouns[l]
	if word.UPOS != "PRON" || !ok || x.head[w] >= 0 || !person && role != "Arg0" && role != "Arg2" {
		return -1
	}
	k := word.Token
	tok := d.Tokens[k]
	e := d.AddEntity(doc.Entity{ID: doc.LocalID(d, "unresolved", tok.Start), Name: tok.Text, Type: doc.Person, Gender: lex.Pronouns[l]})
	mi := d.AddLinkedMention(doc.Mention{Span: tok.Span, Text: tok.Text, Kind: doc.Pronoun, Type: doc.Person,
		Gender: lex.Pronouns[l], Entity: e, FirstTok: k, LastTok: k + 1})
	x.head[w] = mi
	return mi
}
