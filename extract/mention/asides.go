package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// WidenAsides widens each nominal mention of an entity over the relative
// clause set off by a comma right after it ("the six-member team, which
// consists entirely of girls"): the clause is the noun's (acl:relcl) and
// part of its noun phrase, as GUM marks it. It runs last, on the output's
// mentions: the stages before it read the short phrase (NounPhrase), so
// that a pronoun in the clause still finds the noun before it ("the
// spokesman, who declined to give his name": his), and participants and
// speakers stay the short name of their thing. A name keeps its extent
// ("Ana Ruiz, who ...").
func WidenAsides(d *doc.Document) {
	if len(d.Words) == 0 {
		return
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Nominal || m.Entity < 0 {
			continue
		}
		h := d.HeadNoun(m.FirstTok, m.LastTok)
		if h < 0 || d.Words[h].UPOS != "NOUN" {
			continue
		}
		a, b := NounPhrase(d, h)
		if d.Words[a].Token != m.FirstTok || d.Words[b-1].Token+1 != m.LastTok {
			continue // a mention of another extent than its noun's phrase
		}
		e := nonRestrictiveEnd(d, h, b, m.Type)
		if e == b {
			continue
		}
		m.LastTok = d.Words[e-1].Token + 1
		m.End = d.Tokens[m.LastTok-1].End
		m.Text = d.Slice(m.Span)
	}
}

// nonRestrictiveEnd returns the end of the noun phrase of word h, which
// ends before word b, with the relative clause set off by a comma right
// after it, b when there is none. The clause opens with a relative word
// that fits the noun's type (who of people and bodies, which of no person,
// where of places), is one that no rule of the phrase takes for the
// parser's mistake (clauseOnNoun, clauseLeftOut), and holds no clause of
// its own after a comma ("the route, which stretches to Japan, an
// official said"); the noun is no verbless sentence's head, where the
// clause has likely run into the predicate ("The two jurors, who voted
// no, said ...", parsed with "said" inside it).
func nonRestrictiveEnd(d *doc.Document, h, b int, typ doc.EntityType) int {
	if verblessAbove(d, h) {
		return b
	}
	for _, c := range d.Dependents(h, "acl:relcl") {
		first, last, _ := d.Subtree(c)
		if c < h || first < b || !setOff(d, c) || !fittingRelative(d, c, typ) {
			continue
		}
		if clauseLeftOut(d, h, c) || !clauseOnNoun(d, h, c) || innerClause(d, c, first, last) {
			continue
		}
		if d.Words[first].Text == "," {
			first++
		}
		if first != b+1 || d.Words[b].Text != "," {
			continue // not a comma right after the phrase
		}
		for last > first && d.Words[last-1].UPOS == "PUNCT" && !closing(d.Words[last-1].Text) {
			last--
		}
		return last
	}
	return b
}

// fittingRelative reports whether the first relative word of clause c
// fits a noun of type typ: who, whom and whose stand for people and
// bodies, which for no person, where for a place; when and that, after a
// comma, rarely open a clause on the noun.
func fittingRelative(d *doc.Document, c int, typ doc.EntityType) bool {
	first, _, _ := d.Subtree(c)
	for w := first; w < c; w++ {
		switch strings.ToLower(d.Words[w].Text) {
		case "who", "whom", "whose":
			return typ == doc.Person || typ == doc.Organization
		case "which":
			return typ != doc.Person
		case "where":
			return typ == doc.Place
		case "when", "that":
			return false
		}
	}
	return false
}

// innerClause reports whether clause c, spanning words [first, last),
// holds a clause set off by a comma that has a subject of its own or is
// a parataxis: the sentence's own frame, which the parse ran into it.
func innerClause(d *doc.Document, c, first, last int) bool {
	for k := first; k < last; k++ {
		if k == c {
			continue
		}
		w := d.Words[k]
		if doc.RelIs(w.Rel, "parataxis") {
			return true
		}
		if doc.RelIs(w.Rel, "conj", "ccomp", "advcl") && len(d.Dependents(k, "nsubj", "nsubj:pass")) > 0 && setOff(d, k) {
			return true
		}
	}
	return false
}
