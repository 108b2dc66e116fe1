package quote

import "github.com/newsgraph/newsgraph/extract/lex"

// conditionalMarks mark a clause told as a condition.
var conditionalMarks = lex.Words("quote/conditionalMarks")

// oathCues are verbs of promising whose passive binds, not claims.
var oathCues = lex.Words("quote/oathCues")

// noClaimCue reports whether cue w, by its grammar, asserts no claim: a
// passive with no agent in a condition, a finding no one has made ("if
// it was found to ..."; one named in a condition still holds a stance:
// "if Lee opposes the plan"), a passive oath ("were sworn to secrecy")
// or the discourse marker "That said," (lex.SayingIdiom, asked by the
// caller).
func (c *qCtx) noClaimCue(t *tree, w int) bool {
	d := c.d
	if m := t.dep(w, "mark"); m >= 0 && m < w && conditionalMarks[qLower(d.Words[m].Text)] &&
		t.dep(w, "aux:pass") >= 0 && t.dep(w, "obl:agent") < 0 {
		return true
	}
	if oathCues[qLower(d.Words[w].Lemma)] && t.dep(w, "aux:pass") >= 0 {
		return true
	}
	return false
}
