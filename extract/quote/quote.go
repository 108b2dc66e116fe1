package quote

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// FindQuotes fills d.Quotes with direct quotations (text between quotation
// marks that is framed as speech) and reported speech ("X said that ...",
// "according to X, ..."). Each quote gets its cue verb and, where the
// attribution names one, its speaker: the mention covering the speaker
// phrase, or the phrase itself when no earlier stage made it a mention.
//
// Direct quotes are found first, from paired quotation marks; their
// attribution is the closed grammar of speech reporting around them
// ("...," NP said / said NP / NP said: "..."). Then every cue verb not used
// by a direct quote is read as reported speech. Quotes without an
// attribution of their own that continue a speaker's quotation take that
// speaker.
func FindQuotes(d *doc.Document) {
	d.Quotes = d.Quotes[:0]
	if len(d.Tokens) == 0 {
		return
	}
	c := newQCtx(d)
	cont := c.findDirect()
	c.colonSpeakers()
	c.introSpeakers()
	c.findReported()
	c.quotedRest()
	c.clauseAfterObject()
	c.writersMainClause()
	c.leadingConditions()
	c.groundOfClaims()
	c.creditLines()
	sort.SliceStable(d.Quotes, func(i, j int) bool { return d.Quotes[i].Content[0].Start < d.Quotes[j].Content[0].Start })
	c.fillContinuations(cont)
}

// qAttrib is an attribution found next to a quotation.
type qAttrib struct {
	cue      int // token index of the cue verb
	cueEnd   int // one past the cue's last token
	speaker  qSpeaker
	headLast bool // the speaker's head is its last word (NP before the verb)
	addr     qSpeaker
	end      int // one past the last token of the attribution
}

// attribAfter reads an attribution right after a quotation ending before
// token k: `, NP said`, `, said NP`, `NP told NP`.
//
// Complexity 46 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split). Reported speech is read off the parse (reported.go); direct
// quotes still find their attribution by these word-order rules, which
// hold where the parser splits a quotation badly.
func (c *qCtx) attribAfter(k int) (qAttrib, bool) {
	p := c.paraOf[k-1]
	max := c.pLast[p]
	if k < max && (c.low[k] == "," || c.low[k] == "—" || c.low[k] == "--" || c.low[k] == "–") {
		k++
	}
	if k >= max {
		return qAttrib{}, false
	}
	if cue, ok := lex.CueVerbs[c.low[k]]; ok && cue.Speech && cue.Invert && !cue.Gerund {
		if k+1 < max && clauseOpeners[c.low[k+1]] {
			return qAttrib{}, false // `The ad, titled "Unifier?", concludes that ...`: the cue reports its own clause
		}
		sp := c.npAfterLoose(k+1, max)
		return qAttrib{cue: k, cueEnd: k + 1, speaker: sp, end: max2(sp.b, k+1)}, true
	}
	w := c.d.Tokens[k].Text
	// A signature after a dash: "..." ― Jane Doe
	if doc.IsDash(c.low[k]) && k+1 < max && qIsCap(c.d.Tokens[k+1].Text) {
		sp := c.npAfter(k+1, max)
		if sp.ok() {
			return qAttrib{cue: k, cueEnd: k + 1, speaker: sp, end: sp.b}, true
		}
	}
	if !qIsWord(w) || qStopWords[c.low[k]] && !qPronouns[c.low[k]] && !qDeterminers[c.low[k]] {
		return qAttrib{}, false
	}
	for j := k + 1; j < max && j-k < 30; j++ {
		lw := c.low[j]
		if (qIsTerminalTok(lw) || doc.IsQuoteMark(lw)) && !c.abbrevInParens(j) {
			break
		}
		cue, ok := lex.CueVerbs[lw]
		if !ok || !cue.Speech || cue.Gerund || qIsCap(c.d.Tokens[j].Text) || c.nounBeforeWord(j) {
			continue
		}
		if cue.Base && !c.hasSubject(j, k) {
			continue
		}
		sp := c.nameBeforeTitle(j, k, c.speakerBefore(j, k))
		if !sp.ok() {
			return qAttrib{}, false
		}
		// After a quotation closed by a full stop, a new sentence "He
		// added, ..." introduces what follows unless it ends right there
		// ("..." Smith said.).
		if c.low[k-1] == "." || k >= 2 && c.low[k-2] == "." {
			if j+1 < max && !qIsTerminalTok(c.low[j+1]) && !qTimeWords[c.low[j+1]] {
				return qAttrib{}, false
			}
			if j+1 < max && c.low[j+1] == "," {
				return qAttrib{}, false
			}
		}
		// After "...?" or "...!", a cue followed by its own clause ("Smith
		// said she would help") reports something else.
		if (c.low[k-1] == "?" || c.low[k-1] == "!" || k >= 2 && (c.low[k-2] == "?" || c.low[k-2] == "!")) &&
			j+1 < max && opensClause(c, j+1) {
			return qAttrib{}, false
		}
		at := qAttrib{cue: j, cueEnd: j + 1, speaker: sp, headLast: true, end: j + 1}
		if cue.Addressee {
			at.addr = c.npAfter(j+1, max)
		}
		return at, true
	}
	return qAttrib{}, false
}

// attribBefore reads an attribution that introduces a quotation starting at
// token k and ends before token last: `NP said: "`, `NP said, "`, `NP told
// reporters: "`, or a paragraph ending with a colon before a quoted
// paragraph.
func (c *qCtx) attribBefore(k, last int) (qAttrib, bool) {
	p := c.paraOf[k]
	min := c.pFirst[p]
	j := k - 1
	if j < min {
		// A quoted paragraph introduced by the previous one ("He said:").
		if p == 0 || c.pLast[p-1] < 0 || c.low[c.pLast[p-1]-1] != ":" {
			return qAttrib{}, false
		}
		j = c.pLast[p-1] - 1
		min = c.pFirst[p-1]
	}
	bare := false // no colon or comma: the cue is the word before the mark
	if c.low[j] == ":" || c.low[j] == "," {
		j--
	} else if _, ok := lex.CueVerbs[c.low[j]]; !ok || c.properNoun(j) {
		return qAttrib{}, false // "the United States “must ...”" continues a clause
	} else {
		// A quotation that ends in the cue's sentence may be part of a
		// clause reported before it; a longer one is the speaker's own.
		bare = c.d.Tokens[last-1].Sentence == c.d.Tokens[k].Sentence
	}
	for i := j; i >= min && j-i < 12; i-- {
		lw := c.low[i]
		if qIsTerminalTok(lw) || doc.IsQuoteMark(lw) {
			break
		}
		if lw == "according" && i+1 < len(c.low) && c.low[i+1] == "to" {
			sp := c.npAfter(i+2, j+1)
			return qAttrib{cue: i, cueEnd: i + 2, speaker: sp, end: j + 1}, true
		}
		if (lw == "put" || lw == "puts") && i+1 <= j && c.low[i+1] == "it" { // "as X put it:", "as X puts it,"
			return qAttrib{cue: i, cueEnd: i + 2, speaker: c.npBefore(i, c.sentStart(i)), headLast: true, end: j + 1}, true
		}
		cue, ok := lex.CueVerbs[lw]
		if ok && cue.Speech && c.low[i+1] == ":" && c.determinedNoun(i) {
			if sp := c.documentSpeaker(i, min); sp.ok() {
				return qAttrib{cue: i, cueEnd: i + 1, speaker: sp, headLast: true, end: j + 1}, true
			}
			continue // "From the Facebook post:": no act of posting, nor its author
		}
		if !ok || !cue.Speech || cue.Base && !c.hasSubject(i, c.sentStart(i)) || c.properNoun(i) {
			continue
		}
		if bare && i < j && c.hangsBetween(k, last, i, j) {
			break // "said most voters believe “...”": the quotation is part of a reported clause
		}
		if !bare && i < j && c.titleOfNoun(k, last, i, j) {
			return qAttrib{}, false // "were shot at a screening of her film, “Trainwreck.”"
		}
		at := qAttrib{cue: i, cueEnd: i + 1, end: j + 1}
		if cue.Gerund {
			at.speaker = c.gerundSpeaker(i)
			at.headLast = true
			return at, true
		}
		at.speaker, at.headLast = c.speakerBefore(i, c.sentStart(i)), true
		if !at.speaker.ok() && cue.Invert {
			at.speaker, at.headLast = c.npAfter(i+1, j+1), false
		}
		if cue.Addressee {
			at.addr = c.npAfter(i+1, j+1)
		}
		return at, true
	}
	if qIsWord(c.low[k-1]) && c.paraOf[k-1] == p {
		return qAttrib{}, false // "what she calls “real solutions”": a phrase of the clause, no speech verb
	}
	// Introduced by a colon without a verb: "Jane Doe, Fox News: "..."".
	at := qAttrib{cue: -1, end: j + 1, headLast: true}
	if c.low[j+1] == ":" {
		at.speaker = c.npBefore(j+1, min)
		if at.speaker.ok() && at.speaker.a > min && c.low[at.speaker.a-1] == "," {
			if sp := c.npBefore(at.speaker.a, min); sp.ok() {
				at.speaker = sp // the name before a ", outlet" signature
			}
		}
	}
	return at, true
}

// nounBeforeWord reports whether the parse reads token j, a cue's form,
// as a noun modifying the noun after it: "a Hillary Clinton email
// archive" holds no cue.
func (c *qCtx) nounBeforeWord(j int) bool {
	x := c.d.TokenWord(j)
	return x >= 0 && c.d.Words[x].UPOS == "NOUN" && c.d.Words[x].Rel == "compound" && c.d.Words[x].Head > x
}

// determinedNoun reports whether the parse reads token i, a cue's form,
// as a noun with a determiner or possessor of its own: "From Ruiz's
// Facebook post:" names a document, no act of posting (attribBefore asks
// only of a noun right before a colon: word order reads "her comment
// that, “...”" well enough).
func (c *qCtx) determinedNoun(i int) bool {
	x := c.d.TokenWord(i)
	return x >= 0 && c.d.Words[x].UPOS == "NOUN" && c.tree().dep(x, "det", "nmod:poss") >= 0
}

// abbrevInParens reports whether token j is the full stop of an
// abbreviation closing a parenthesis ("Rep. Ann Lee (R-Fla.) said"),
// which ends no sentence.
func (c *qCtx) abbrevInParens(j int) bool {
	return c.low[j] == "." && j+1 < len(c.low) && c.low[j+1] == ")"
}

// hasSubject reports whether the noun-like cue form at token i follows a
// name or pronoun (after adverbs), so it is a verb: "Smith notes", not
// "the notes".
func (c *qCtx) hasSubject(i, min int) bool {
	k := i - 1
	for k >= min && qSkipBeforeCue[c.low[k]] {
		k--
	}
	if k < min {
		return false
	}
	return qSubjectPronoun[c.low[k]] || qIsCap(c.d.Tokens[k].Text) && !qDeterminers[c.low[k]] && k > c.sentStart(i)
}

// gerundSpeaker is the speaker of a participial cue ("..., adding ..."):
// the subject of an earlier cue verb in the sentence, else the sentence's
// subject.
func (c *qCtx) gerundSpeaker(i int) qSpeaker {
	if sp := c.parsedSpeaker(i); sp.ok() {
		return sp
	}
	s := c.sentStart(i)
	for j := i - 1; j >= s; j-- {
		cue, ok := lex.CueVerbs[c.low[j]]
		if !ok || cue.Gerund || !cue.Speech {
			continue
		}
		if sp := c.npBefore(j, s); sp.ok() {
			return sp
		}
		if cue.Invert {
			if sp := c.npAfter(j+1, i); sp.ok() {
				return sp
			}
		}
	}
	return c.sentenceSubject(i)
}

// parsedSpeaker is the phrase of the subject the parse gives the
// participle at token i: the object of a verb it hangs on by "as"
// ("quoted Djamal as saying"), that of a verb of speech or urging it
// hangs under, before it ("a strategist said Clinton must choose, saying ...": the
// strategist), else of the clause it hangs on ("Christie effectively
// acknowledged it, saying ...": Christie, not the adverb a word-order
// reading stops at); none when the parse names no one who can speak
// before the participle.
func (c *qCtx) parsedSpeaker(i int) qSpeaker {
	d, t := c.d, c.tree()
	w := d.TokenWord(i)
	if w < 0 || d.Words[w].XPOS != "VBG" || notSpeechMarks[t.caseOf(w)] && t.dep(w, "nsubj") < 0 {
		return qSpeaker{} // "laughing at them for even questioning it": not the speech of a clause above
	}
	s := -1
	if h := d.Words[w].Head; h >= 0 && t.caseOf(w) == "as" {
		s = t.dep(h, "obj") // "quoted Djamal as saying": the one quoted
	}
	for a, steps := d.Words[w].Head, 0; a >= 0 && steps < 12 && s < 0; a, steps = d.Words[a].Head, steps+1 {
		if v := d.Words[a]; v.UPOS == "VERB" && v.Token < i && !c.used[v.Token] && speechOrUrging(cueLemmas[qLower(v.Lemma)]) {
			s = c.subjectOf(t, a)
		}
	}
	if s < 0 {
		s = c.subjectOf(t, w)
	}
	if s < 0 || d.Words[s].UPOS == "VERB" || !c.canSpeak(t, s) {
		return qSpeaker{}
	}
	first, last := c.speakerWords(t, s)
	sp := qSpeaker{d.Words[first].Token, d.Words[last-1].Token + 1}
	if sp.b > i || c.marksIn(sp.a, sp.b) || c.usedIn(sp.a, sp.b) { // not a word of a quotation
		return qSpeaker{}
	}
	return sp
}

// speechOrUrging reports whether a cue of these kinds reports speech or
// urging ("said", "urged"), not only a judgement ("called it horrific").
func speechOrUrging(k cueKind) bool {
	return k&kSay != 0 || k&kUrge != 0 && k&(kJudge|kName) == 0
}

// properNoun reports whether token k is a name ("States", "Post"), which
// a cue verb's form may be, rather than a verb: capitalised within its
// sentence, or tagged so by the parse.
func (c *qCtx) properNoun(k int) bool {
	if w := c.d.TokenWord(k); w >= 0 && c.d.Words[w].UPOS == "PROPN" {
		return true
	}
	return qIsCap(c.d.Tokens[k].Text) && k != c.sentStart(k)
}

func (c *qCtx) sentStart(i int) int { return c.d.Sentences[c.d.Tokens[i].Sentence].First }
func (c *qCtx) sentEnd(i int) int   { return c.d.Sentences[c.d.Tokens[i].Sentence].Last }

// sentenceSubject is the noun phrase opening the sentence of token i, the
// speaker of a participial cue ("Smith left, saying ...").
func (c *qCtx) sentenceSubject(i int) qSpeaker {
	s := c.sentStart(i)
	for s < i && !qIsWord(c.low[s]) {
		s++
	}
	if c.dateline(s) { // "PARIS (AP) — The party ...": past the dash
		for k := s; k < i && k-s < 12; k++ {
			if doc.IsDash(c.low[k]) || c.low[k] == "―" {
				s = k + 1
				break
			}
		}
	}
	// Skip an introductory phrase: "Back in 1999, Mr. Trump ...", a
	// comma-closed opening that holds a preposition or time word.
	for k := s; k < i && k-s < 8; k++ {
		if c.low[k] == "," {
			for j := s; j < k; j++ {
				if qTimeWords[c.low[j]] || qStopWords[c.low[j]] && !qDeterminers[c.low[j]] {
					s = k + 1
					break
				}
			}
			break
		}
	}
	sp := c.npAfter(s, i)
	if sp.ok() && sp.b < i && c.low[sp.b] == "," {
		return sp
	}
	if sp.ok() && sp.b < i {
		if _, ok := lex.CueVerbs[c.low[sp.b]]; ok || qSkipBeforeCue[c.low[sp.b]] {
			return sp
		}
	}
	if sp.ok() && sp.b-sp.a == 1 && qPronouns[c.low[sp.a]] {
		return sp
	}
	return sp
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// standalone reports whether a quotation stands as a sentence of its own
// (paragraph or sentence initial, several words), which is how quoted
// speech differs from a quoted title or scare-quoted phrase.
func (c *qCtx) standalone(g qRegion) bool {
	words := 0
	for k := g.First; k < g.Last; k++ {
		if qIsWord(c.low[k]) {
			words++
		}
	}
	if words < 4 {
		return false
	}
	prev := g.First - 1
	return prev < c.pFirst[c.paraOf[g.First]] || qIsTerminalTok(c.low[prev]) || c.low[prev] == ":" || doc.IsQuoteMark(c.low[prev])
}

// closesSentence reports whether quotation g, with no attribution and
// no quote of the paragraph to join, ends where a sentence may:
// at the paragraph's end, before a full stop, or with punctuation of its
// own inside the marks. A quotation a narrator's words go on after
// ("“American Skin” was written by ...") is a phrase of their sentence, a
// title or a slogan, not speech.
func (c *qCtx) closesSentence(g qRegion) bool {
	if g.Last >= c.pLast[c.paraOf[g.First]] || qIsTerminalTok(c.low[g.Last]) || doc.IsQuoteMark(c.low[g.Last]) {
		return true
	}
	j := g.Last - 1
	for j > g.First && doc.IsQuoteMark(c.low[j]) {
		j--
	}
	return qIsTerminalTok(c.low[j]) || c.low[j] == "," || c.low[j] == ":"
}

// opensClause reports whether token i starts a clause of its own: a
// subject pronoun, "that", or a capitalised name.
func opensClause(c *qCtx, i int) bool {
	switch c.low[i] {
	case "that", "he", "she", "they", "it", "we", "i", "you", "there":
		return true
	}
	return qIsCap(c.d.Tokens[i].Text) && !qTimeWords[c.low[i]] // "tweeted Sunday after ..." is no clause
}

// nameBeforeTitle returns the name the cue's subject gives when the
// phrase sp read off the words lies inside that name's apposition: a
// title with commas of its own ("Jane Hall, assistant secretary for
// farmers, veterans, and towns, said") ends in a list item, not in its
// speaker. The name must stand at or after token min, where the
// attribution starts. sp unchanged otherwise.
func (c *qCtx) nameBeforeTitle(cue, min int, sp qSpeaker) qSpeaker {
	d := c.d
	v := d.TokenWord(cue)
	if !sp.ok() || v < 0 {
		return sp
	}
	for _, x := range d.Dependents(v, "nsubj") {
		k := d.Words[x].Token
		for _, f := range d.Dependents(x, "flat") {
			k = max(k, d.Words[f].Token) // "Mary Stone": the name ends at its flat part
		}
		if d.Words[x].UPOS != "PROPN" || k < min || k >= sp.a || k+1 >= len(c.low) || c.low[k+1] != "," {
			continue
		}
		first, last, _ := d.Subtree(x)
		if d.Words[last-1].Token+1 < sp.b || d.Words[first].Token > k || d.Words[first].Token < min {
			continue
		}
		return qSpeaker{d.Words[first].Token, k + 1}
	}
	return sp
}

// titleOfNoun reports whether the quotation of tokens [k, last), of at
// most three words, is what the parse makes a name or title of a noun
// after cue i up to token j ("her film, “Trainwreck.”"), not speech.
func (c *qCtx) titleOfNoun(k, last, i, j int) bool {
	words := 0
	for x := k; x < last; x++ {
		if qIsWord(c.low[x]) {
			words++
		}
	}
	if words == 0 || words > 3 || !c.hangsBetween(k, last, i, j) {
		return false
	}
	d := c.d
	w := d.TokenWord(k + 1)
	for steps := 0; w >= 0 && steps < 64; steps++ {
		if tok := d.Words[w].Token; tok < k || tok >= last {
			return d.Words[w].UPOS == "NOUN" || d.Words[w].UPOS == "PROPN"
		}
		w = d.Words[w].Head
	}
	return false
}

// hangsBetween reports whether the parse hangs the quotation of tokens
// [k, last) on a word after cue i up to token j: the quotation goes on a
// clause the cue reports ("said voters believe “...”"), not the cue itself.
func (c *qCtx) hangsBetween(k, last, i, j int) bool {
	d := c.d
	w := d.TokenWord(k + 1)
	for steps := 0; w >= 0 && steps < 64; steps++ {
		if tok := d.Words[w].Token; tok < k || tok >= last {
			return tok > i && tok <= j
		}
		w = d.Words[w].Head
	}
	return false
}
