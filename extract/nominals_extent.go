package extract

import "strings"

// postmodPreps open a prepositional phrase that belongs to the noun phrase
// before it when its object is itself a mention: "the governments of the
// region", "teams from Morocco and Iran", "an attorney for Scientology".
// "of" almost always attaches to the noun; the others are taken after a
// person or organisation noun, not after a place ("the boat in the
// harbour" moors a place, it does not describe it).
var postmodPreps = map[string]bool{"of": true, "from": true, "for": true, "in": true, "at": true, "with": true, "to": true}

// extendPostmodifiers widens each common-noun candidate over a
// prepositional complement whose object is a name or another candidate,
// so that the mention is the whole noun phrase ("the Vice Chairman of
// Chrysler"), as coreference annotation marks it. The inner phrase stays a
// candidate of its own. A complement is taken once; a chain of them
// ("the head of the office of the mayor") is followed while each object is
// a mention.
func extendPostmodifiers(d *Document, cands []NominalMention) []NominalMention {
	endAt := map[int]int{} // first token -> widest mention end (exclusive)
	note := func(first, last int) {
		if last > endAt[first] {
			endAt[first] = last
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == Name {
			note(m.FirstTok, m.LastTok)
		}
	}
	for _, c := range cands {
		note(c.FirstTok, c.LastTok)
	}
	out := make([]NominalMention, len(cands))
	for i, c := range cands {
		last := c.LastTok
		for steps := 0; steps < 3 && last+1 < len(d.Tokens) && sameSentence(d, last, c.FirstTok); steps++ {
			p := strings.ToLower(d.Tokens[last].Text)
			if !postmodPreps[p] || (p != "of" && c.Type == Place) {
				break
			}
			if isPossessive(d.Tokens[last-1].Text) {
				break // "the team's" is a possessor, not a head
			}
			obj := last + 1
			end := endAt[obj]
			if end == 0 && obj+1 < len(d.Tokens) && npDeterminers[strings.ToLower(d.Tokens[obj].Text)] {
				end = endAt[obj+1] // "of the [Labour Party]"
			}
			if end == 0 || !sameSentence(d, end-1, c.FirstTok) {
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
