package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// quotedDocuments are the documents whose words a quotation after a colon
// gives, spoken by the one who issued them ("Lund released the following
// statement:", "From Ruiz's post:").
var quotedDocuments = lex.Words("quote/quotedDocuments")

// introSpeakers gives a direct quotation that found no speaker the one
// its introduction names: the sentence that ends with the colon right
// before it, in its paragraph or closing the paragraph before ("In a
// release, the board said about the new rules:", "Lund released the
// following statement:"). "The following" points at the quotation
// itself. Later paragraphs quoted after one introduction continue it
// (fillContinuations). A sentence that names no act of saying and no
// document ("Here is the list:", "Transcript as follows:") gives none.
// It also mends the speaker a colon without a cue made of the last noun
// before it ("From Ruiz's Facebook post:" is Ruiz's, not Facebook's).
func (c *qCtx) introSpeakers() {
	d := c.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !q.Direct || q.Cue != nil {
			continue
		}
		colon := c.introColon(d.TokenAt(q.Content[0].Start))
		if colon < 0 {
			continue
		}
		t := c.tree()
		s, cue := c.introSource(t, colon)
		if s < 0 {
			continue
		}
		c.setSpeakerWord(t, q, s)
		if !c.used[d.Words[cue].Token] && t.dep(cue, "obj", "ccomp", "xcomp") < 0 {
			sp := d.Words[cue].Span
			q.Cue = &sp
			c.used[d.Words[cue].Token] = true
		}
	}
}

// introColon returns the colon that introduces the quotation opening at
// token first: the token before its mark, in its paragraph or the last
// of the paragraph before; or the full stop of a sentence of a bare cue
// right before it in its paragraph (bareCue); -1 when there is none.
func (c *qCtx) introColon(first int) int {
	k := first - 1
	if first < 1 || !doc.IsQuoteMark(c.low[first]) {
		return -1
	}
	if c.low[k] == "." && c.paraOf[k] == c.paraOf[first] && c.bareCue(k) {
		return k // "Ruiz agreed. “...”"
	}
	if c.low[k] != ":" {
		return -1
	}
	if p := c.paraOf[first]; c.paraOf[k] != p && (c.paraOf[k] != p-1 || c.pLast[p-1] != k+1) {
		return -1
	}
	return k
}

// bareCue reports whether the sentence that the full stop at token k
// closes is a verb of saying with its subject and nothing said of its own
// ("Dianne Ruiz agreed.", "Her aide, Bo Lee, agreed."): it introduces
// the quotation after it, whoever spoke before. The subject opens the
// sentence: "Or Lee, an aide says." reports the words before it.
func (c *qCtx) bareCue(k int) bool {
	d, t := c.d, c.tree()
	w := d.TokenWord(k)
	if w < 0 {
		return false
	}
	v := d.Words[w].Head
	if v < 0 || d.Words[v].Head >= 0 || d.Words[v].UPOS != "VERB" || cueLemmas[qLower(d.Words[v].Lemma)]&kSay == 0 ||
		t.dep(v, "obj", "ccomp", "xcomp", "parataxis") >= 0 || c.usedIn(c.sentStart(k), k) {
		return false
	}
	s := c.subjectOf(t, v)
	if s < 0 || !c.canSpeak(t, s) {
		return false
	}
	first, _, _ := d.Subtree(s)
	return d.Words[first].Token == c.sentStart(k) // not "Or Lee, an aide says.": a fronted clause the cue reports
}

// introSource reads the sentence ending at colon for the one who says
// what follows, and returns the speaker's head word and the word of the
// cue, or -1s. A verb of saying that the colon hangs on speaks through
// its subject ("As Ana Ruiz reported after the vote:"); a document noun
// that ends the sentence, through its possessor, its "by" or "from"
// phrase or the subject of the verb that issues it ("this statement by
// Lund on Friday:", "Ruiz made the following comment:").
func (c *qCtx) introSource(t *tree, colon int) (speaker, cue int) {
	d := c.d
	cw := d.TokenWord(colon)
	if cw < 0 {
		return -1, -1
	}
	for h, steps := d.Words[cw].Head, 0; h >= 0 && steps < 8; h, steps = d.Words[h].Head, steps+1 {
		w := d.Words[h]
		if w.UPOS != "VERB" || cueLemmas[qLower(w.Lemma)]&kSay == 0 || c.used[w.Token] || c.titled[w.Token] {
			continue
		}
		if s := c.subjectOf(t, h); s >= 0 && d.Words[s].Token < w.Token && c.canSpeak(t, s) {
			return s, h
		}
		return -1, -1
	}
	first := c.sentStart(colon)
	for n := cw - 1; n >= 0 && d.Words[n].Token >= first; n-- {
		if d.Words[n].UPOS != "NOUN" || !quotedDocuments[qLower(d.Words[n].Lemma)] || !c.endsAt(t, n, colon) {
			continue
		}
		if s := c.documentIssuer(t, n); s >= 0 {
			return s, n
		}
		return -1, -1
	}
	return -1, -1
}

// endsAt reports whether the phrase of noun n runs to the sentence's
// colon at token colon, but for a time, a comma or the one it is sent to
// ("this statement by Lund on Friday:", "sent a letter to the board:"); a
// parser may hang the quotation after it on n as well.
func (c *qCtx) endsAt(t *tree, n, colon int) bool {
	d := c.d
	to := -1 // "to the board" of the verb that sends n
	if v := d.Words[n].Head; v >= 0 && d.Words[n].Rel == "obj" {
		for _, x := range t.children(v) {
			if x := int(x); x > n && doc.RelIs(d.Words[x].Rel, "obl") && t.caseOf(x) == "to" {
				to = x
			}
		}
	}
	for k := d.Words[n].Token + 1; k < colon; k++ {
		w := d.TokenWord(k)
		if (w < 0 || !t.under(w, n) && (to < 0 || !t.under(w, to))) && !c.inTimex(d.Tokens[k].Start) && c.low[k] != "," {
			return false
		}
	}
	return true
}

// documentIssuer returns who issued document noun n: its possessor
// ("Ruiz's post"), its "by" or "from" phrase ("a letter from the board"),
// else the subject of the verb that makes it ("Lund released a
// statement"); -1 when none can speak.
func (c *qCtx) documentIssuer(t *tree, n int) int {
	d := c.d
	s := t.dep(n, "nmod:poss")
	if s < 0 {
		for _, k := range t.children(n) {
			if k := int(k); doc.RelIs(d.Words[k].Rel, "nmod") && authorCases[t.caseOf(k)] {
				s = k
				break
			}
		}
	}
	if v := d.Words[n].Head; s < 0 && v >= 0 && d.Words[n].Rel == "obj" && voicingVerbs[qLower(d.Words[v].Lemma)] {
		s = c.subjectOf(t, v)
	}
	if s < 0 {
		for _, k := range t.children(n) {
			if k := int(k); k < n && d.Words[k].Rel == "compound" && d.Words[k].UPOS == "PROPN" {
				s = k // "the Vega Labs report": a name before the noun wrote it
			}
		}
	}
	if s < 0 || !c.canSpeak(t, s) {
		return -1
	}
	return s
}

// documentSpeaker returns the phrase of the one who issued the document
// noun at token i, at or after token min and before i: a cue's form that
// the parse reads as a noun before a colon ("From Ruiz's Facebook post:",
// "the Vega Labs report:") speaks through its author; none when it names
// none.
func (c *qCtx) documentSpeaker(i, min int) qSpeaker {
	d, t := c.d, c.tree()
	s := c.documentIssuer(t, d.TokenWord(i))
	if s < 0 {
		return qSpeaker{}
	}
	first, last := c.speakerWords(t, s)
	sp := qSpeaker{d.Words[first].Token, d.Words[last-1].Token + 1}
	if sp.a < min || sp.b > i || c.usedIn(sp.a, sp.b) || c.marksIn(sp.a, sp.b) {
		return qSpeaker{}
	}
	return sp
}
