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
// speakers are found as before (the output names them by their entity).
// A name keeps its extent ("Ana Ruiz, who ...").
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
// no, said ...", parsed with "said" inside it); and a relative subject
// agrees with the noun ("three children, who is ..." is about someone
// else). The clause ends at a comma before a phrase of its verb
// (clauseEnd).
func nonRestrictiveEnd(d *doc.Document, h, b int, typ doc.EntityType) int {
	if verblessAbove(d, h) {
		return b
	}
	for _, c := range d.Dependents(h, "acl:relcl") {
		first, last, _ := d.Subtree(c)
		if c < h || first < b || !setOff(d, c) || !fittingRelative(d, c, typ) {
			continue
		}
		if clauseLeftOut(d, h, c) || !clauseOnNoun(d, h, c) || innerClause(d, c, first, last) || !agrees(d, h, c) {
			continue
		}
		last = clauseEnd(d, c, last)
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

// agrees reports whether the verb of clause c agrees in number with noun
// h when the relative word is the clause's subject: a singular verb
// ("who is", "which was") after a plural noun, or a plural one after a
// singular noun, says the clause is about another noun ("big leads in
// two states, which are next", "the grown children, who is known").
func agrees(d *doc.Document, h, c int) bool {
	subj := false
	for _, s := range d.Dependents(c, "nsubj", "nsubj:pass") {
		x := d.Words[s].XPOS
		subj = subj || x == "WP" || x == "WDT"
	}
	if !subj {
		return true
	}
	finite := append([]int{c}, d.Dependents(c, "aux", "aux:pass", "cop")...)
	plural := pluralWord(d, h)
	for _, f := range finite {
		w := d.Words[f]
		low := strings.ToLower(w.Text)
		switch {
		case w.XPOS == "VBZ" || low == "was":
			return !plural
		case w.XPOS == "VBP" || low == "were":
			return plural
		}
	}
	return true
}

// clauseEnd returns where relative clause c, whose words run to last,
// ends: before a comma that sets off a phrase of its verb after it ("who
// worked on the server, as part of an inquiry", "which is weighing a
// move, according to people close to it"). A clause set off inside a
// sentence closes with a comma; what the parse hangs on the clause's verb
// past it is mostly the sentence's (a coordination's commas are its
// conjuncts', and stay).
func clauseEnd(d *doc.Document, c, last int) int {
	for _, k := range d.Children(c) {
		if k < c || doc.RelIs(d.Words[k].Rel, "conj", "cc", "punct") || !setOff(d, k) {
			continue
		}
		first, _, _ := d.Subtree(k)
		if setOffMark(d.Words[first].Text) {
			first++
		}
		if first-1 < last {
			last = first - 1
		}
		break
	}
	return last
}
