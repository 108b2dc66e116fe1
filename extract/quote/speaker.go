package quote

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// qCtx carries what the quote stage precomputes once per document: lower
// case token texts and, per token, the mention covering it.
type qCtx struct {
	d      *doc.Document
	low    []string
	tokMen []int // mention covering each token, -1; the shortest wins
	used   []bool
	titled []bool // tokens of a quoted title ("her book, “Doomed to Fail,”"), which hold no cue
	paraOf []int  // paragraph of each token
	pFirst []int  // first token of each paragraph
	pLast  []int  // one past the last token of each paragraph
	tr     *tree  // the parse's index, built when first needed
}

// tree returns the index of the parse, built once.
func (c *qCtx) tree() *tree {
	if c.tr == nil {
		c.tr = newTree(c.d)
	}
	return c.tr
}

func newQCtx(d *doc.Document) *qCtx {
	c := &qCtx{d: d, low: make([]string, len(d.Tokens)), tokMen: make([]int, len(d.Tokens)),
		used: make([]bool, len(d.Tokens)), titled: make([]bool, len(d.Tokens)), paraOf: make([]int, len(d.Tokens)),
		pFirst: make([]int, len(d.Paragraphs)), pLast: make([]int, len(d.Paragraphs))}
	for i, t := range d.Tokens {
		c.low[i] = qLower(t.Text)
		c.tokMen[i] = -1
	}
	for i := range c.pFirst {
		c.pFirst[i], c.pLast[i] = -1, -1
	}
	for _, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			c.paraOf[k] = s.Paragraph
		}
		if c.pFirst[s.Paragraph] < 0 {
			c.pFirst[s.Paragraph] = s.First
		}
		c.pLast[s.Paragraph] = s.Last
	}
	for mi, m := range d.Mentions {
		for k := m.FirstTok; k < m.LastTok && k < len(d.Tokens); k++ {
			if o := c.tokMen[k]; o < 0 || d.Mentions[o].LastTok-d.Mentions[o].FirstTok > m.LastTok-m.FirstTok {
				c.tokMen[k] = mi
			}
		}
	}
	return c
}

// qLower lower-cases ASCII-only words without allocating when they are
// already lower case.
func qLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// qSpeaker is the noun phrase naming a speaker, as a token range.
type qSpeaker struct{ a, b int }

func (s qSpeaker) ok() bool { return s.b > s.a }

func qIsWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func qIsCap(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// npBefore finds the noun phrase that ends just before token end (the
// subject of a cue verb at end), not reaching before token min. It skips
// auxiliaries and adverbs ("has also said") and an appositive or relative
// clause set off by commas ("Smith, 43, said"; "Smith, who ..., said").
//
// Complexity 43 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split). Direct quotes use it, and reported speech falls back on
// it (linearSubject) where the parse names no subject.
func (c *qCtx) npBefore(end, min int) qSpeaker {
	k := end - 1
	for k >= min && qSkipBeforeCue[c.low[k]] {
		k--
	}
	if k < min {
		return qSpeaker{}
	}
	if c.low[k] == ")" { // "Rep. John Mica (R-Fla.) said"
		j := k - 1
		for j >= min && k-j < 8 && c.low[j] != "(" {
			j--
		}
		if j > min && c.low[j] == "(" {
			k = j - 1
		}
	}
	if c.low[k] == "," {
		j := k - 1
		for j >= min && k-j < 30 && c.low[j] != "," && !qIsTerminalTok(c.low[j]) && (!doc.IsQuoteMark(c.low[j]) || c.possessiveMark(j)) {
			j--
		}
		if j < min || c.low[j] != "," {
			return qSpeaker{}
		}
		k = j - 1
		if k < min {
			return qSpeaker{}
		}
	}
	w := c.low[k]
	if !qIsWord(w) && w != "’s" && w != "'s" {
		return qSpeaker{}
	}
	if qPronouns[w] {
		return qSpeaker{k, k + 1}
	}
	if qStopWords[w] || lex.CueVerbs[w] != (lex.Cue{}) && !qIsCap(c.d.Tokens[k].Text) && !c.subjectNoun(k) {
		return qSpeaker{}
	}
	a := k
	for a-1 >= min && k-a < 8 {
		p := c.low[a-1]
		if qDeterminers[p] && p != "that" {
			a--
			break
		}
		if !(qIsWord(p) || p == "'s" || p == "’s" || p == "'" || p == "’" || p == "-" || p == "&") || qStopWords[p] || doc.IsQuoteMark(c.d.Tokens[a-1].Text) && p != "'" && p != "’" {
			break
		}
		if lex.CueVerbs[p] != (lex.Cue{}) && !qIsCap(c.d.Tokens[a-1].Text) {
			break
		}
		a--
	}
	return qSpeaker{a, k + 1}
}

// possessiveMark reports whether the apostrophe at token k is the parse's
// possessive ending of a plural ("veterans' families"), no quotation mark.
func (c *qCtx) possessiveMark(k int) bool {
	x := c.d.TokenWord(k)
	return x >= 0 && c.d.Words[x].XPOS == "POS"
}

// subjectNoun reports whether the parse reads token k, a cue's form, as
// a noun that is a subject: "The email said", "the report found".
func (c *qCtx) subjectNoun(k int) bool {
	x := c.d.TokenWord(k)
	return x >= 0 && c.d.Words[x].UPOS == "NOUN" && doc.RelIs(c.d.Words[x].Rel, "nsubj")
}

// speakerBefore is npBefore with the name an "of" phrase hangs on: in
// "Marta Quiroga of the Daily Ledger said" the speaker is Quiroga, not the
// Ledger (mention reads the head before "of"). A common noun before "of"
// is left as before: a part or a count says who speaks by its "of" phrase
// ("75 percent of voters"), and a role's "we" is its body's ("the CEO of
// Boeing").
func (c *qCtx) speakerBefore(end, min int) qSpeaker {
	sp := c.npBefore(end, min)
	if !sp.ok() || sp.a-2 < min || c.low[sp.a-1] != "of" || partitiveHeads[c.low[sp.a-2]] {
		return sp
	}
	if x := c.d.TokenWord(sp.a - 2); x < 0 || c.d.Words[x].UPOS != "PROPN" {
		return sp // a role ("the CEO of Boeing said") leaves "we" to the body, as before
	}
	if outer := c.speakerBefore(sp.a-1, min); outer.ok() && outer.b == sp.a-1 {
		return qSpeaker{outer.a, sp.b}
	}
	return sp
}

// personLast reports whether a person's name ends speaker phrase s: the
// "of" phrase before it is part of a title ("Secretary of Homeland
// Security Jeh Johnson").
func (c *qCtx) personLast(s qSpeaker) bool {
	m := c.tokMen[s.b-1]
	return m >= 0 && c.d.Mentions[m].Kind == doc.Name && c.d.Mentions[m].Type == doc.Person
}

// marksIn reports whether a quotation mark stands in tokens [a, b): a
// mention that runs into a quotation is no speaker's phrase.
func (c *qCtx) marksIn(a, b int) bool {
	for k := a; k < b; k++ {
		if doc.IsQuoteMark(c.low[k]) {
			return true
		}
	}
	return false
}

// partitiveHeads pick a part or a count out of their "of" phrase.
var partitiveHeads = lex.Words("mention/partitiveHeads")

// npAfter finds the noun phrase that starts at token start (an inverted
// subject, "said the senator", or the object of "according to"), not
// reaching token max. It stops at a comma, so appositions are left out.
func (c *qCtx) npAfter(start, max int) qSpeaker {
	if start >= max {
		return qSpeaker{}
	}
	w := c.low[start]
	t := c.d.Tokens[start].Text
	if qPronouns[w] && w != "that" && w != "which" {
		return qSpeaker{start, start + 1}
	}
	if !(qIsCap(t) || qDeterminers[w] || unicode.IsDigit([]rune(t)[0])) || qStopWords[w] && !qDeterminers[w] {
		return qSpeaker{}
	}
	b := start + 1
	for b < max && b-start < 10 {
		p := c.low[b]
		if !(qIsWord(p) || p == "'s" || p == "’s" || p == "-" || p == "&") || qStopWords[p] && p != "of" {
			break
		}
		if p == "of" && !(b+1 < max && qIsCap(c.d.Tokens[b+1].Text)) {
			break
		}
		if lex.CueVerbs[p] != (lex.Cue{}) && !qIsCap(c.d.Tokens[b].Text) {
			break
		}
		// A past-tense verb after the noun ends the subject ("the minister
		// resigned"); right after a determiner it is an adjective.
		if b > start+1 && len(p) > 3 && p[len(p)-2:] == "ed" && !qIsCap(c.d.Tokens[b].Text) {
			break
		}
		b++
	}
	return qSpeaker{start, b}
}

// npAfterLoose is npAfter for an inverted subject, which may start with a
// lower-case title ("said pollster Frank Luntz", "said former adviser X").
func (c *qCtx) npAfterLoose(start, max int) qSpeaker {
	if sp := c.npAfter(start, max); sp.ok() || start >= max {
		return sp
	}
	w := c.low[start]
	if !qIsWord(w) || qStopWords[w] || qTimeWords[w] || qClauseStoppers[w] {
		return qSpeaker{}
	}
	b := start
	for b < max && b-start < 10 && qIsWord(c.low[b]) && !qStopWords[c.low[b]] {
		b++
	}
	return qSpeaker{start, c.titledName(b, max)}
}

// titledName returns where a person's name ends when a title's "of"
// phrase at token b leads up to it ("said master of ceremonies John
// Peters"), else b: the title alone is no speaker when the name follows.
func (c *qCtx) titledName(b, max int) int {
	if b >= max || c.low[b] != "of" {
		return b
	}
	for k := b + 1; k < max && k-b < 5 && qIsWord(c.low[k]) && !qStopWords[c.low[k]]; k++ {
		if !qIsCap(c.d.Tokens[k].Text) {
			continue
		}
		if m := c.tokMen[k]; m >= 0 && c.d.Mentions[m].FirstTok == k && c.d.Mentions[m].Kind == doc.Name &&
			c.d.Mentions[m].Type == doc.Person && c.d.Mentions[m].LastTok <= max {
			return c.d.Mentions[m].LastTok
		}
		break
	}
	return b
}

// mention returns the mention that names the speaker: the one covering the
// head of the phrase (its last word), else any mention inside it, else -1.
func (c *qCtx) mention(s qSpeaker, headLast bool) int {
	if !s.ok() {
		return -1
	}
	// A description covering the phrase's last word names the speaker: "the
	// Skims founder" is the founder, not Skims.
	if m := c.tokMen[s.b-1]; m >= 0 && c.d.Mentions[m].Kind == doc.Nominal && c.d.Mentions[m].FirstTok <= s.a &&
		!c.marksIn(c.d.Mentions[m].FirstTok, s.a) {
		return m
	}
	if headLast {
		for k := s.a + 1; k < s.b && !c.personLast(s); k++ {
			if c.low[k] == "of" && !partitiveHeads[c.low[k-1]] { // "Quiroga of the Ledger": the head comes before "of"
				return c.mention(qSpeaker{s.a, k}, true)
			}
		}
		for k := s.b - 1; k >= s.a; k-- {
			if m := c.tokMen[k]; m >= 0 && !c.marksIn(c.d.Mentions[m].FirstTok, s.a) {
				return m
			}
		}
		return -1
	}
	// An inverted subject's head is its last word before a
	// post-modifier: "said CNN anchor Jake Tapper" is Tapper, "said Tom
	// Lee of the agency" is Lee; a name after a title's "of" phrase is the
	// head ("said master of ceremonies John Peters").
	if c.personLast(s) {
		for k, m := s.a, c.tokMen[s.b-1]; k < c.d.Mentions[m].FirstTok; k++ {
			if n := c.tokMen[k]; n >= 0 && c.d.Mentions[n].Kind == doc.Name {
				break // "Paul Sperry of Counter Jihad": the name before "of" is the head
			}
			if c.low[k] == "of" {
				return m
			}
		}
	}
	first := -1
	for k := s.a; k < s.b && c.low[k] != "of"; k++ {
		m := c.tokMen[k]
		switch {
		case m < 0:
		case first < 0:
			first = m
		case c.d.Mentions[m].Kind == doc.Name && c.d.Mentions[m].FirstTok >= c.d.Mentions[first].LastTok:
			first = m // a later name, after the modifier's end
		}
	}
	if first >= 0 {
		return first
	}
	for k := s.a; k < s.b; k++ {
		if m := c.tokMen[k]; m >= 0 {
			return m
		}
	}
	return -1
}

// setSpeaker fills the speaker fields of q from the phrase s.
func (c *qCtx) setSpeaker(q *doc.Quote, s qSpeaker, headLast bool) {
	q.Speaker, q.SpeakerSpan, q.CoSpeakers = -1, nil, nil
	if !s.ok() {
		return
	}
	m := c.mention(s, headLast)
	if n := c.appositiveName(s.b); n >= 0 && (m < 0 || c.d.Mentions[m].Kind != doc.Name) {
		m = n // "the prosecutor, Tom Lee,": the name says who
	}
	if m >= 0 {
		q.Speaker = m
		return
	}
	sp := doc.Span{Start: c.d.Tokens[s.a].Start, End: c.d.Tokens[s.b-1].End}
	q.SpeakerSpan = &sp
}

// appositiveName returns the NAME mention that stands as an apposition
// right after a speaker phrase ending before token b (", Tom Lee,"),
// -1 when there is none.
func (c *qCtx) appositiveName(b int) int {
	if b+1 >= len(c.low) || c.low[b] != "," {
		return -1
	}
	m := c.tokMen[b+1]
	if m < 0 || c.d.Mentions[m].Kind != doc.Name || c.d.Mentions[m].FirstTok != b+1 {
		return -1
	}
	if e := c.d.Mentions[m].LastTok; e < len(c.low) && (c.low[e] == "," || qIsTerminalTok(c.low[e])) {
		return m
	}
	return -1
}

func qIsTerminalTok(s string) bool {
	switch s {
	case ".", "!", "?", "...", "…", ";", "?!", "!?":
		return true
	}
	return false
}
