package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// An event noun a verb to come takes part in is to come too, whatever the
// verb's certainty: "they may be running in the county vote",
// "she will attend the debate" (the election, the debate lie ahead, though
// the competing is only possible). An act done to the verb's subject that
// the verb receives is as sure as the verb, and under its condition: "if
// we win the nomination", "she will likely clinch the nomination" (the
// nomination is conditional, probable). Definite nouns only: the rules of
// nounGoverned read the indefinite ones already.

var (
	// contestFrames are held on a day or a few, and taken part in.
	contestFrames = lex.Words("event/contestFrames")
	// contestVerbs take such an event as object: "win the election".
	contestVerbs = lex.Words("event/contestVerbs")
)

// occasionAhead applies to definite event noun n, an argument of verb h,
// what h's being to come says of it.
func (x *ctx) occasionAhead(n, h int, f *doc.Factuality, memo map[int]*doc.Factuality) {
	d := x.d
	if d.Words[h].UPOS != "VERB" || !x.definite(n) || x.dated(n) || x.datedNow(h) || x.purpose(h) || x.perfect(h) {
		// "hoped to pull ahead on Friday at the last forum": the date says when
		return
	}
	rel := d.Words[n].Rel
	switch {
	case doc.RelIs(rel, "obj") && receiverVerbs[x.lemma(h)] && receivedFrames[frameOf[x.lemma(n)]] && !x.passive(h):
		g := x.factuality(h, "", memo)
		if g.Time == future {
			f.Time = future // "will win the nomination": named before it is had
			raise(&f.Certainty, g.Certainty)
		}
		if f.SpecialCases == "" {
			f.SpecialCases = g.SpecialCases // "if we win the nomination"
		}
	case x.contest(n) && (doc.RelIs(rel, "obj") && contestVerbs[x.lemma(h)] || x.inOne(n)):
		if x.factuality(h, "", memo).Time == future {
			f.Time = future // "may be running in the county vote", "might not win the election"
		}
	}
}

// contest reports whether event noun n is held on a day and taken part
// in: an election, a debate, a convention, a caucus.
func (x *ctx) contest(n int) bool {
	return contestFrames[frameOf[x.lemma(n)]] || venueNouns[x.lemma(n)]
}

// purpose reports whether verb h is an infinitive of aim on a verb or a
// noun ("beat 16 rivals to clinch the nomination"): told ahead of the act
// it serves, which may well be done.
func (x *ctx) purpose(h int) bool {
	return doc.RelIs(x.d.Words[h].Rel, "advcl", "acl") && infinitive(x.d, h)
}

// inOne reports whether noun n is a verb's in-phrase naming one event
// ("running in the county vote"); the plural names a series, some
// of it past ("could not take part in the spring caucuses"), and an at-phrase
// is read by nounGoverned ("at our convention" may be the one under way).
func (x *ctx) inOne(n int) bool {
	d := x.d
	return doc.RelIs(d.Words[n].Rel, "obl") && caseOf(d, n) == "in" && d.Words[n].XPOS != "NNS" && d.Words[n].XPOS != "NNPS"
}

// datedNow reports whether verb h has a date not after the article's: its
// act, and the occasion of it, are then no later than told. after does not
// compare seasons and quarters ("2016-SU"), so a verb dated "this summer"
// counts as dated now and its occasion is not put ahead.
func (x *ctx) datedNow(h int) bool {
	t, v := x.when(h)
	return t >= 0 && !after(v, x.d)
}
