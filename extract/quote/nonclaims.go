package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// conditionalMarks mark a clause told as a condition.
var conditionalMarks = lex.Words("quote/conditionalMarks")

// oathCues are verbs of promising whose passive binds, not claims.
var oathCues = lex.Words("quote/oathCues")

// riskCues tell a risk when their subject is a thing.
var riskCues = lex.Words("quote/riskCues")

// noClaimCue reports whether cue w, by its grammar, asserts no claim: a
// passive with no agent in a condition, a finding no one has made ("if
// it was found to ..."; one named in a condition still holds a stance:
// "if Lee opposes the plan"), a passive oath ("were sworn to secrecy"),
// the writer's framing with an expletive "it" (expletiveFrame), or the
// discourse marker "That said," (lex.SayingIdiom, asked by the caller).
func (c *qCtx) noClaimCue(t *tree, w int) bool {
	d := c.d
	if m := t.dep(w, "mark"); m >= 0 && m < w && conditionalMarks[qLower(d.Words[m].Text)] &&
		t.dep(w, "aux:pass") >= 0 && t.dep(w, "obl:agent") < 0 {
		return true
	}
	if oathCues[qLower(d.Words[w].Lemma)] && t.dep(w, "aux:pass") >= 0 {
		return true
	}
	return c.expletiveFrame(t, w) || c.riskOfThing(t, w)
}

// thingPronouns stand for a thing, never a speaker (lex
// quote/thingPronouns).
var thingPronouns = lex.Words("quote/thingPronouns")

// riskOfThing reports whether cue w is a verb of risk (riskCues) whose
// subject is a thing, not anyone who could speak: "The ruling threatens
// to split the party.", "a feud that threatened to split them". A
// relative clause's subject is the noun the clause hangs on.
func (c *qCtx) riskOfThing(t *tree, w int) bool {
	d := c.d
	if !riskCues[qLower(d.Words[w].Lemma)] {
		return false
	}
	s := t.dep(w, "nsubj")
	if doc.RelIs(d.Words[w].Rel, "acl") && d.Words[w].Head >= 0 {
		s = d.Words[w].Head // "a feud that threatened", "Lee, who last spring threatened"
	}
	if s < 0 {
		return false
	}
	switch x := d.Words[s]; {
	case x.UPOS == "NOUN" && c.inTimex(x.Start):
		return false // "who last spring threatened": a date the parser took for the subject
	case x.UPOS == "NOUN":
		typ, ok := lex.HeadNoun(qLower(x.Text))
		return !ok || typ != doc.Person && typ != doc.Organization
	case x.UPOS == "PRON":
		return thingPronouns[qLower(x.Text)]
	}
	return false
}

// expletiveFrame reports whether cue w, a gerund or infinitive, is the
// writer's framing of a predicate with an expletive "it" ("It is worth
// noting that ...", "It is too soon to say whether ..."): no one says it,
// and "it" is no speaker. A verb over the cue keeps its subject's claim
// ("It goes on to argue that ...": the report argues), and so does a cue
// with a subject of its own ("It was in May that Lee was saying ...").
func (c *qCtx) expletiveFrame(t *tree, w int) bool {
	d := c.d
	if x := d.Words[w].XPOS; x != "VBG" && x != "VB" {
		return false
	}
	it := func(p int) bool {
		s := t.dep(p, "expl", "nsubj")
		return s >= 0 && s < w && qLower(d.Words[s].Text) == "it"
	}
	if t.dep(w, "cop") >= 0 && it(w) {
		return true // "It is too soon to say", the copula hung on the cue
	}
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "advcl", "csubj", "xcomp", "ccomp") || t.dep(w, "nsubj") >= 0 {
		return false
	}
	switch d.Words[h].UPOS {
	case "ADJ", "ADV", "NOUN":
		return it(h)
	}
	return false
}
