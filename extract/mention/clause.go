package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A noun phrase that describes someone goes on over the clause that
// restricts or describes its noun: "an airline which has filed for
// bankruptcy", "the people working on it", "lanterns sponsored by local
// firms". Coreference annotation marks that whole phrase as the mention;
// the candidates stop at the noun. extendClauses widens them where the
// clause's end is plain to see.

// maxClauseTokens bounds a clause taken into a mention: past it the
// boundary found is more likely the end of the sentence's next clause.
const maxClauseTokens = 30

// clauseBoundary ends a relative or participial clause: punctuation that
// closes a phrase ("the team, which won, said"), a bracket or quote mark.
func clauseBoundary(t string) bool {
	switch t {
	case ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "``", "''", "-", "--", "—", "–":
		return true
	}
	return false
}

// mainClauseVerbs end a participial phrase: the verb of the clause the
// phrase is the subject of ("the candidates elected there were young").
var mainClauseVerbs = lex.Words("mention/mainClauseVerbs")

// relativeClauseEnd returns the end (exclusive) of the clause that starts at
// token from: the first boundary mark, or the sentence's last token when
// it is final punctuation, or the sentence's end. With stopAtVerb, a
// finite verb of mainClauseVerbs also ends it. 0 when no end is found
// within maxClauseTokens or the clause is empty.
func relativeClauseEnd(d *doc.Document, from int, stopAtVerb bool) int {
	s := d.Sentences[d.Tokens[from].Sentence]
	for k := from; k < s.Last && k-from <= maxClauseTokens; k++ {
		t := d.Tokens[k].Text
		end := clauseBoundary(t) || (stopAtVerb && mainClauseVerbs[strings.ToLower(t)])
		if !end && k == s.Last-1 && (t == "." || t == "!" || t == "?") {
			end = true
		}
		if end {
			if k == from {
				return 0
			}
			return k
		}
		if k == s.Last-1 {
			return s.Last
		}
	}
	return 0
}

// relativeHead reports whether the word at k opens a relative clause on
// the noun of a candidate of type typ: who/whom/whose for people and
// organisations, which for organisations and places, where for places,
// that for groups and places when a verb follows it ("the schools that
// receive"; not "the grounds that their entry ..." nor, after a person
// noun, "told reporters that ...").
func relativeHead(d *doc.Document, k int, typ doc.EntityType) bool {
	t := d.Tokens[k].Text
	if isAllCaps(t) {
		return false // "WHO"
	}
	switch strings.ToLower(t) {
	case "who", "whom", "whose":
		return typ != doc.Place
	case "which":
		return typ != doc.Person
	case "where":
		return typ == doc.Place
	case "that":
		return typ != doc.Person && k+1 < len(d.Tokens) && doc.SameSentence(d, k, k+1) && verbLike(d.Tokens[k+1].Text)
	}
	return false
}

// verbLike reports whether t may be the verb right after a relative
// "that": a lower-case word that is no determiner, pronoun or other word
// opening a noun phrase.
func verbLike(t string) bool {
	w := strings.ToLower(t)
	if !doc.IsLowerWord(t) || lex.NPDeterminers[w] || articles[w] || w == "nothing" || w == "there" {
		return false
	}
	_, pronoun := lex.Pronouns[w]
	return !pronoun
}

// subjectOpeners stand before a noun phrase that is likely the subject of
// a clause ("said the firms that ... sold", "and the people who ...
// left"): a restrictive clause after such a phrase has no visible end.
var subjectOpeners = lex.Words("mention/subjectOpeners")

// objectPreps stand before a noun phrase that is the object of a
// preposition, never the subject of the clause that follows, so a
// participle after that phrase modifies it ("among workers hired last
// year"). Subordinators that also are prepositions (after, before, since,
// until) are left out: "after the firm closed plants" is a clause.
var objectPreps = lex.Words("mention/objectPreps")

// appositionOpeners open an apposition or parenthesis: a phrase after one
// and a clause closed by the same mark ("GM, a carmaker which ..., said")
// is no subject.
var appositionOpeners = lex.Words("mention/appositionOpeners")

// irregularParticiples are past participles that do not end in -ed.
var irregularParticiples = lex.Words("mention/irregularParticiples")

// notParticiples end in -ing or -ed but are prepositions, nouns or
// adjectives.
var notParticiples = lex.Words("mention/notParticiples")

// isParticiple reports whether the lower-case word t looks like a present
// or past participle.
func isParticiple(t string) bool {
	if !doc.IsLowerWord(t) || notParticiples[t] {
		return false
	}
	if irregularParticiples[t] {
		return true
	}
	return len(t) > 4 && (strings.HasSuffix(t, "ing") || strings.HasSuffix(t, "ed"))
}

// participleObjectWords may follow a present participle inside a reduced
// relative clause: "working on", "living in", "waiting for".
var participleObjectWords = lex.Words("mention/participleObjectWords")

// participlePhrase reports whether a reduced relative clause opens at k:
// a present participle and a preposition ("workers living in tents"), or
// a past participle and its agent ("lanterns made by pupils"). A past
// form before anything else is as often the main verb ("the shares of
// the firm rose in value", "rose by 5 percent").
func participlePhrase(d *doc.Document, k int) bool {
	t := d.Tokens[k].Text
	next := strings.ToLower(d.Tokens[k+1].Text)
	if !isParticiple(t) {
		return false
	}
	if strings.HasSuffix(t, "ing") {
		return participleObjectWords[next]
	}
	return next == "by" && k+2 < len(d.Tokens) && doc.SameSentence(d, k, k+2) && !isQuantity(d.Tokens[k+2].Text)
}

// extendClauses widens each candidate over a relative clause after its
// noun ("firms which ...", "the team, which ..., ", "a hotel where ...")
// up to the clause's end, and over a participial phrase ("workers hired
// by the city") when the candidate is the object of a preposition. A
// restrictive relative clause (no comma) after a phrase that may be a
// subject (it opens the sentence or a clause) is left out: with no parse,
// its end cannot be told from the main verb's ("The group whose robots
// won the race left"). A candidate that ends in a name ("Senator Ana
// Ruiz") is left as it is: the name's extent is the tagger's. Of nested candidates ending at the same word only
// the outermost takes the clause, and a clause that would cut another
// mention is not taken.
func extendClauses(d *doc.Document, cands []doc.NominalMention) []doc.NominalMention {
	var spans [][2]int
	for _, m := range d.Mentions {
		spans = append(spans, [2]int{m.FirstTok, m.LastTok})
	}
	inName := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		if m.Kind == doc.Name {
			for k := m.FirstTok; k < m.LastTok; k++ {
				inName[k] = true
			}
		}
	}
	for _, c := range cands {
		spans = append(spans, [2]int{c.FirstTok, c.LastTok})
	}
	cuts := func(a, b int) bool {
		for _, s := range spans {
			if s[0] >= a && s[0] < b && s[1] > b {
				return true
			}
		}
		return false
	}
	outer := map[int]int{} // last token -> first token of the widest candidate ending there
	for _, c := range cands {
		if f, ok := outer[c.LastTok]; !ok || c.FirstTok < f {
			outer[c.LastTok] = c.FirstTok
		}
	}
	out := make([]doc.NominalMention, len(cands))
	for i, c := range cands {
		out[i] = c
		k := c.LastTok
		if k >= len(d.Tokens) || !doc.SameSentence(d, k, c.FirstTok) {
			continue
		}
		if inName[k-1] {
			continue // "senator Ana Ruiz, who ...": a name keeps its extent
		}
		if outer[c.LastTok] < c.FirstTok {
			continue // "the head of the firm which ...": the outer phrase takes the clause
		}
		prev := ""
		if c.FirstTok > 0 && doc.SameSentence(d, c.FirstTok-1, c.FirstTok) {
			prev = strings.ToLower(d.Tokens[c.FirstTok-1].Text)
		}
		end, restricted := 0, true
		switch {
		case d.Tokens[k].Text == "," && k+1 < len(d.Tokens) && doc.SameSentence(d, k, k+1) && relativeHead(d, k+1, c.Type):
			end, restricted = relativeClauseEnd(d, k+1, false), false // "the team, which won, ..."
		case relativeHead(d, k, c.Type) && doc.IsWordToken(prev) && !subjectOpeners[prev]:
			end = relativeClauseEnd(d, k, false)
		case relativeHead(d, k, c.Type) && appositionOpeners[prev]:
			// "Kestrel, a bakery which sells rye, said": an apposition
			// closes where it opened, with a mark.
			if end = relativeClauseEnd(d, k, false); end >= len(d.Tokens) || d.Tokens[end].Text != prev {
				end = 0
			}
		case objectPreps[prev] && k+1 < len(d.Tokens) && doc.SameSentence(d, k, k+1) && participlePhrase(d, k):
			end = relativeClauseEnd(d, k, true)
		}
		if end <= k+1 || cuts(c.FirstTok, end) {
			continue
		}
		n := describeNominal(d, c.FirstTok, end, c.Type)
		n.Head, n.Plural, n.Restricted = c.Head, c.Plural, restricted
		out[i] = n
	}
	return out
}
