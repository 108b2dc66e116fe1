package extract

import "strings"

// Pronoun passes that need the common-noun mentions: they run after
// linkNominals, so "they" can refer back to "the team" or "local
// residents", and a relative pronoun to the description it follows.

// relativePronouns open a relative clause about the phrase just before
// them; the value says whether they refer to people ("who") or to things
// and organisations ("which"). "that" is left out: it is far more often a
// conjunction ("said that ...") than a relative pronoun.
var relativePronouns = map[string]bool{"who": true, "whom": true, "whose": true, "which": false}

// pluralPronouns refer to a group: people, an organisation ("Boeing said
// they ..."), a team.
var pluralPronouns = map[string]bool{"they": true, "them": true, "their": true, "theirs": true, "themselves": true}

// linkLatePronouns adds relative pronouns ("Airbus, which ...", "the
// pilot, who ...") as mentions of the phrase they follow, and the
// plural pronouns coreference has not yet placed as mentions of the most
// recent group mentioned in this or the sentence before.
func linkLatePronouns(d *Document) {
	taken := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		// A pronoun already placed, or a word of a name, is taken; a word
		// inside a longer description ("the people who ...") is not.
		for k := m.FirstTok; k < m.LastTok && (m.Kind == Name || m.LastTok == m.FirstTok+1); k++ {
			taken[k] = true
		}
	}
	added := false
	add := func(k, e int, g Gender) {
		d.Mentions = append(d.Mentions, Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: Pronoun,
			Type: d.Entities[e].Type, Gender: g, Entity: e, FirstTok: k, LastTok: k + 1})
		taken[k] = true
		added = true
	}
	for k := range d.Tokens {
		if taken[k] {
			continue
		}
		w := strings.ToLower(d.Tokens[k].Text)
		if person, ok := relativePronouns[w]; ok {
			if e := relativeAntecedent(d, k, person); e >= 0 {
				add(k, e, d.Entities[e].Gender)
			}
			continue
		}
		if pluralPronouns[w] {
			if e := recentGroup(d, k); e >= 0 {
				add(k, e, Plural)
			}
		}
	}
	if added {
		reorderMentions(d)
	}
}

// relativeAntecedent is the entity of the mention a relative pronoun at k
// follows: right before it, or before a comma, or before a comma after a
// parenthesis ("General Motors (GM), which"). Of the mentions ending
// there, the widest that fits the pronoun wins ("the head of Ardent,
// who": the head; "voters in Kessel, which": Kessel). -1 when there is
// none.
func relativeAntecedent(d *Document, k int, person bool) int {
	j := k - 1
	if j >= 0 && d.Tokens[j].Text == "," {
		j--
	}
	if j >= 0 && d.Tokens[j].Text == ")" {
		for j >= 0 && d.Tokens[j].Text != "(" && k-j < 12 {
			j--
		}
		j--
	}
	if j < 0 || !sameSentence(d, j, k) {
		return -1
	}
	best, width := -1, 0
	for _, m := range d.Mentions {
		if m.LastTok != j+1 || m.Kind == Pronoun || m.Entity < 0 || m.LastTok-m.FirstTok <= width {
			continue
		}
		if ent := &d.Entities[m.Entity]; !ent.Ambiguous && (ent.Type == Person) == person {
			best, width = m.Entity, m.LastTok-m.FirstTok
		}
	}
	return best
}

// recentGroup is the entity a plural pronoun at k most likely refers to:
// the one mentioned last, in k's sentence or the one before, among
// organisations and plural descriptions ("the rescued fishermen"). -1
// when none was mentioned that close.
func recentGroup(d *Document, k int) int {
	sent := d.Tokens[k].Sentence
	best, bestTok := -1, -1
	for _, m := range d.Mentions {
		if m.LastTok > k || m.FirstTok <= bestTok || m.Entity < 0 || sent-d.Tokens[m.FirstTok].Sentence > 1 {
			continue
		}
		ent := &d.Entities[m.Entity]
		// An organisation only in the pronoun's own sentence ("Boeing said
		// they ..."): further back, "they" is more often people the text
		// has not named.
		group := ent.Gender == Plural || collectiveMention(d, m) ||
			(ent.Type == Organization && d.Tokens[m.FirstTok].Sentence == sent && !creditOnly(d, m.Entity))
		if !group || ent.Ambiguous {
			continue
		}
		best, bestTok = m.Entity, m.FirstTok
	}
	return best
}

// collectiveNouns name a body of people that English refers to as "they"
// as readily as "it": "the team ... They won", "the family said they".
var collectiveNouns = map[string]bool{
	"team": true, "squad": true, "crew": true, "band": true, "family": true, "couple": true,
	"delegation": true, "group": true, "panel": true, "jury": true, "duo": true, "trio": true,
}

// collectiveMention reports whether m is a description headed by a
// collective noun ("the visiting team"), which a plural pronoun in the
// next sentence may refer back to.
func collectiveMention(d *Document, m Mention) bool {
	if m.Kind != Nominal {
		return false
	}
	return collectiveNouns[strings.ToLower(d.Tokens[NominalHead(d, m.FirstTok, m.LastTok)].Text)]
}
