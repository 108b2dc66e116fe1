package event

import "github.com/newsgraph/newsgraph/extract/doc"

// A possessed noun phrase as subject or object is the participant, not
// its possessor: in "harden our defenses" the defenses are hardened, not
// "we"; in "sold Ford's stock" the stock is sold. Before, a phrase whose
// head is no mention fell back to its owner (ctx.owner), which made the
// possessor the theme. The whole phrase becomes a thing (things.go) that
// holds the owner's mention, so an event keeps naming someone through it.

// ownedThing returns the thing mention of the subject or object w when w
// is a common noun with a possessor that is a mention ("our defenses",
// "Ford's stock"); -1 when w is a mention itself, has no such possessor,
// or can head no thing ("his death" is an event of its own), or stands
// for its owner ("his body was found": ownerNouns).
func (x *ctx) ownedThing(w int) int {
	d := x.d
	if w < 0 || x.mentionOf(w) >= 0 || x.antecedent(w) >= 0 || x.purposeSubject(w) || ownerNouns[x.lemma(w)] {
		return -1
	}
	owned := false
	for _, p := range d.Dependents(w, "nmod:poss") {
		if x.mentionOf(p) >= 0 {
			owned = true
		}
	}
	if !owned {
		return -1
	}
	mi := x.thingOf(w, true)
	if mi >= 0 && x.things[mi] && d.Mentions[mi].Kind == doc.Nominal {
		x.owned[mi] = true
		return mi
	}
	return -1
}

// purposeSubject reports a subject whose predicate is an infinitive after
// a copula: in "her goal is to win the seat" she, not the goal, wins.
func (x *ctx) purposeSubject(w int) bool {
	d := x.d
	h := d.Words[w].Head
	return h >= 0 && doc.RelIs(d.Words[w].Rel, "nsubj") && hasMark(d, h, "to") && len(d.Dependents(h, "cop")) > 0
}

// ownedEvent reports an event noun, no mention itself, with a possessor
// or a compounded name: what takes part is the event, which is no entity,
// not its owner ("backed her plan", "Google's bid collapsed", "opposed
// the Iran deal", "secured the GOP nomination"); but "Trump's campaign
// sought" is a body's act (agencyNouns).
func (x *ctx) ownedEvent(w int) bool {
	return w >= 0 && x.mentionOf(w) < 0 && x.eventNoun(w) && !agencyNouns[x.lemma(w)] &&
		len(x.d.Dependents(w, "nmod:poss", "compound")) > 0
}
