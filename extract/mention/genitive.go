package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// pluralGenitive returns last, or the word after it when that word is the
// apostrophe of a plural's genitive the tagger read as a closing quotation
// mark ("the rebels' demands" with "'" a PUNCT): the phrase [first, last)
// is then a possessor, which keeps its marker as "the team's" does. The
// apostrophe is fused to a plural noun ending in "s" that ends the phrase,
// a noun phrase follows it (what is possessed), and no single quotation
// mark opened before it in the sentence ("the 'experts' say" closes one).
func pluralGenitive(d *doc.Document, first, last int) int {
	sf, sl := d.SentenceWords(d.Words[first].Sentence)
	if last <= first || last+1 >= sl {
		return last
	}
	a, p := d.Words[last], d.Words[last-1]
	if a.UPOS != "PUNCT" || a.Text != "'" && a.Text != "’" || d.Tokens[a.Token].SpaceBefore || a.Token == p.Token {
		return last
	}
	if p.XPOS != "NNS" && p.XPOS != "NNPS" || !strings.HasSuffix(strings.ToLower(p.Text), "s") {
		return last
	}
	switch d.Words[last+1].UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM":
	default:
		return last
	}
	for w := sf; w < last; w++ {
		if t := d.Words[w].Text; t == "'" || t == "‘" || t == "`" {
			return last // a quotation in single marks, or a genitive seen already
		}
	}
	return last + 1
}

// passiveAgent reports whether the "by" complement c the parse hangs on
// noun h is the agent of the passive verb h is an oblique of ("the files
// were returned to the agency by Moreno"): a passive verb (with aux:pass)
// with no agent of its own, and c the only complement after h, a name, a
// pronoun or a noun the lexicon types (who can act). "A novel by Ana Ruiz"
// under an active verb, or on a subject, keeps its author.
func passiveAgent(d *doc.Document, h, c int) bool {
	w := d.Words[h]
	if w.Rel != "obl" || w.Head < 0 || d.CaseWords(c) != "by" {
		return false
	}
	v := w.Head
	if d.Words[v].UPOS != "VERB" || len(d.Dependents(v, "aux:pass")) == 0 || len(d.Dependents(v, "obl:agent")) > 0 {
		return false
	}
	for _, k := range d.Children(h) {
		if k > h && k != c && !doc.RelIs(d.Words[k].Rel, "punct") {
			return false // "asked about the report of damage to the bridge by a storm": the nearer noun's
		}
	}
	switch d.Words[c].UPOS {
	case "PROPN", "PRON":
		return true
	case "NOUN":
		_, ok := lex.HeadNoun(strings.ToLower(d.Words[c].Text))
		return ok
	}
	return false
}
