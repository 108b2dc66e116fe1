package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// contentOf returns the content the parse gives cue predicate w of the
// given kinds, and the word naming whom it was said to (-1). The first
// kind that finds content wins, clauses before infinitives before objects.
func (c *qCtx) contentOf(t *tree, w int, kinds cueKind, src int, passive bool) ([]doc.Span, int) {
	d := c.d
	if passive {
		// "The governor is expected to sign", "He is said to be ill",
		// "She is seen as a moderate".
		if s, x := t.dep(w, "nsubj"), c.passivePredicate(t, w, kinds); s >= 0 && x >= 0 {
			return c.pieces(t, []int{s, x}, nil, 2), -1
		}
	}
	if kinds&kClause != 0 {
		if cl := c.clauseOf(t, w, kinds, src); len(cl) > 0 {
			return cl, c.addressee(t, w)
		}
	}
	x := c.infinitive(t, w)
	if kinds&kUrge != 0 && x < 0 {
		if o, y := c.urgedTo(t, w); y >= 0 {
			return c.pieces(t, []int{o}, c.besideObject(t, []int{o}), 2), o // "asked the campaign | to cease" with "to cease" under the object
		}
	}
	if kinds&kUrge != 0 && x >= 0 {
		// "urged voters to reject the measure", "called on Congress to act"
		if o := t.dep(w, "obj", "iobj"); o >= 0 && o < x && (kinds&kName == 0 || c.canSpeak(t, o)) {
			// one a naming verb urges can act: not "called an emergency meeting to discuss"
			return c.pieces(t, []int{o, x}, c.besideObject(t, []int{o, x}), 2), o
		}
		if o := t.dep(w, "obl"); o >= 0 && o < x && t.caseOf(o) == "on" {
			return c.pieces(t, []int{o, x}, []int{t.dep(o, "case")}, 2), o
		}
	}
	if kinds&kIntend != 0 && x >= 0 && d.Words[x].UPOS == "VERB" && !noClaimHeads[qLower(d.Words[x].Lemma)] {
		roots, cuts := c.infinitiveRest(t, w, x)
		if o := c.infinitiveSubject(t, w, x, kinds); o >= 0 {
			roots = append(roots, o)
		}
		return c.pieces(t, roots, append(cuts, c.strayClauses(t, x)...), 2), -1
	}
	if kinds&kObject != 0 || kinds&kSay != 0 && !thingCues[qLower(d.Words[w].Lemma)] {
		if o := t.dep(w, "obj"); o >= 0 && o > w && (src < 0 || !t.under(src, o)) && o != c.addressee(t, w) && !c.asksOnly(t, o) && !c.appointed(kinds, o) {
			if cl := c.brokenClause(t, w, o); kinds&kClause != 0 && len(cl) > 0 {
				return cl, -1
			}
			roots := c.withPredicate(t, w, o, kinds&kShow != 0)
			if kinds&kName != 0 && kinds&(kObject|kSay)&^kName == 0 && !c.saysOf(t, w, roots) {
				return nil, -1 // "called an emergency meeting to discuss ...", "saw the film": no speech without a predicate
			}
			if c.objectSays(roots) {
				cuts := append(c.cueTimes(t, o), c.besideObject(t, roots)...)
				return c.pieces(t, roots, append(cuts, c.clausesOn(t, o)...), 1), -1
			}
		}
	}
	if kinds&kFor != 0 {
		for _, k := range t.children(w) {
			k := int(k)
			if doc.RelIs(d.Words[k].Rel, "obl") && t.caseOf(k) == "for" && !noClaimHeads[qLower(d.Words[k].Text)] {
				return c.pieces(t, c.forWhat(t, w, k), []int{t.dep(k, "case")}, 1), -1
			}
		}
	}
	return nil, -1
}

// strayClauses are the finite clauses the parse hung as complements on
// infinitive x when x takes none ("the senators who wanted to attend the
// summit could face a choice", parsed with "could face" under "attend":
// the sentence's main clause, lost by the parser, is not what was
// wanted); none under a cue of speech or thought ("hoped to show that it
// works").
func (c *qCtx) strayClauses(t *tree, x int) []int {
	if c.cueKinds(t, x)&kClause != 0 {
		return nil
	}
	var out []int
	for _, k := range t.children(x) {
		k := int(k)
		if doc.RelIs(c.d.Words[k].Rel, "ccomp") && t.dep(k, "nsubj") >= 0 && t.dep(k, "aux") >= 0 {
			out = append(out, k)
		}
	}
	return out
}

// clauseOf returns the clause a cue of speech or thought reports: its
// clausal complement ("said (that) ..."), an embedded question ("asked
// whether ..."), or the clause it interrupts or follows as a parenthetical
// ("..., she said", "The deal, he said, is dead").
func (c *qCtx) clauseOf(t *tree, w int, kinds cueKind, src int) []doc.Span {
	d := c.d
	if cl := c.relativeClaim(w); len(cl) > 0 {
		return cl
	}
	if cl := c.parenthetical(w); len(cl) > 0 {
		return cl
	}
	if cc := c.complement(t, w); cc >= 0 && !adverbialMarks[t.caseOf(cc)] {
		if x := c.thatClauseUnder(t, w, cc); x >= 0 {
			return c.pieces(t, []int{x}, nil, 2)
		}
		if cl := c.splitOpening(t, w, cc); len(cl) > 0 {
			return cl
		}
		if h := c.interrupted(t, w); h >= 0 && cc > w && !c.ownClause(t, w, cc) {
			// "The repairs, she said, had cost ...": the clause goes on
			// after the parenthetical, whatever the parser hung it on.
			before := c.pieces(t, []int{h}, []int{w}, 1)
			return append(before, c.pieces(t, []int{cc}, nil, 1)...)
		}
		if h := c.frontedSubject(t, w, cc); h >= 0 {
			return append(c.pieces(t, []int{h}, nil, 1), c.pieces(t, []int{cc}, nil, 1)...)
		}
		if h, a := c.subjectBeforeSpeaker(t, w, cc); h >= 0 {
			return append(c.pieces(t, []int{h}, []int{a}, 1), c.pieces(t, []int{cc}, nil, 1)...)
		}
		roots := c.adjoining(t, w, cc)
		if o := t.dep(w, "obj"); o > w && o < cc && t.caseOf(cc) == "" {
			roots = append(roots, o) // "says the majority ... are women": the clause's subject
		}
		if k := c.concession(t, w, roots); k >= 0 {
			roots = append(roots, k)
		}
		return c.pieces(t, roots, append(c.contrasts(t, roots), c.beforeMark(t, cc)...), 2)
	}
	if r := c.thatAfterAdjunct(t, w); r >= 0 && kinds&kSay != 0 {
		return c.pieces(t, c.withRest(t, w, r), nil, 2) // "argued for the second time | that ..."
	}
	for _, k := range t.children(w) {
		k := int(k)
		rel := d.Words[k].Rel
		if rel == "parataxis" && k < w {
			return c.pieces(t, []int{k}, nil, 2) // "The vote is close, an aide said."
		}
		if kinds&kSay != 0 && rel == "advcl" && (t.caseOf(k) == "whether" || t.caseOf(k) == "if") {
			return c.pieces(t, []int{k}, nil, 2)
		}
	}
	if cl := c.objectClause(t, w); len(cl) > 0 {
		return cl
	}
	if h := c.interrupted(t, w); h >= 0 {
		cuts := []int{w}
		if f, _ := c.d.SentenceWords(c.d.Words[w].Sentence); f < w && c.d.Words[f].UPOS == "CCONJ" {
			cuts = append(cuts, f) // "But as Lund said, the depot is gone": the narrator's link
		}
		return c.pieces(t, []int{h}, cuts, 2)
	}
	if kinds&kSay != 0 {
		if cl := c.clauseBefore(t, w, src); len(cl) > 0 {
			return cl
		}
	}
	if kinds&(kSay|kThink) != 0 && (clauseCues[qLower(d.Words[w].Lemma)] || t.dep(w, "obj", "xcomp") < 0) {
		return c.clauseAfter(t, w)
	}
	return nil
}

// splitOpening returns the clause cue w reports, read off the words, when
// a parser split its opening off complement cc: cc has no subject or
// complementizer, and the words between the cue's adjuncts and cc open a
// clause ("said this year that cutbacks | could cost", "told the Times
// that Carter believes his use | was a mistake", the opening hung on a
// noun as a relative clause); nil otherwise.
func (c *qCtx) splitOpening(t *tree, w, cc int) []doc.Span {
	d := c.d
	if cc < w || t.dep(cc, "nsubj", "expl", "csubj", "mark") >= 0 {
		return nil
	}
	f, l := t.span(cc)
	e := c.sentEnd(d.Words[w].Token)
	k := c.afterAdjuncts(t, w, d.Words[w].Token+1, e)
	if k >= d.Words[f].Token || !c.opensClause(k) {
		return nil
	}
	if o := t.dep(w, "obj"); o >= 0 && !clauseCues[qLower(d.Words[w].Lemma)] {
		for j := d.Words[w].Token + 1; j <= k; j++ {
			if x := d.TokenWord(j); x >= 0 && t.under(x, o) {
				return nil // "demanded an explanation for ...": an object of its own
			}
		}
	}
	cl := c.clauseFrom(k, e)
	if len(cl) == 0 || cl[len(cl)-1].End < d.Words[l-1].End && !c.trailingCue(cc, cl) {
		return nil
	}
	return cl
}

// trailingCue reports whether complement cc is a participle of speech
// after clause cl, which a parser took for the cue's complement: `told
// them that fears were “overblown,” | adding that ...`.
func (c *qCtx) trailingCue(cc int, cl []doc.Span) bool {
	w := c.d.Words[cc]
	return w.XPOS == "VBG" && cueLemmas[qLower(w.Lemma)]&kSay != 0 && cl[len(cl)-1].End <= w.Start
}

// ownClause reports whether complement cc is all that cue w says: a
// clause with its own subject or complementizer right after the cue, no
// comma between ("He hired a plane — people suspected that he ...", "Even
// as she won, many insist there was fraud"), which no parenthetical
// continues ("It was impossible, he said, so they ...").
func (c *qCtx) ownClause(t *tree, w, cc int) bool {
	first, _, _ := c.d.Subtree(cc)
	for first < cc && c.d.Words[first].UPOS == "PUNCT" {
		first++ // the comma the parser hangs on the complement
	}
	return t.dep(cc, "nsubj", "expl", "mark") >= 0 && first > w && !c.commaBetween(w, first)
}

// root returns the root of the sentence of word w.
func (c *qCtx) root(w int) int {
	for steps := 0; c.d.Words[w].Head >= 0 && steps < len(c.d.Words); steps++ {
		w = c.d.Words[w].Head
	}
	return w
}

// objectSays reports whether the object (and predicate) roots of cue w
// make a claim: not a reflexive or reciprocal, "nothing" or a time alone
// ("found itself", "praised each other", "revealed nothing", "tweeted
// Sunday").
func (c *qCtx) objectSays(roots []int) bool {
	if len(roots) > 1 {
		return true
	}
	o := c.d.Words[roots[0]]
	return !qEmptyObject(qLower(o.Text)) && !c.inTimex(o.Start) && !c.reciprocal(roots[0])
}

// inTimex reports whether code point off lies in a time expression: a
// parser takes "responded Friday" for an object.
func (c *qCtx) inTimex(off int) bool {
	for _, x := range c.d.Timexes {
		if x.Start <= off && off < x.End {
			return true
		}
	}
	return false
}

// inDate reports whether code point off lies in a date or a clock time,
// which never speaks (a duration may be a misread share: "a quarter say").
func (c *qCtx) inDate(off int) bool {
	for _, x := range c.d.Timexes {
		if x.Start <= off && off < x.End {
			return x.Type == "DATE" || x.Type == "TIME"
		}
	}
	return false
}

// passivePredicate returns what a passive cue w of the given kinds says
// of its subject: its open complement ("is expected to win") or, for a cue
// that judges or names, its "as" phrase ("is seen as a moderate"); -1 when
// none. A cue of thought with "as" tells a name or a repute, not what is
// held true: "is known as a fan".
func (c *qCtx) passivePredicate(t *tree, w int, kinds cueKind) int {
	as := kinds&(kJudge|kName) != 0
	if x := t.dep(w, "xcomp"); x >= 0 && (as || t.caseOf(x) != "as") {
		return x
	}
	for _, k := range t.children(w) {
		if k := int(k); as && k > w && doc.RelIs(c.d.Words[k].Rel, "obl", "advcl") && t.caseOf(k) == "as" {
			return k
		}
	}
	return -1
}

// infinitive returns the open complement of w ("vowed to rebuild"), or
// an infinitive clause a parser hung on it as an adjunct ("urged them to
// reject"); -1 when there is none.
func (c *qCtx) infinitive(t *tree, w int) int {
	if x := t.dep(w, "xcomp"); x >= 0 {
		return x
	}
	for _, k := range t.children(w) {
		if k := int(k); c.d.Words[k].Rel == "advcl" && t.caseOf(k) == "to" && k > w {
			return k
		}
	}
	return -1
}

// forWhat returns the "for" phrase k of cue w with what the cue hangs
// after it: "called for the state to act", "called for flexibility for
// advisers to assist local forces".
func (c *qCtx) forWhat(t *tree, w, k int) []int {
	roots := []int{k}
	for _, x := range t.children(w) {
		x := int(x)
		if x <= k {
			continue
		}
		switch rel := c.d.Words[x].Rel; {
		case rel == "xcomp", rel == "advcl" && t.caseOf(x) == "to", doc.RelIs(rel, "obl") && t.caseOf(x) == "for":
			roots = append(roots, x)
		}
	}
	return roots
}

// withPredicate returns the object o of a judging or showing cue w and
// what the cue says of it after it: "called him a liar", "described it as
// a failure", "characterized him as desperate", "accused her of lying";
// for a cue that shows (show), also the state it shows the object in:
// "showed Clinton leading", "shows Trump far out in front".
func (c *qCtx) withPredicate(t *tree, w, o int, show bool) []int {
	d := c.d
	roots := []int{o}
	for _, k := range t.children(w) {
		k := int(k)
		if k < o {
			continue
		}
		first, _ := t.span(k)
		switch rel := d.Words[k].Rel; {
		case rel == "xcomp", rel == "obl:unmarked" && !c.inTimex(d.Words[k].Start):
			roots = append(roots, k) // a bare time on the cue ("announced plans Tuesday to close") says when it was said
		case doc.RelIs(rel, "advcl") && adverbialMarks[t.caseOf(k)] && t.dep(k, "nsubj") >= 0 && c.finite(t, k):
			// a finite clause with its own subject says when or why:
			// "condemned the launch as Pyongyang fired three more"; not
			// "sees Clinton as the candidate most likely to win"
		case doc.RelIs(rel, "obl", "advcl") && (t.caseOf(k) == "as" || t.caseOf(k) == "for" || t.caseOf(k) == "of"):
			roots = append(roots, k)
		case doc.RelIs(rel, "advcl", "obl") && c.low[d.Words[first].Token] == "as":
			roots = append(roots, k) // "as" parsed as an adverb: "characterized him as, 'desperate'"
		case show && doc.RelIs(rel, "advmod", "obl", "ccomp", "advcl") && !c.inTimex(d.Words[k].Start) &&
			!(doc.RelIs(rel, "advcl") && t.caseOf(k) != ""):
			roots = append(roots, k) // not "showed it by joking", "when he spoke"
		case c.predicateConjunct(t, k, roots):
			roots = append(roots, k) // "calling the plan “reckless” and “cruel”": the second of what it is called
		}
	}
	return roots
}

// clausesOn returns the adverbial clauses a parser hung on object o of a
// cue as if they modified it: a finite clause with its own subject that
// an adverbial mark opens ("condemned the launch | as Pyongyang fired
// three missiles") tells when or why the cue was said, not what; so does
// what the parser hung on o after it.
func (c *qCtx) clausesOn(t *tree, o int) []int {
	var cuts []int
	for _, k := range t.children(o) {
		k := int(k)
		if len(cuts) > 0 || k > o && doc.RelIs(c.d.Words[k].Rel, "acl") && adverbialMarks[t.caseOf(k)] &&
			t.dep(k, "nsubj") >= 0 && c.finite(t, k) {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// cueTimes returns the bare time expressions a parser hangs on object o
// of a cue, which tell when the cue was said ("announced plans Tuesday to
// close", "unveiled a bill Monday"): no part of what was said.
func (c *qCtx) cueTimes(t *tree, o int) []int {
	d := c.d
	var cuts []int
	for _, k := range t.children(o) {
		k := int(k)
		if k > o && d.Words[k].UPOS != "PUNCT" && t.caseOf(k) == "" && c.inTimex(d.Words[k].Start) &&
			doc.RelIs(d.Words[k].Rel, "appos", "obl", "nmod", "compound", "dep") {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// addressee returns the one a speech cue w was addressed to: its indirect
// object ("told reporters that"), the object of a verb of telling ("told
// him that"), or a "to" phrase ("said to reporters"); -1 when none.
func (c *qCtx) addressee(t *tree, w int) int {
	if o := t.dep(w, "iobj"); o >= 0 {
		return o
	}
	if o := t.dep(w, "obj"); o >= 0 && qAddresseeVerbs[qLower(c.d.Words[w].Lemma)] {
		return o
	}
	for _, k := range t.children(w) {
		if doc.RelIs(c.d.Words[k].Rel, "obl") && t.caseOf(int(k)) == "to" {
			return int(k)
		}
	}
	return -1
}

// pieces returns the text of the subtrees of roots without those of cuts
// (-1 entries are ignored) and without direct quotations, as spans of
// adjacent tokens trimmed of the punctuation at their edges; nil when
// fewer than minWords words remain.
func (c *qCtx) pieces(t *tree, roots, cuts []int, minWords int) []doc.Span {
	d := c.d
	sf, sl := d.SentenceWords(d.Words[roots[0]].Sentence)
	var out []doc.Span
	words, a, b := 0, -1, -1 // the current run of tokens [a, b]
	flush := func() {
		if a >= 0 {
			if sp, n := c.trimmed(a, b+1); n > 0 {
				out = append(out, sp)
				words += n
			}
		}
		a, b = -1, -1
	}
	for x := sf; x < sl; x++ {
		tok := d.Words[x].Token
		if !c.inPieces(t, x, roots, cuts) || c.used[tok] {
			continue
		}
		if a >= 0 && tok > b+1 && !c.onlyPunct(b+1, tok) {
			flush()
		}
		if a < 0 {
			a = tok
		}
		b = tok
	}
	flush()
	if words < minWords {
		return nil
	}
	return out
}

func (c *qCtx) inPieces(t *tree, x int, roots, cuts []int) bool {
	for _, k := range cuts {
		if k >= 0 && t.under(x, k) {
			return false
		}
	}
	for _, r := range roots {
		if t.under(x, r) {
			return true
		}
	}
	return false
}

// onlyPunct reports whether tokens [a, b) are punctuation outside
// quotations (commas a parser hung elsewhere), which a content may span.
func (c *qCtx) onlyPunct(a, b int) bool {
	for k := a; k < b; k++ {
		if qIsWord(c.low[k]) || c.used[k] || doc.IsQuoteMark(c.low[k]) {
			return false
		}
	}
	return true
}

// trimmed returns the span of tokens [a, b) without the punctuation at
// its edges and without a quotation mark left unpaired at either edge,
// and the number of words in it.
func (c *qCtx) trimmed(a, b int) (doc.Span, int) {
	for {
		for a < b && qEdgePunct(c.low[a]) {
			a++
		}
		for b > a && (qEdgePunct(c.low[b-1]) || c.low[b-1] == ".") {
			b--
		}
		marks := 0
		for k := a; k < b; k++ {
			if doc.IsQuoteMark(c.low[k]) && c.low[k] != "’" && c.low[k] != "'" {
				marks++
			}
		}
		switch {
		case marks%2 == 1 && a < b && doc.IsQuoteMark(c.low[a]):
			a++
			continue
		case marks%2 == 1 && b > a && doc.IsQuoteMark(c.low[b-1]):
			b--
			continue
		case marks%2 == 1 && c.closeAt(b) > b:
			b = c.closeAt(b) // `that he thinks “children should listen.”`: the clause ends inside its quotation
		}
		break
	}
	n := 0
	for k := a; k < b; k++ {
		if qIsWord(c.low[k]) {
			n++
		}
	}
	if n == 0 {
		return doc.Span{}, 0
	}
	return doc.Span{Start: c.d.Tokens[a].Start, End: c.d.Tokens[b-1].End}, n
}

// qEdgePunct is punctuation that never opens or closes a claim's content.
func qEdgePunct(s string) bool {
	switch s {
	case ",", ";", ":", "(", ")", "-", "--", "—", "–", "―", "…", "...":
		return true
	}
	return false
}

// qEmptyObject reports whether an object says nothing of its own: a
// reflexive ("found itself") or a negative ("revealed nothing").
func qEmptyObject(w string) bool {
	return doc.IsReflexive(w) || w == "nothing" || w == "none" || w == "it" || w == "you"
}

// closeAt returns one past a closing quotation mark at token b, or after
// the full stop, question or exclamation mark at b; b when there is none.
func (c *qCtx) closeAt(b int) int {
	k := b
	if k < len(c.low) && (c.low[k] == "." || c.low[k] == "?" || c.low[k] == "!") {
		k++
	}
	if k < len(c.low) && doc.IsQuoteMark(c.low[k]) && c.low[k] != "’" && c.low[k] != "'" {
		return k + 1
	}
	return b
}

// appointed reports whether object o of a cue of the given kinds is a
// person the cue appoints rather than what it says: "the Senate confirmed
// the nominee", "confirmed Garland", not "confirmed the report".
func (c *qCtx) appointed(kinds cueKind, o int) bool {
	if kinds&kAppoint == 0 {
		return false
	}
	w := c.d.Words[o]
	if m := c.tokMen[w.Token]; m >= 0 && c.d.Mentions[m].Type == doc.Person {
		return true
	}
	ty, ok := lex.HeadNoun(qLower(w.Lemma))
	return ok && ty == doc.Person
}

// saysOf reports whether naming cue w says something of its object o,
// roots the object and what withPredicate found after it: a second noun
// phrase or adjective ("called him a liar", "calls it \"hell\"", which a
// parser may hang as an apposition or a clause of its own), an "as"
// phrase, quoted words, or the gap of a free relative ("what he calls
// political correctness"); an infinitive tells what the object is for
// ("called an emergency meeting to discuss the test"). Two plural nouns a
// parser made one ("called the critics liars") are the object and what is
// said of it.
func (c *qCtx) saysOf(t *tree, w int, roots []int) bool {
	d := c.d
	o := roots[0]
	if t.dep(w, "iobj", "aux:pass") >= 0 || t.dep(o, "appos") >= 0 {
		return true // "has been called a charlatan": the object is what is said
	}
	if h := d.Words[w].Head; d.Words[w].Rel == "acl:relcl" && h >= 0 && d.Words[h].XPOS == "WP" {
		return true // "what he calls political correctness": the object names the gap
	}
	if p := t.dep(o, "compound"); p >= 0 && d.Words[p].XPOS == "NNS" && d.Words[o].XPOS == "NNS" {
		return true
	}
	for _, r := range roots[1:] {
		if t.caseOf(r) == "as" || d.Words[r].UPOS != "VERB" && t.caseOf(r) != "to" {
			return true
		}
	}
	for _, k := range t.children(w) {
		if k := int(k); k > o && doc.RelIs(d.Words[k].Rel, "parataxis", "ccomp", "obj") {
			return true
		}
	}
	f, l := t.span(o)
	for k := d.Words[f].Token; k <= d.Words[l-1].Token+1 && k < len(c.low); k++ {
		if doc.IsQuoteMark(c.low[k]) {
			return true
		}
	}
	return false
}

// finite reports whether predicate k is tensed: a finite verb, or one
// with an auxiliary or copula.
func (c *qCtx) finite(t *tree, k int) bool {
	return qFinite(c.d.Words[k]) || t.dep(k, "aux", "cop") >= 0
}
