package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The "that" clause of a noun of claim ("his warning that the harbor
// would close", "the remarks Kim Lund made that the vote was rigged") is
// what the noun's holder says or thinks: when the quote stage made no claim
// of it, the events inside are still that holder's. The holder is the
// noun's possessor, or the subject of a relative clause that voices it
// ("the comments she made", lex quote/voicingVerbs).

var (
	claimNouns   = lex.Words("quote/claimNouns")
	voicingVerbs = lex.Words("quote/voicingVerbs")
)

// claimHolder returns the mention of who holds the claim whose "that"
// clause is n, hung on noun h; -1 when n is none or names no holder.
func (x *ctx) claimHolder(n, h int) int {
	d := x.d
	if !doc.RelIs(d.Words[n].Rel, "acl", "ccomp") || doc.RelIs(d.Words[n].Rel, "acl:relcl") || !hasMark(d, n, "that") {
		return -1
	}
	if v := d.Words[h].Head; v >= 0 && doc.RelIs(d.Words[h].Rel, "acl:relcl") && x.voicedClaim(h, v) {
		return x.subjectMention(h) // "the comments she made that ...", the clause hung on "made"
	}
	if d.Words[h].UPOS != "NOUN" || !claimNouns[x.lemma(h)] {
		return -1
	}
	for _, p := range d.Dependents(h, "nmod:poss") {
		if mi := x.mentionOf(p); mi >= 0 {
			return mi // "his warning that ..."
		}
	}
	for _, r := range d.Dependents(h, "acl:relcl") {
		if x.voicedClaim(r, h) {
			if mi := x.subjectMention(r); mi >= 0 {
				return mi // "the remarks she made that ..."
			}
		}
	}
	return -1
}

// voicedClaim reports whether relative clause r on noun h voices a claim:
// h is a noun of claim and r a voicing verb with no object of its own
// ("the comments she made").
func (x *ctx) voicedClaim(r, h int) bool {
	d := x.d
	return d.Words[h].UPOS == "NOUN" && claimNouns[x.lemma(h)] && voicingVerbs[x.lemma(r)] && len(d.Dependents(r, "obj")) == 0
}
