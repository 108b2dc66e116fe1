package quote

// The speaker's phrase once its head word is known: the mention or span
// a claim gives as its speaker (setSpeakerWord), the words it runs over,
// and the speakers coordinated with it.

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// setSpeakerWord fills the speaker fields of q from the word s that heads
// the speaker's phrase: the mention covering s, else the phrase itself,
// or that of the noun a relative "that" or "which" with no mention of its
// own stands for. "All but two" speak for a group.
func (c *qCtx) setSpeakerWord(t *tree, q *doc.Quote, s int) {
	q.Speaker, q.SpeakerSpan, q.CoSpeakers = -1, nil, nil
	if s < 0 {
		return
	}
	d := c.d
	if a := c.relativeHead(s); a >= 0 && c.tokMen[d.Words[s].Token] < 0 {
		s = a // "a list of donors that shows ...": the list speaks, not "that"
	}
	first, last := c.speakerWords(t, s)
	if a := d.Words[first].Token - 2; a >= 0 && c.low[a+1] == "but" && exceptiveQuantifiers[c.low[a]] {
		// "all but two said": all of a group speak, less two
		sp := doc.Span{Start: d.Tokens[a].Start, End: d.Words[last-1].End}
		q.SpeakerSpan = &sp
		return
	}
	if m := c.tokMen[d.Words[s].Token]; m >= 0 {
		if p := lex.TitledName(d, s); p >= 0 {
			m = p // "former Maryland Gov. Ana Ruiz, who noted", the parse headed by the state
		}
		q.Speaker = c.outsideCue(q, m)
		q.CoSpeakers = c.coSpeakers(t, s, m)
		if sp, ok := c.phraseBeforeCue(q, first, last); ok {
			q.Speaker, q.SpeakerSpan = -1, &sp
		}
		return
	}
	for k := d.Words[last-1].Token; k >= d.Words[first].Token; k-- {
		if m := c.tokMen[k]; m >= 0 && d.Mentions[m].Kind == doc.Name && c.namesHead(t, s, k, m) {
			q.Speaker = m // "Gov. Lena Fischer" parsed with "Gov." as its head
			return
		}
	}
	sp := doc.Span{Start: d.Words[first].Start, End: d.Words[last-1].End}
	q.SpeakerSpan = &sp
}

// outsideCue returns speaker mention m, or when m spans q's cue (a noun
// phrase with the relative clause the cue stands in: "a judge who had
// accused the police") the last mention of m's entity inside m before
// the cue, the relative pronoun that speaks ("who"): the claim is no part
// of who makes it.
func (c *qCtx) outsideCue(q *doc.Quote, m int) int {
	d := c.d
	sp := d.Mentions[m]
	if q.Cue == nil || q.Cue.Start < sp.Start || q.Cue.Start >= sp.End || sp.Entity < 0 {
		return m
	}
	best := m
	for i, n := range d.Mentions {
		if i != m && n.Entity == sp.Entity && n.Start >= sp.Start && n.End <= q.Cue.Start {
			best = i
		}
	}
	return best
}

// phraseBeforeCue returns the speaker's own noun phrase, words first to
// last, when q's speaker mention also holds the participle clause of q's
// cue and names no one else in the text: "farmers demanding a recount"
// holds its claim, the farmers make it. The phrase must open the mention
// and end before the cue; a mention of an entity named elsewhere keeps
// its link, and a relative clause keeps its pronoun.
func (c *qCtx) phraseBeforeCue(q *doc.Quote, first, last int) (doc.Span, bool) {
	d := c.d
	m := q.Speaker
	if q.Cue == nil || m < 0 || q.Cue.Start < d.Mentions[m].Start || q.Cue.Start >= d.Mentions[m].End {
		return doc.Span{}, false
	}
	if e := d.Mentions[m].Entity; e >= 0 && e < len(d.Entities) && len(d.Entities[e].Mentions) > 1 {
		return doc.Span{}, false
	}
	if d.Words[first].Start != d.Mentions[m].Start || d.Words[last-1].End > q.Cue.Start {
		// only the mention's own head phrase: a word the parse took for the
		// head inside the clause ("... have been advised to consider") is none
		return doc.Span{}, false
	}
	for k := d.Words[last-1].Token + 1; k < d.TokenAt(q.Cue.Start); k++ {
		if x := d.TokenWord(k); x >= 0 && d.Words[x].UPOS == "PRON" {
			// a relative clause's pronoun ("groups that oppose") speaks:
			// the mention holds it, as PolNeAR marks it
			return doc.Span{}, false
		}
	}
	return doc.Span{Start: d.Words[first].Start, End: d.Words[last-1].End}, true
}

// namesHead reports whether name mention m at token k, inside the phrase
// headed by s, names who speaks for the phrase: not a name in a phrase
// with a preposition ("a hotel project in Texas") but the person or
// organisation by or from whom it comes ("a count by the Associated
// Press", "a post from Ana Ruiz"), nor a place or thing before the head
// that says where or of what ("Austin property records", "an EB-5
// fund-raising document"), nor a person or organisation that holds it
// (holder: "Lund's campaign", "an Acme poll" speak, not Lund or Acme); a name
// after it is the one a title heads.
func (c *qCtx) namesHead(t *tree, s, k, m int) bool {
	d := c.d
	x := d.TokenWord(k)
	if x < 0 {
		return false
	}
	typ := d.Mentions[m].Type
	if e := d.Mentions[m].Entity; e >= 0 && e < len(d.Entities) {
		typ = d.Entities[e].Type
	}
	agent := typ == doc.Person || typ == doc.Organization
	for _, a := range t.children(s) {
		if a := int(a); t.under(x, a) && d.Words[a].Rel == "nmod" {
			if p := t.dep(a, "case"); p >= 0 {
				return agent && a == x && authorCases[qLower(d.Words[p].Text)]
			}
		}
	}
	return x > s || agent && !c.holder(t, s, c.nameHead(m, x))
}

// nameHead is the word that heads name mention m, its last word that is
// not a possessive ending ("Federal Reserve's": Reserve); x when none.
func (c *qCtx) nameHead(m, x int) int {
	d := c.d
	for k := d.Mentions[m].LastTok - 1; k >= d.Mentions[m].FirstTok; k-- {
		if y := d.TokenWord(k); y >= 0 && !doc.RelIs(d.Words[y].Rel, "case") {
			return y
		}
	}
	return x
}

// holder reports whether name x before head s, its possessor or a name
// compounded before it, holds what speaks rather than speaks: "Lund's
// campaign", "the Lund campaign", "Ana Ruiz's brief", "Lund's aides" say
// it, not Lund; the phrase is the speaker.
func (c *qCtx) holder(t *tree, s, x int) bool {
	for x >= 0 && x != s {
		if !doc.RelIs(c.d.Words[x].Rel, "nmod:poss", "compound", "flat") {
			return false
		}
		x = c.d.Words[x].Head
	}
	return x == s
}

// authorCases mark the one a document comes from: "a count by", "a post
// from".
var authorCases = lex.Words("quote/authorCases")

// exceptiveQuantifiers before "but" and a subject name the group that
// speaks: "all but two said".
var exceptiveQuantifiers = lex.Words("quote/exceptiveQuantifiers")

// speakerWords is the word range of the noun phrase headed by s: its
// determiners, modifiers, compounds and noun complements, without what a
// comma sets off (appositions) and without clauses: "a spokesman for the
// navy" of "a spokesman for the navy, who ...".
func (c *qCtx) speakerWords(t *tree, s int) (first, last int) {
	d := c.d
	first, last = s, s+1
	for _, k := range t.children(s) {
		k := int(k)
		if !doc.RelIs(d.Words[k].Rel, "det", "amod", "compound", "flat", "fixed", "nmod", "nummod", "goeswith") ||
			k > s && doc.RelIs(d.Words[k].Rel, "nmod") && c.inDate(d.Words[k].Start) {
			continue // a date after the noun is the cue's: "The Lund campaign on Tuesday said"
		}
		f, l := t.span(k)
		if l > s+1 && c.commaBetween(s, f) || f < s && c.commaBetween(l-1, s) {
			continue
		}
		first, last = min(first, f), max(last, l)
	}
	return first, last
}

// commaBetween reports whether a comma stands between words a and b.
func (c *qCtx) commaBetween(a, b int) bool {
	for k := c.d.Words[a].Token + 1; k < c.d.Words[b].Token; k++ {
		if c.low[k] == "," {
			return true
		}
	}
	return false
}

// coSpeakers returns the mentions of the conjuncts of speaker word s
// ("Okafor and Lindqvist said", "the mayor and her deputy said") other
// than m, its own: one subject of several members speaks as a group. A
// conjunct with no mention, or one that cannot speak, leaves the group
// to s alone.
func (c *qCtx) coSpeakers(t *tree, s, m int) []int {
	var out []int
	for _, k := range t.children(s) {
		k := int(k)
		if c.d.Words[k].Rel != "conj" {
			continue
		}
		n := c.tokMen[c.d.Words[k].Token]
		if n < 0 || n == m || !c.canSpeak(t, k) {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// relativeHead returns the noun that relative pronoun s ("that",
// "which") stands for, the noun its relative clause hangs on; -1 when s
// is none or the clause hangs on no noun.
func (c *qCtx) relativeHead(s int) int {
	d := c.d
	v := d.Words[s].Head
	if l := qLower(d.Words[s].Text); l != "that" && l != "which" || d.Words[s].UPOS != "PRON" || v < 0 || d.Words[v].Rel != "acl:relcl" {
		return -1
	}
	if n := d.Words[v].Head; n >= 0 && (d.Words[n].UPOS == "NOUN" || d.Words[n].UPOS == "PROPN") {
		return n
	}
	return -1
}
