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
	endsAt := make([]int, len(d.Tokens)) // mention index+1 of the widest mention ending at a token
	for i, m := range d.Mentions {
		// A pronoun already placed, or a word of a name, is taken; a word
		// inside a longer description ("the people who ...") is not.
		for k := m.FirstTok; k < m.LastTok && (m.Kind == Name || m.LastTok == m.FirstTok+1); k++ {
			taken[k] = true
		}
		last := m.LastTok - 1
		if j := endsAt[last] - 1; j < 0 || m.LastTok-m.FirstTok > d.Mentions[j].LastTok-d.Mentions[j].FirstTok {
			endsAt[last] = i + 1
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
			if e := relativeAntecedent(d, k, endsAt); e >= 0 && (d.Entities[e].Type == Person) == person {
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
// parenthesis ("General Motors (GM), which"). -1 when there is none.
func relativeAntecedent(d *Document, k int, endsAt []int) int {
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
	mi := endsAt[j] - 1
	if mi < 0 || d.Mentions[mi].Kind == Pronoun {
		return -1
	}
	e := d.Mentions[mi].Entity
	if e < 0 || d.Entities[e].Ambiguous {
		return -1
	}
	return e
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
		group := ent.Gender == Plural ||
			(ent.Type == Organization && d.Tokens[m.FirstTok].Sentence == sent && !creditOnly(d, m.Entity))
		if !group || ent.Ambiguous {
			continue
		}
		best, bestTok = m.Entity, m.FirstTok
	}
	return best
}
