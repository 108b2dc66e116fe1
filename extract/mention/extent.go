package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// postmodPreps open a prepositional phrase that belongs to the noun phrase
// before it when its object is itself a mention: "the governments of the
// region", "teams from Morocco and Iran", "an attorney for Scientology".
// "of" almost always attaches to the noun; the others are taken after a
// person or organisation noun, not after a place ("the boat in the
// harbour" moors a place, it does not describe it).
var postmodPreps = lex.Words("mention/postmodPreps")

// affiliationPreps may follow a name inside a description: "analyst Ana
// Ruiz of Kestrel", "Mayor Ola Berg from the Green Party".
var affiliationPreps = lex.Words("mention/affiliationPreps")

// extendPostmodifiers widens each common-noun candidate over a
// prepositional complement whose object is a name or another candidate,
// so that the mention is the whole noun phrase ("the Vice Chairman of
// Chrysler"), as coreference annotation marks it. The inner phrase stays a
// candidate of its own. A complement is taken once; a chain of them
// ("the head of the office of the mayor") is followed while each object is
// a mention.
func extendPostmodifiers(d *doc.Document, cands []doc.NominalMention) []doc.NominalMention {
	endAt := map[int]int{} // first token -> widest mention end (exclusive)
	note := func(first, last int) {
		if last > endAt[first] {
			endAt[first] = last
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name {
			note(m.FirstTok, m.LastTok)
		}
	}
	for _, c := range cands {
		note(c.FirstTok, c.LastTok)
	}
	nameEnd := map[int]bool{} // tokens that end a name
	for _, m := range d.Mentions {
		if m.Kind == doc.Name {
			nameEnd[m.LastTok] = true
		}
	}
	out := make([]doc.NominalMention, len(cands))
	for i, c := range cands {
		last := c.LastTok
		if nameEnd[last] && last-c.FirstTok > 1 && last < len(d.Tokens) && !affiliationPreps[strings.ToLower(d.Tokens[last].Text)] {
			out[i] = c // "coach Ana Ruiz in Oslo": after a name only "of"/"from" tell its affiliation
			continue
		}
		for steps := 0; steps < 3 && last+1 < len(d.Tokens) && doc.SameSentence(d, last, c.FirstTok); steps++ {
			p := strings.ToLower(d.Tokens[last].Text)
			if !postmodPreps[p] || (p != "of" && c.Type == doc.Place) {
				break
			}
			if doc.IsPossessive(d.Tokens[last-1].Text) {
				break // "the team's" is a possessor, not a head
			}
			obj := last + 1
			end := endAt[obj]
			if end == 0 && obj+1 < len(d.Tokens) && lex.NPDeterminers[strings.ToLower(d.Tokens[obj].Text)] {
				end = endAt[obj+1] // "of the [Labour Party]"
			}
			if end == 0 && (p == "of" || p == "in" || p == "from") {
				end = plainObjectEnd(d, obj)
			}
			if end == 0 || !doc.SameSentence(d, end-1, c.FirstTok) {
				break
			}
			last = end
		}
		if last != c.LastTok {
			n := describeNominal(d, c.FirstTok, last, c.Type)
			n.Head = c.Head
			n.Plural = c.Plural
			c = n
		}
		out[i] = c
	}
	return out
}

// clauseWords open a clause, not a noun phrase: a segment after a comma
// that starts with one is a relative clause or a predicate.
var clauseWords = lex.Words("mention/clauseWords")

// leadingPreps are prepositions a tagged phrase may wrongly start with
// ("by 15,000 people", "including Mayor Ana Ruiz").
var leadingPreps = lex.Words("mention/leadingPreps")

// trimCandidates repairs tagged phrases that run across a comma ("Friday,
// fishermen", "Daniel Akerson, who was appointed") or open with a
// preposition: a phrase is cut to its part after the last comma, or to
// its part before the first one when what follows opens a clause; a comma
// inside a number ("54,000 employees") is no cut. Phrases left empty, and
// parts before a clause that hold a word no noun phrase has, are dropped.
func trimCandidates(d *doc.Document, cands []doc.NominalMention) []doc.NominalMention {
	out := cands[:0:0]
	for _, c := range cands {
		a, b := c.FirstTok, c.LastTok
		cut := false
		for a < b && leadingPreps[strings.ToLower(d.Tokens[a].Text)] {
			a++
		}
		for k := b - 1; k > a; k-- {
			if d.Tokens[k].Text != "," {
				continue
			}
			if k+1 < b && clauseWords[strings.ToLower(d.Tokens[k+1].Text)] {
				b = k
				k = b
				cut = true
				continue
			}
			a = k + 1
			break
		}
		for a < b && doc.IsEdgeJunk(d.Tokens[a].Text) {
			a++
		}
		for b > a && doc.IsEdgeJunk(d.Tokens[b-1].Text) {
			b--
		}
		if a >= b || (cut && !nounPhraseWords(d, a, b)) {
			continue // "The club signed Ola Berg, who ...": a clause, not a phrase
		}
		if a != c.FirstTok || b != c.LastTok {
			c = describeNominal(d, a, b, c.Type)
		}
		out = append(out, c)
	}
	return out
}

// nounPhraseWords reports whether every word of [a, b) may stand in a noun
// phrase, by the chunker's lexicon: determiners, modifiers, head nouns,
// numbers, possessives, capitalised words.
func nounPhraseWords(d *doc.Document, a, b int) bool {
	for k := a; k < b; k++ {
		t := d.Tokens[k].Text
		w := strings.ToLower(t)
		_, head := lex.NounType(w)
		if !(lex.NPDeterminers[w] || lex.IsModifier(w) || head || doc.IsNumber(t) || doc.IsPossessive(t) ||
			doc.IsCapitalised(t) || (strings.Contains(w, "-") && doc.IsWordToken(t))) || lex.NotNPWord[w] {
			return false
		}
	}
	return true
}

// plainObjectDets open the object phrases plainObjectEnd takes; a
// possessive ("for their hard work") more often opens an adjunct.
var plainObjectDets = lex.Words("mention/plainObjectDets")

// plainObjectEnd is the end of a short noun phrase that is no mention at
// obj, the object of "of", "in" or "from": an article or determiner and one or
// two lower-case words before a clear boundary (punctuation, a verb like
// "was" or "said", another preposition, the end of the sentence), as in
// "every team in [the contest] was", "the 163 teams in [the competition].".
// 0 when the words after obj are not surely such a phrase.
func plainObjectEnd(d *doc.Document, obj int) int {
	if obj >= len(d.Tokens) || !plainObjectDets[strings.ToLower(d.Tokens[obj].Text)] {
		return 0
	}
	k := obj + 1
	for k < len(d.Tokens) && k-obj <= 2 && doc.SameSentence(d, obj, k) && doc.IsLowerWord(d.Tokens[k].Text) &&
		!lex.NotNPWord[d.Tokens[k].Text] && !lex.PostHead[d.Tokens[k].Text] && !lex.NPDeterminers[d.Tokens[k].Text] {
		k++
	}
	if k == obj+1 {
		return 0
	}
	if k < len(d.Tokens) && doc.SameSentence(d, obj, k) {
		w := strings.ToLower(d.Tokens[k].Text)
		if (doc.IsWordToken(d.Tokens[k].Text) && !lex.NotNPWord[w] && !lex.PostHead[w]) || doc.IsPossessive(w) {
			return 0 // the phrase goes on, or a verb follows that may belong to it
		}
	}
	return k
}
