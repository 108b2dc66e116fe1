package quote

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// findReported reads reported speech off the dependency parse. A claim is
// the content a cue predicate (cueLemmas: "said", "believes", "polls
// show", "vowed to", "urged ... to", "called ... a liar") takes in the
// parse, its speaker the predicate's subject and its addressee the one
// told. Negated or questioned cues assert nothing and are skipped ("has
// not accused", "Did she say ...?"), and cues without content are no
// claim ("declined to comment", "asked for comment"). Cues a direct quote
// already used are left to it.
func (c *qCtx) findReported() {
	d := c.d
	if len(d.Words) == 0 {
		return
	}
	t := c.tree()
	from := len(d.Quotes)
	defer func() {
		c.cutRelatives(from)
		c.dropNested(from)
		c.dropSameContent(from)
		c.withEnumeratedNext(from)
	}()
	c.findColonClaims(t)
	for w := range d.Words {
		word := &d.Words[w]
		if c.used[word.Token] || c.titled[word.Token] {
			continue
		}
		if c.low[word.Token] == "according" {
			c.according(t, w)
			continue
		}
		if word.UPOS == "NOUN" && claimNouns[qLower(word.Lemma)] {
			c.nounClaim(t, w)
			continue
		}
		if c.capitalCue(w) {
			continue
		}
		if c.adjectiveCue(t, w) {
			if !d.Negated(w) && !c.questioned(w) {
				c.reportedAt(t, w, kThink)
			}
			continue
		}
		kinds := c.cueKinds(t, w)
		if kinds == 0 || word.UPOS != "VERB" || !c.predicates(w) || d.Negated(w) || c.questioned(w) || c.unrealized(t, w) || c.aimedAt(w) ||
			c.noClaimCue(t, w) || lex.SayingIdiom(d, w) {
			continue
		}
		c.reportedAt(t, w, kinds)
	}
}

// reportedAt records the claim of cue predicate w, if its parse has one.
func (c *qCtx) reportedAt(t *tree, w int, kinds cueKind) {
	src, passive := c.source(t, w)
	if a := c.apposedSpeaker(t, w, src); a >= 0 {
		src = a // "Trump, Sexton said, has ...": Sexton says it of Trump
	}
	if src >= 0 && (c.inDate(c.d.Words[src].Start) || c.dateline(c.d.Words[src].Token)) && !c.canSpeak(t, src) {
		src = -1 // "Friday, Clinton announced ...": a claim whose speaker the parse lost
		passive = true
	}
	if passive && kinds&(kSay|kJudge|kName) == 0 && t.caseOf(w) == "as" {
		return // "Grandma Rose, as she is known by her neighbors, ...": a name, not a thought
	}
	var content []doc.Span
	addr := -1
	if src < 0 && !passive && c.reducedPassive(t, w) {
		// "Asked whether he would run, Hale said ...": a question put
		// to someone by an asker the text does not name
		if content = c.reportedClause(t, w); len(content) > 0 {
			c.addReported(t, w, content, -1, -1)
		}
		return
	}
	if src < 0 && !passive {
		return
	}
	switch {
	case src < 0 || kinds&kShow != 0 || c.canSpeak(t, src):
		content, addr = c.contentOf(t, w, kinds, src, passive)
	case kinds&kSay != 0 && c.sayingThing(t, w, src):
		// "the clip says Kaine ...", "history says ...": a text or a
		// thing that says a clause is its source
		content, addr = c.clauseOf(t, w, kinds&kSay, src), c.addressee(t, w)
		if len(content) > 0 && content[0].Start < c.d.Words[w].Start && c.objectAfter(t, w) {
			return // "..., their smiles said a lot": what the thing says is its object
		}
	default:
		return // not someone says it: "the camera said"
	}
	content = c.withoutCueConjunct(w, c.beforeMainClause(t, w, content))
	content = c.withoutGloss(t, c.withoutGapCopula(t, w, content))
	content, ok := c.withoutSpeaker(t, content, src)
	if !ok || len(content) == 0 || content[0].Start > c.d.Words[w].Start && c.adverbialStart(content[0]) {
		return
	}
	c.addReported(t, w, content, src, addr)
}

// withoutTitle cuts off the end of span x after its last comma when the
// words there have no verb: the title of the speaker named right after x,
// which a parser hung on the clause before ("..., council leader | Ana
// Ruiz told reporters"); ok is false when there is none to cut.
func (c *qCtx) withoutTitle(x doc.Span) (doc.Span, bool) {
	d := c.d
	a, b := d.TokenAt(x.Start), d.TokenAt(x.End-1)
	if a < 0 || b < 0 {
		return x, false
	}
	for k := b; k > a; k-- {
		if c.low[k] == "," {
			cut, n := c.trimmed(a, k)
			return cut, n > 0 && k < b
		}
		if w := d.TokenWord(k); w < 0 || d.Words[w].UPOS == "VERB" || d.Words[w].UPOS == "AUX" || doc.IsQuoteMark(c.low[k]) {
			return x, false
		}
	}
	return x, false
}

// withoutSpeaker cuts the speaker's own phrase off the end of content,
// at the comma before it ("Trump is on solid ground, Carly Fiorina" of
// "..., Carly Fiorina said"); ok is false when the content is the
// speaker's own phrase, a parse that took an inverted speaker's phrase
// for what is said ('"...," said Lee Epstein, who teaches law'). What
// someone says never holds the words that name them.
func (c *qCtx) withoutSpeaker(t *tree, content []doc.Span, src int) ([]doc.Span, bool) {
	if src < 0 || len(content) == 0 {
		return content, true
	}
	d := c.d
	pf, pl := t.span(src)
	phrase := doc.Span{Start: d.Words[pf].Start, End: d.Words[pl-1].End}
	if last := content[len(content)-1]; last.End <= phrase.Start && phrase.Start-last.End <= 1 {
		if cut, ok := c.withoutTitle(last); ok {
			return append(append([]doc.Span{}, content[:len(content)-1]...), cut), true
		}
	}
	for i, x := range content {
		if !x.Contains(d.Words[src].Span) {
			continue
		}
		if phrase.Contains(x) {
			return nil, false
		}
		k := d.Words[src].Token
		if m := c.tokMen[k]; m >= 0 {
			k = d.Mentions[m].FirstTok
		}
		if x.End > d.Words[pl-1].End+1 {
			return content, true // the speaker inside what is said: leave it to the parse
		}
		for a := d.TokenAt(x.Start); k > a; k-- {
			if c.low[k-1] == "," {
				cut, n := c.trimmed(a, k-1)
				if n == 0 {
					return nil, false
				}
				out := append([]doc.Span{}, content[:i]...)
				return append(out, cut), true
			}
		}
	}
	return content, true
}

// withoutGapCopula drops the copula that opens the content of cue w in a
// free relative ("focused on what they said was the need to ..."): its
// subject is the relative's gap, and what they said it was is the rest.
func (c *qCtx) withoutGapCopula(t *tree, w int, content []doc.Span) []doc.Span {
	d := c.d
	h := d.Words[w].Head
	if len(content) == 0 || h < 0 || d.Words[w].Rel != "acl:relcl" || d.Words[h].XPOS != "WP" {
		return content
	}
	k := d.TokenAt(content[0].Start)
	x := d.TokenWord(k)
	if x < 0 || qLower(d.Words[x].Lemma) != "be" || k+1 >= len(d.Tokens) || d.Tokens[k+1].Start >= content[0].End {
		return content
	}
	out := slices.Clone(content)
	out[0].Start = d.Tokens[k+1].Start
	return out
}

// reducedPassive reports whether cue w is a past participle opening a
// clause of its own without subject or auxiliary ("Asked whether ...,
// she said", "When asked if ..."): said to the one the main clause is
// about, by someone unnamed.
func (c *qCtx) reducedPassive(t *tree, w int) bool {
	word := c.d.Words[w]
	k := word.Token
	opens := k == c.sentStart(k) || c.low[k-1] == "," || adverbialMarks[c.low[k-1]] // "Asked", ", asked", "When asked"
	participle := word.XPOS == "VBN" || word.XPOS == "VBD" && k == c.sentStart(k)   // a tagger's "Asked" opening a sentence
	return opens && participle && doc.RelIs(word.Rel, "advcl") && t.dep(w, "nsubj", "aux", "aux:pass", "mark") < 0
}

// reportedClause is the clausal complement of cue w after it, an
// embedded question or a "that" clause, nil when it has none.
func (c *qCtx) reportedClause(t *tree, w int) []doc.Span {
	for _, k := range t.children(w) {
		k := int(k)
		rel := c.d.Words[k].Rel
		if k > w && (rel == "ccomp" && !adverbialMarks[t.caseOf(k)] || rel == "advcl" && (t.caseOf(k) == "whether" || t.caseOf(k) == "if")) {
			return c.pieces(t, []int{k}, nil, 2)
		}
	}
	return nil
}

// sayingThing reports whether src, which names no one who speaks, is
// still the source of speech cue w: the parse's own subject of it, a
// common noun that is no time ("the clip says", "an earlier version
// said"), as what says a clause in news is a text or a voice. Not a bare
// noun whose first sense is no thing (lex.AbstractNoun): "common sense
// says", "history says", "time will tell" name a notion; with a determiner
// it is one instance, often a text ("the rule says", "an advisory opinion
// added"). The word-order readings of a subject stay with those who speak.
func (c *qCtx) sayingThing(t *tree, w, src int) bool {
	s := c.d.Words[src]
	return s.Head == w && doc.RelIs(s.Rel, "nsubj") && s.UPOS == "NOUN" && t.caseOf(src) == "" &&
		!c.inTimex(s.Start) && !qTimeWords[qLower(s.Text)] && // not "in a later interview said"
		(!lex.AbstractNoun(qLower(s.Lemma)) || t.dep(src, "det", "nmod:poss") >= 0)
}

// objectAfter reports whether cue w has an object or a bare noun phrase
// after it ("said a lot").
func (c *qCtx) objectAfter(t *tree, w int) bool {
	for _, k := range t.children(w) {
		if k := int(k); k > w && doc.RelIs(c.d.Words[k].Rel, "obj", "obl:unmarked", "obl:npmod") {
			return true
		}
	}
	return false
}

// predicates reports whether cue word w is used as a predicate, not as a
// modifier of a noun ("pledged delegates", "a statement released
// Tuesday", "the so-called expert").
func (c *qCtx) predicates(w int) bool {
	word := c.d.Words[w]
	if doc.RelIs(word.Rel, "amod", "compound") || c.nounTaggedAsVerb(w) {
		return false
	}
	if k := word.Token - 1; k >= 0 && (word.XPOS == "VBN" || c.taggedAsFinite(w)) {
		if p := c.d.TokenWord(k); p >= 0 && (c.d.Words[p].UPOS == "DET" || c.d.Words[p].UPOS == "NUM") &&
			!doc.RelIs(c.d.Words[p].Rel, "advmod") {
			return false // "271 pledged delegates", "the stated goal"; not "they both stressed"
		}
	}
	return true
}

// nounTaggedAsVerb reports a cue whose tags no English verb phrase can
// have: a present participle under "have" with no "been", the tagger's
// reading of a noun's modifier ("doctors have admitting privileges") or of
// a participle after its object ("has him strongly advising ..."). (A
// bare base form with no subject is no such sign: "Nearly a third say"
// tags "say" VB and hangs "third" elsewhere.)
func (c *qCtx) nounTaggedAsVerb(w int) bool {
	d := c.d
	if d.Words[w].XPOS != "VBG" {
		return false
	}
	be, have := false, false
	for _, a := range d.Dependents(w, "aux") {
		l := qLower(d.Words[a].Lemma)
		be = be || l == "be"
		have = have || l == "have"
	}
	return have && !be
}

// taggedAsFinite reports a participle modifying a noun that the tagger
// took for a finite verb whose object is that noun: "by 271 pledged
// delegates" read as "271 pledged delegates".
func (c *qCtx) taggedAsFinite(w int) bool {
	d := c.d
	n := w + 1
	return d.Words[w].XPOS == "VBD" && n < len(d.Words) && d.Words[n].UPOS == "NOUN" && d.Words[n].Head == w &&
		doc.RelIs(d.Words[n].Rel, "obj") && d.Words[n].XPOS == "NNS"
}

// adverbialStart reports whether a content opens as an adverbial clause
// or a conjunct ("said when she resigned", "said since so many cases
// ...", "said and enacted"): after the cue, the cue's circumstances or a
// coordinated predicate, not what it reports. (Before the cue, "While X,
// Y, he said" reports all of it.)
func (c *qCtx) adverbialStart(sp doc.Span) bool {
	k := c.d.TokenAt(sp.Start)
	if k < 0 {
		return false
	}
	w := c.low[k]
	return adverbialMarks[w] && w != "as" && w != "where" || w == "and" || w == "or" || w == "nor"
}

// unrealized reports whether cue w is told as what did not or may not
// have happened: a modal with a perfect ("would have described him as",
// "might have wanted to"), which asserts no claim.
func (c *qCtx) unrealized(t *tree, w int) bool {
	modal, perfect := false, false
	for _, k := range t.children(w) {
		if k := int(k); doc.RelIs(c.d.Words[k].Rel, "aux") {
			modal = modal || unrealizedModals[c.low[c.d.Words[k].Token]]
			perfect = perfect || qLower(c.d.Words[k].Lemma) == "have" && k > 0 && c.d.Words[k-1].XPOS == "MD"
		}
	}
	return modal && perfect
}

// aimedAt reports whether cue w is the infinitive of a verb of wanting
// or aiming ("want voters to know that ...", "sought to clarify"): what is
// wanted is not yet said.
func (c *qCtx) aimedAt(w int) bool {
	d := c.d
	h := d.Words[w].Head
	return h >= 0 && doc.RelIs(d.Words[w].Rel, "xcomp") && goalVerbs[qLower(d.Words[h].Lemma)]
}

// goalVerbs take an infinitive of what is wanted or aimed at.
var goalVerbs = lex.Words("quote/goalVerbs")

// unrealizedModals with a perfect tell what did not, or may not, happen.
var unrealizedModals = lex.Words("quote/unrealizedModals")

// questioned reports whether the sentence of w, outside quotation marks,
// is a question: a cue in it asks, it does not report.
func (c *qCtx) questioned(w int) bool {
	s := c.d.Sentences[c.d.Words[w].Sentence]
	for k := s.Last - 1; k >= s.First; k-- {
		if !doc.IsQuoteMark(c.low[k]) {
			return c.low[k] == "?"
		}
	}
	return false
}

// according records "according to X": X is the speaker, the clause that
// "according to X" modifies the content. The two orders of news copy are
// read off the words, which hold when the parse does not ("According to
// X, CLAUSE." and "CLAUSE, according to X."); a phrase within the clause
// takes the clause it hangs on in the parse.
func (c *qCtx) according(t *tree, w int) {
	d := c.d
	tok := d.Words[w].Token
	if tok+2 >= len(d.Tokens) || c.low[tok+1] != "to" {
		return
	}
	s, e := c.sentStart(tok), c.sentEnd(tok)
	x := d.TokenWord(tok + 2)
	if h := d.Words[w].Head; doc.RelIs(d.Words[w].Rel, "case", "mark") && h > w {
		x = h
	}
	if x < 0 || d.Words[x].Token >= e {
		return
	}
	_, xl := c.speakerWords(t, x)
	var content []doc.Span
	switch {
	case c.onlyPunctBetween(s, tok):
		k := d.Words[xl-1].Token + 1
		for k < e && c.low[k] != "," {
			k++
		}
		if sp, n := c.trimmed(k, e); n >= 2 && !c.usedIn(k, e) {
			content = []doc.Span{sp}
		}
	case tok-1 > s && c.low[tok-1] == ",":
		if sp, n := c.trimmed(s, tok-1); n >= 2 && !c.usedIn(s, tok-1) {
			content = []doc.Span{sp}
			if rest, ok := c.clauseGoesOn(x, c.insertionEnd(t, x, c.pastApposition(t, x, d.Words[xl-1].Token+1), e), e); ok {
				content = append(content, rest) // "G4S receives, according to one report, $234 million"
			}
		}
	default:
		if p := c.clauseHead(x); p >= 0 {
			content = c.pieces(t, []int{p}, []int{x}, 2)
		}
	}
	if len(content) > 0 {
		c.addReported(t, w, content, x, -1)
	}
}

// clauseGoesOn returns the rest of a clause that an inserted attribution
// ending before token k interrupts (", according to X, REST"), up to the
// sentence end e; false when none follows, or what follows opens a clause
// or phrase of its own ("..., according to X, who said", "and ..."), or
// is an apposition of the source x or a participle.
func (c *qCtx) clauseGoesOn(x, k, e int) (doc.Span, bool) {
	if k+1 >= e || c.low[k] != "," || qIsTerminalTok(c.low[k+1]) || doc.IsQuoteMark(c.low[k+1]) || doc.IsDash(c.low[k+1]) ||
		goesOnStoppers[c.low[k+1]] || c.usedIn(k+1, e) {
		return doc.Span{}, false
	}
	d := c.d
	top := d.TokenWord(k + 1)
	for top >= 0 {
		h := d.Words[top].Head
		if h < 0 || d.Words[h].Token <= k || d.Words[h].Token >= e {
			break
		}
		top = h
	}
	if top < 0 || c.apposOfNoun(top) || d.Words[top].Head == x || d.Words[top].XPOS == "VBG" {
		return doc.Span{}, false // "according to X, a pollster who ...": who X is, not the claim
	}
	sp, n := c.trimmed(k+1, e)
	return sp, n >= 1
}

// apposOfNoun reports whether w is an apposition of a noun phrase; one
// the parser hung on a verb ("receives, according to one report, $200
// million") is the verb's object.
func (c *qCtx) apposOfNoun(w int) bool {
	d := c.d
	h := d.Words[w].Head
	return d.Words[w].Rel == "appos" && h >= 0 && d.Words[h].UPOS != "VERB"
}

// goesOnStoppers open what is no rest of an interrupted clause.
var goesOnStoppers = lex.Words("quote/goesOnStoppers")

func (c *qCtx) onlyPunctBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if qIsWord(c.low[k]) {
			return false
		}
	}
	return true
}

// clauseHead is the predicate of the clause word x depends on: the first
// verb, or word with a copula, or root, above x.
func (c *qCtx) clauseHead(x int) int {
	d := c.d
	for p, steps := d.Words[x].Head, 0; p >= 0 && steps < 12; p, steps = d.Words[p].Head, steps+1 {
		switch w := d.Words[p]; {
		case w.UPOS == "VERB", w.Head < 0, doc.RelIs(w.Rel, "ccomp", "parataxis", "conj", "advcl", "acl"):
			return p
		}
	}
	return -1
}

// addReported appends the reported claim of cue word w.
func (c *qCtx) addReported(t *tree, w int, content []doc.Span, src, addr int) {
	d := c.d
	tok := d.Words[w].Token
	last := tok
	if p := t.dep(w, "compound:prt"); p >= 0 && d.Words[p].Token == tok+1 {
		last = tok + 1 // "pointed out"
	}
	if c.low[tok] == "according" {
		last = tok + 1
	}
	cue := doc.Span{Start: d.Tokens[tok].Start, End: d.Tokens[last].End}
	q := doc.Quote{Content: content, Cue: &cue, Speaker: -1, Addressee: -1}
	c.setSpeakerWord(t, &q, src)
	if addr >= 0 {
		q.Addressee = c.tokMen[d.Words[addr].Token]
	}
	d.Quotes = append(d.Quotes, q)
}

// dropNested removes the reported claims whose cue stands inside the
// content of an earlier reported claim from the quotes after index from:
// "X said Y believes Z" is X's claim; that Y believes Z is what X says,
// not what the text asserts. A claim with an attribution of its own that
// a later one wraps ("Y said Z, according to X") is kept: the text
// asserts it in its own sentence.
func (c *qCtx) dropNested(from int) {
	d := c.d
	inside := func(off int, self int) bool {
		for j := from; j < len(d.Quotes); j++ {
			if j == self || d.Quotes[j].Cue.Start > off {
				continue
			}
			for _, sp := range d.Quotes[j].Content {
				if sp.Start <= off && off < sp.End {
					return true
				}
			}
		}
		return false
	}
	var drop []bool
	for i := from; i < len(d.Quotes); i++ {
		drop = append(drop, inside(d.Quotes[i].Cue.Start, i) && !c.ownRelative(d.Quotes[i]))
	}
	out := d.Quotes[:from]
	for i, q := range d.Quotes[from:] {
		if !drop[i] {
			out = append(out, q)
		}
	}
	d.Quotes = out
}

// dropSameContent keeps one of the reported claims from index from on
// that report the very same words: two cues of one sentence that a parse
// gives one content ("Writing in the Ledger, she argued that ...", "wrote,
// asking that ...") make one claim, that of the cue nearest the words
// ("had to respond to videos showing that ...": showing), unless it
// stands in a relative clause.
func (c *qCtx) dropSameContent(from int) {
	d := c.d
	keep := make([]bool, len(d.Quotes)) // decided before any is moved
	for i := from; i < len(d.Quotes); i++ {
		q := d.Quotes[i]
		keep[i] = true
		for j := from; j < len(d.Quotes) && keep[i]; j++ {
			if p := d.Quotes[j]; j != i && slices.Equal(p.Content, q.Content) {
				rq, rp := c.relativeCue(q), c.relativeCue(p)
				dq, dp := cueDistance(q), cueDistance(p)
				keep[i] = !rq && rp || rq == rp && (dq < dp || dq == dp && i < j)
			}
		}
	}
	out := d.Quotes[:from]
	for i := from; i < len(d.Quotes); i++ {
		if keep[i] {
			out = append(out, d.Quotes[i])
		}
	}
	d.Quotes = out
}

// relativeCue reports whether the cue of q stands in a relative clause
// ("excerpts of which the campaign emailed to reporters"): it tells of
// something else than the claim beside it.
func (c *qCtx) relativeCue(q doc.Quote) bool {
	if q.Cue == nil {
		return true
	}
	k := c.d.TokenAt(q.Cue.Start)
	if k < 0 {
		return true
	}
	x := c.d.TokenWord(k)
	return x < 0 || c.d.Words[x].Rel == "acl:relcl"
}

// cueDistance is how far, in code points, the cue of q stands from its
// content.
func cueDistance(q doc.Quote) int {
	if q.Cue == nil || len(q.Content) == 0 {
		return 1 << 30
	}
	a, b := q.Content[0].Start-q.Cue.End, q.Cue.Start-q.Content[len(q.Content)-1].End
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	return min(a, b)
}
