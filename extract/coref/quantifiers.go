package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// floatingQuantifiers ("both", "all", "each") stand for a group when they
// head no noun of their own: a noun phrase of one word, with the group
// named elsewhere.
var floatingQuantifiers = lex.Words("coref/floatingQuantifiers")

// degreeAfterQuantifier make the quantifier before them a degree adverb
// ("all that interested", "all but certain").
var degreeAfterQuantifier = lex.Words("coref/degreeAfterQuantifier")

// linkQuantifiers adds a quantifier that stands for a group as a mention
// of it: one floating beside its clause's verb stands for the group that
// is the clause's subject ("Kestrel and Holm have both agreed", "the
// miners all left"), and a "both" that is the subject itself for the
// group named last ("Kestrel and Holm met. Both will pay."). A quantifier
// before a noun ("both sides") or a coordination ("both Kestrel and
// Holm") is part of that phrase, no phrase of its own.
func linkQuantifiers(d *doc.Document) {
	added := false
	for k := range d.Tokens {
		w := d.TokenWord(k)
		if w < 0 || !floatingQuantifiers[strings.ToLower(d.Tokens[k].Text)] || mentionIndexAt(d, k) >= 0 ||
			k+1 < len(d.Tokens) && degreeAfterQuantifier[strings.ToLower(d.Tokens[k+1].Text)] {
			continue
		}
		e := -1
		switch {
		case floating(d, w):
			e = subjectGroup(d, d.Words[w].Head, k)
		case standingBoth(d, w):
			e = recentCoordination(d, k)
		}
		if e < 0 || d.Entities[e].Type != doc.Person && d.Entities[e].Type != doc.Organization {
			continue // a group of people or bodies, not "the tickets cost $5 each"
		}
		d.AddMention(doc.Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: doc.Pronoun,
			Type: d.Entities[e].Type, Gender: doc.Plural, Entity: e, FirstTok: k, LastTok: k + 1})
		added = true
	}
	if added {
		d.SortMentions()
	}
}

// floating reports whether quantifier w floats beside a verb: the parse
// hangs it on the verb or predicate as a modifier, not on a noun.
func floating(d *doc.Document, w int) bool {
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "advmod", "det", "obl", "dep") || len(d.Children(w)) > 0 {
		return false // not "at all"
	}
	switch d.Words[h].UPOS {
	case "VERB", "AUX", "ADJ":
		return true
	}
	return false
}

// standingBoth reports whether "both" at word w is a subject of its own:
// the parse makes it one, or a conjunction's "both" with no coordination
// after it ("Both will pay": cc:preconj on the verb).
func standingBoth(d *doc.Document, w int) bool {
	if !strings.EqualFold(d.Words[w].Text, "both") {
		return false
	}
	switch r := d.Words[w].Rel; {
	case doc.RelIs(r, "nsubj"):
		return len(d.Children(w)) == 0
	case r == "cc:preconj":
		h := d.Words[w].Head
		return h > w && d.Words[h].UPOS == "VERB" && len(d.Dependents(h, "conj")) == 0 && len(d.Subjects(h)) == 0
	}
	return false
}

// recentCoordination is the entity of the last coordination of mentions
// ("Kestrel and Holm") before token k, in its sentence or the one before:
// what a standing "both" counts. Two people named apart ("Ruiz hired
// Lind. Both ...") make no group entity; -1 then.
func recentCoordination(d *doc.Document, k int) int {
	sent, best, bestTok := d.Tokens[k].Sentence, -1, -1
	for _, m := range d.Mentions {
		if m.Kind != doc.Nominal || m.LastTok > k || m.FirstTok <= bestTok || m.Entity < 0 ||
			sent-d.Tokens[m.FirstTok].Sentence > 1 || d.Entities[m.Entity].Gender != doc.Plural {
			continue
		}
		for t := m.FirstTok; t < m.LastTok; t++ {
			if w := d.TokenWord(t); w >= 0 && d.Words[w].Rel == "cc" && strings.EqualFold(d.Words[w].Text, "and") {
				best, bestTok = m.Entity, m.FirstTok
				break
			}
		}
	}
	return best
}

// subjectGroup is the entity of the group the subject of predicate p
// before token k names: the widest plural mention over the subject's
// head ("Kestrel and Holm"), -1 when the subject names no group.
func subjectGroup(d *doc.Document, p, k int) int {
	for _, s := range d.Subjects(p) {
		t := d.Words[s].Token
		if t >= k {
			continue
		}
		best, width := -1, 0
		for _, m := range d.Mentions {
			if m.FirstTok <= t && t < m.LastTok && m.LastTok <= k && m.Entity >= 0 && m.LastTok-m.FirstTok > width &&
				d.Entities[m.Entity].Gender == doc.Plural && !d.Entities[m.Entity].Ambiguous() {
				best, width = m.Entity, m.LastTok-m.FirstTok
			}
		}
		return best
	}
	return -1
}
