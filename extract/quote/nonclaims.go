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
// or the discourse marker "That said,".
func (c *qCtx) noClaimCue(t *tree, w int) bool {
	d := c.d
	if m := t.dep(w, "mark"); m >= 0 && m < w && conditionalMarks[qLower(d.Words[m].Text)] &&
		t.dep(w, "aux:pass") >= 0 && t.dep(w, "obl:agent") < 0 {
		return true
	}
	if oathCues[qLower(d.Words[w].Lemma)] && t.dep(w, "aux:pass") >= 0 {
		return true
	}
	return c.discourseMarker(w)
}

// discourseMarker reports whether cue w and a demonstrative before it
// open their sentence as a marker set off by a comma: "That said,", "This
// said,": the narrator's turn to what follows, not speech.
func (c *qCtx) discourseMarker(w int) bool {
	d := c.d
	k := d.Words[w].Token
	s := c.sentStart(k)
	if k != s+1 || k+1 >= len(c.low) || c.low[k+1] != "," {
		return false
	}
	x := d.TokenWord(s)
	return x >= 0 && d.Words[x].XPOS == "DT" && (c.low[s] == "that" || c.low[s] == "this")
}
